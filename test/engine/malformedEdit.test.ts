import { describe, expect, it } from "vitest";
import type { Report } from "../../src/engine/rule.js";
import { acmeNameRule } from "../support/acmeNameRule.js";
import { createLinter } from "../../src/lint/linter.js";
import type { JsonEdit } from "../../src/engine/jsonEdit.js";

/**
 * A custom rule's report may carry an edit that is no JSON edit (its author's bug, in JavaScript
 * or past a cast). The engine passed it on: fix() wrote `{ path }` or a value of undefined as
 * `{"name":,"value":"wrap"}` (no JSON, which --fix would write), lintText offered an editor a fix
 * with no text, and a BigInt value or a string for the edit threw V8's words out of fix() and
 * lintText. It is the rule's bug, so it is told as any other: an internal-error finding of that rule.
 */
const malformed: readonly [string, unknown][] = [
  ["a path alone", { path: "/name" }],
  ["remove false and no value", { path: "/name", remove: false }],
  ["a value of undefined", { path: "/name", value: undefined }],
  ["a function for value", { path: "/name", value: () => "GIFT" }],
  ["a BigInt value", { path: "/name", value: 10n }],
  ["an infinite value", { path: "/name", value: Infinity }],
  ["a string for the edit", "GIFT"],
  ["a number for the edit", 5],
  ["no path", { value: "GIFT" }],
];

function ruleWith(edit: unknown, field: "fix" | "suggest") {
  return acmeNameRule({ path: "/name", messageId: "lower", [field]: edit as JsonEdit } as Report);
}

const text = `{"name": "gift", "value": "wrap"}`;

describe("a custom rule's report with an edit that is no JSON edit", () => {
  for (const field of ["fix", "suggest"] as const) {
    it.each(malformed)(`${field}: %s is the rule's internal error; fix() leaves the text as it was`, (_label, edit) => {
      const linter = createLinter({ rules: [ruleWith(edit, field)] });
      const fixed = linter.fix(text, "orderCustomData");
      expect(fixed.output).toBe(text);
      expect(fixed.fixed).toEqual([]);
      const messages = linter.lintText(text, { kind: "orderCustomData" }).messages;
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ ruleId: "acme/name-upper", messageId: "internalError", severity: 2 });
      expect(messages[0]?.message).toContain(`reported a ${field} that is no JSON edit`);
    });
  }

  it("a well-formed edit is still made", () => {
    expect(createLinter({ rules: [ruleWith({ path: "/name", value: "GIFT" }, "fix")] }).fix(text, "orderCustomData").output).toBe(`{"name": "GIFT", "value": "wrap"}`);
    expect(createLinter({ rules: [ruleWith({ path: "/name", remove: true }, "fix")] }).fix(text, "orderCustomData").output).toBe(`{"value": "wrap"}`);
  });
});
