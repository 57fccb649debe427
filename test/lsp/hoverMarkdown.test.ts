import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { escapeMarkdown, markdownPunctuation } from "../../src/formatters/markdownText.js";
import { helpMarkdown, ruleHelp } from "../../src/lsp/ruleHelp.js";
import { shownAsWritten, specPunctuation } from "../support/markdownShown.js";

describe("hover Markdown shows a finding's text as written", () => {
  it("escapes exactly CommonMark's ASCII punctuation", () => {
    expect([...markdownPunctuation]).toEqual(specPunctuation);
    for (let code = 0; code < 128; code++) {
      const char = String.fromCharCode(code);
      expect(escapeMarkdown(char), JSON.stringify(char)).toBe(specPunctuation.includes(char) ? `\\${char}` : char);
    }
  });

  it("property: any text, escaped, leaves no punctuation unescaped and renders as the text", () => {
    const chars = fc.oneof(fc.constantFrom(...specPunctuation), fc.constantFrom("a", " ", "Z", "0", "é", "\u00a0"));
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map((parts) => parts.join("")), (text) => {
        expect(shownAsWritten(escapeMarkdown(text))).toBe(text);
      }), { numRuns: 500 });
  });

  it.each([
    ["ship&lt;ping&#x202E;Tax", "ship\\&lt\\;ping\\&\\#x202E\\;Tax"],
    ["a~~b~~c", "a\\~\\~b\\~\\~c"],
  ])("an unknown key %s: no entity, no strikethrough", (key, escapedKey) => {
    const finding = lintText(JSON.stringify({ [key]: 1 }), { kind: "createOrder" }).messages.find((m) => m.message.includes("unknown property"))!;
    const hover = helpMarkdown(finding.message, finding.evidence, ruleHelp(finding.ruleId), finding.ruleId);
    expect(hover).toContain(escapedKey);
  });
});
