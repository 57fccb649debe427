import { describe, expect, it } from "vitest";
import { applyFix } from "../../src/index.js";
import { acmeNameRule } from "../support/acmeNameRule.js";
import { createLinter } from "../../src/lint/linter.js";
import type { JsonEdit } from "../../src/engine/jsonEdit.js";

/**
 * A JSON Pointer is "" or a run of "/"-prefixed segments (RFC 6901 §3); a string that does not
 * start with "/" names no value. The walks that place edits and findings (wantedTree) read a
 * pointer's first segment from its second character whatever its first: `applyFix(text, { path:
 * "a", value: 9 })` set the value of the key "" and `{ path: "xyz" }` that of "yz", and a custom
 * rule's finding at "name" was placed, and fixed by fix(), at the key "ame" (review of the fix engine).
 */
describe("a path that is no JSON Pointer names no place", () => {
  it.each([
    [`{"":1,"a":2}`, "a"],
    [`{"yz":1,"xyz":2}`, "xyz"],
    [`{"ame":{"b":1},"name":{"b":2}}`, "name/b"],
  ])("applyFix(%j) at %j: the text as it was", (text, path) => {
    expect(applyFix(text, { path, value: 9 })).toBe(text);
    expect(applyFix(text, { path, remove: true })).toBe(text);
  });

  it("a custom rule's finding at such a path is neither fixed at another key nor placed there", () => {
    const atName = acmeNameRule({ path: "name", messageId: "lower", fix: { path: "name", value: "GIFT" } as JsonEdit });
    const text = `{\n  "ame": "x",\n  "name": "gift",\n  "value": "wrap"\n}`;
    const linter = createLinter({ rules: [atName] });
    expect(linter.fix(text, "orderCustomData").output).toBe(text);
    const [message] = linter.lintText(text, { kind: "orderCustomData" }).messages;
    expect(message?.fix).toBeUndefined();
    expect(message?.line).not.toBe(2);
  });
});
