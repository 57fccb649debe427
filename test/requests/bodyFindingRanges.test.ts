import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import type { LintMessage } from "../../src/lint/lintResult.js";
import { lineOf, requestFixture } from "./support.js";
import { readmeCustomDataRequests } from "../support/readmeOrdersHttp.js";

const http = readmeCustomDataRequests;

/** The characters of the text a message's range covers (1-based lines and columns, end exclusive). */
function covered(text: string, m: LintMessage): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (m.line !== m.endLine) throw new Error(`${m.ruleId} spans lines ${m.line}–${m.endLine}`);
  return lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1);
}

const byRule = (messages: readonly LintMessage[], ruleId: string) => messages.filter((m) => m.ruleId === ruleId);

/**
 * A request finding about the body stood at its first line with column 1 to column 1: an empty
 * range (14 1 14 1 in the CLI, 14:0–14:0 in the editor, which underlines nothing). The README
 * promises the exact range of the value: a finding about a value of the body (the PUT's name)
 * stands at it, one about the whole body on its whole first line (found by the editor audit).
 */
describe("a .http request finding about the body has a range", () => {
  it("custom-data-name-unmatched stands at the name the PUT sends, in the body as written", () => {
    const [unmatched] = byRule(lintHttpFile(http, "orders.http").messages, "request/custom-data-name-unmatched");
    expect(unmatched?.line).toBe(lineOf(http, '{"name": "Gift mesage"'));
    expect(covered(http, unmatched!)).toBe('"Gift mesage"');
    expect(unmatched?.path).toBe("/name");
  });

  it("custom-data-name-changed likewise, past a file variable on the line written shorter than its value", () => {
    const text = [
      "@name = Gift message",
      "### create",
      "# @name create",
      "POST https://integration.shopatron.com/api/v2/order/777777/customData",
      "Content-Type: application/json",
      "",
      '{"name": "{{name}}", "value": "a"}',
      "",
      "### rename",
      "PUT https://integration.shopatron.com/api/v2/order/777777/customData/{{create.response.body.orderCustomDataID}}",
      "Content-Type: application/json",
      "",
      '{"value": "{{name}}", "name": "Note"}',
      "",
    ].join("\n");
    const [changed] = byRule(lintHttpFile(text, "rename.http").messages, "request/custom-data-name-changed");
    expect(covered(text, changed!)).toBe('"Note"');
  });

  it("a finding about the whole body (body-not-allowed on a DELETE) covers the body's first line", () => {
    const broken = requestFixture("broken.rest");
    const [body] = byRule(lintHttpFile(broken, "broken.rest").messages, "request/body-not-allowed");
    expect(covered(broken, body!)).toBe('{"name": "a"}');
  });

  // Found by the audit of .http positions: after a byte order mark the whole line ran one column past its end (1:1–1:11 on a 9-character line).
  it.each([["without", ""], ["with", "\uFEFF"]])("a body a request line's value holds, %s a byte order mark, covers that whole line and no more", (_, mark) => {
    const text = `${mark}GET {{u}}\n###\n@u = https://integration.shopatron.com/api/v2/orderItem/?orderID=1\\n\\n{"a": 1}\n`;
    const [body] = byRule(lintHttpFile(text, "bom.http").messages, "request/body-not-allowed");
    expect([body?.line, body?.column, body?.endLine, body?.endColumn]).toEqual([1, 1, 1, 10]);
    expect(covered(text.replace(/^\uFEFF/, ""), body!)).toBe("GET {{u}}");
  });
});

describe("a Postman request finding about a value of the body stands at it, inside the raw string", () => {
  it("custom-data-name-unmatched at the PUT's name", () => {
    const item = (name: string, method: string, url: string, raw: string) => ({ name, request: { method, header: [{ key: "Content-Type", value: "application/json" }], url, body: { mode: "raw", raw } } });
    const collection = JSON.stringify(
      {
        info: { name: "OMS", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        item: [
          item("create", "POST", "https://integration.shopatron.com/api/v2/order/555555/customData", '{"name": "Gift message", "value": "a"}'),
          item("change", "PUT", "https://integration.shopatron.com/api/v2/order/555555/customData/111111", '{"name": "Gift mesage", "value": "b"}'),
        ],
      },
      null,
      2,
    );
    const [unmatched] = byRule(lintPostmanCollection(collection, "oms.postman_collection.json").messages, "request/custom-data-name-unmatched");
    expect(covered(collection, unmatched!)).toBe('\\"Gift mesage\\"');
  });
});
