import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/index.js";

/**
 * The record a custom data PUT replaces is read once, as plain data (found by the library
 * audit: a getter that threw gave two "internal error … please report it" findings, one
 * from custom-data-put-name and one from custom-data-put-name-case, echoing the caller's
 * error text).
 */

function throwingName(): object {
  const existing = {};
  Object.defineProperty(existing, "name", { get: () => { throw new Error("nope"); }, enumerable: true });
  return existing;
}

function thrown(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("an existing record that cannot be read", () => {
  const message = /^(validate|lintText): options\.existing could not be read \(a getter or Proxy trap threw\): pass the record the PUT replaces as plain data, \{ name, value \}/;

  it("a getter that throws is one TypeError, not a finding per rule, and never the caller's words", () => {
    const error = thrown(() => validate("orderCustomData", { name: "Gift", value: "x" }, { existing: throwingName() }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/nope/);
  });

  it("a Proxy whose trap throws, through lintText too", () => {
    const existing = new Proxy({}, { get: () => { throw new Error("trap"); } });
    const error = thrown(() => lintText('{"name": "Gift", "value": "x"}', { kind: "orderCustomData", existing }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
  });

  it("a getter is read once: one that throws from its second read still gives the rules its name", () => {
    let reads = 0;
    const existing = {};
    Object.defineProperty(existing, "name", { get: () => { if (reads++ > 0) throw new Error("again"); return "Gift"; }, enumerable: true });
    const result = validate("orderCustomData", { name: "Card", value: "x" }, { existing });
    expect(result.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["custom-data-put-name", "/name"]]);
    expect(reads).toBe(1);
  });
});
