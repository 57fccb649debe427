import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatters, type FormatContext } from "../../src/formatters/index.js";
import { lintResult, type LintMessageDraft } from "../../src/lint/lintResult.js";

const context: FormatContext = { cwd: "/work/project", color: false, toolVersion: "1.2.3", rules: [] };

/**
 * VS Code's built-in $eslint-stylish problem matcher (src/vs/workbench/contrib/tasks/common/problemMatcher.ts):
 * a message ends at the first run of two white-space characters as a JavaScript `\s` reads them,
 * which takes the no-break space, the ideographic space and the other Unicode spaces too, not
 * the ASCII space alone.
 */
const eslintStylishProblem = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.*?)(?:\s\s+(.*))?$/;

const finding = (message: string): LintMessageDraft => ({
  ruleId: "unknown-property",
  messageId: "unknown",
  severity: 1,
  evidence: "inferred",
  message,
  path: "/x",
  line: 2,
  column: 3,
  endLine: 2,
  endColumn: 9,
});

/** What $eslint-stylish reads of each problem line of the stylish report of these messages. */
function matched(messages: readonly string[]): { message: string; code: string | undefined }[] {
  const text = formatters.stylish([lintResult("/work/project/a.json", "createOrder", messages.map(finding))], context);
  return text.split("\n").flatMap((line) => {
    const problem = eslintStylishProblem.exec(line);
    return problem ? [{ message: problem[4]!, code: problem[5] }] : [];
  });
}

/**
 * Found by the audit of the output formats: a payload's key pasted from a web page holds no-break
 * spaces (`"shipping\u00a0\u00a0Method"`), and stylish, which collapsed runs of ASCII spaces
 * only, wrote them raw: VS Code's matcher ended the message there and took the rest of it, the
 * padding and the rule id for the rule ("b\": x  unknown-property").
 */
describe("stylish: no run of white space in a message, whatever the spaces", () => {
  it("a key of no-break, ideographic and em spaces: the matcher reads the whole message and the rule id", () => {
    const messages = ['unknown property "shipping\u00a0\u00a0Method"', 'unknown property "a \u3000b"', 'unknown property "a\u2003\u2003b"', "x\u1680 y"];
    for (const { message, code } of matched(messages)) {
      expect(code).toBe("unknown-property");
      expect(message).not.toMatch(/\s\s/);
    }
    expect(matched(messages).map((m) => m.message)).toEqual([
      'unknown property "shipping\\u00a0\\u00a0Method"',
      'unknown property "a \\u3000b"',
      'unknown property "a\\u2003\\u2003b"',
      "x\\u1680 y",
    ]);
  });

  it("a single Unicode space between words stays as written", () => {
    expect(matched(["a\u00a0b c\u3000d"])).toEqual([{ message: "a\u00a0b c\u3000d", code: "unknown-property" }]);
  });

  it("property: any message of words and white space is read whole, its rule id as the code", () => {
    const space = fc.constantFrom(" ", "\u00a0", "\u1680", "\u2000", "\u2007", "\u200a", "\u202f", "\u205f", "\u3000", "\t");
    const word = fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom("a", "é", "\u65e5", "1", '"') });
    const text = fc.array(fc.oneof(space, word), { minLength: 1, maxLength: 12 }).map((parts) => `m ${parts.join("")} z`);
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (messages) => {
        const read = matched(messages);
        expect(read).toHaveLength(messages.length);
        for (const { message, code } of read) {
          expect(code).toBe("unknown-property");
          expect(message.endsWith(" z")).toBe(true);
        }
      }),
    );
  });
});
