import { describe, expect, it } from "vitest";
import { applyFix } from "../../src/index.js";
import { acmeNameRule } from "../support/acmeNameRule.js";
import { createLinter } from "../../src/lint/linter.js";
import type { JsonEdit } from "../../src/engine/jsonEdit.js";

/**
 * An edit that sets a value is no removal because it has a `remove` field: checkFixArguments lets
 * `{ path, remove: false, value: 5 }` through as the value edit it is (remove is not true), and the
 * planner took any own `remove` for a removal: `{"a":1,"b":2}` came back as `{"b":2}`, the value
 * the caller meant to set gone with its key (review of f173e827).
 */
const text = `{"a":1,"b":2}`;
const withRemove = (remove: unknown) => ({ path: "/a", remove, value: 5 }) as unknown as JsonEdit;

describe("an edit with a value and a `remove` that is not true", () => {
  it.each([["false", false], ["undefined", undefined], ["null", null], ["0", 0]])("remove %s: applyFix sets the value", (_label, remove) => {
    expect(applyFix(text, withRemove(remove))).toBe(`{"a":5,"b":2}`);
  });

  it("remove true still removes, and an edit with neither a true remove nor a value is refused", () => {
    expect(applyFix(text, { path: "/a", remove: true })).toBe(`{"b":2}`);
    expect(() => applyFix(text, { path: "/a", remove: false } as unknown as JsonEdit)).toThrow(/^applyFix: the edit must be a JSON edit/);
  });

  it("fix() makes a custom rule's such edit as the value it sets", () => {
    const setsName = acmeNameRule({ path: "/name", messageId: "lower", fix: { path: "/name", remove: false, value: "GIFT" } as unknown as JsonEdit });
    const record = `{"name": "gift", "value": "wrap"}`;
    expect(createLinter({ rules: [setsName] }).fix(record, "orderCustomData").output).toBe(`{"name": "GIFT", "value": "wrap"}`);
  });
});
