import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/index.js";

/**
 * A limit of 1 is one member, element, level or value, not "1 members" (found by the
 * library audit: `maxEntries: 1` gave "this object holds more than 1 members").
 */

const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });

function limitMessages(limit: number): string[] {
  const members = Object.fromEntries(Array.from({ length: limit + 1 }, (_, i) => [`k${i}`, i]));
  const elements = Array.from({ length: limit + 1 }, (_, i) => i);
  const checks = [
    validate("orderCustomData", members, { maxEntries: limit }),
    validate("orderCustomData", { name: "a", value: elements }, { maxEntries: limit }),
    validate("orderCustomData", nested(limit + 1), { maxDepth: limit }),
    validate("orderCustomData", { name: "a", value: elements }, { maxValues: limit }),
  ].map((result) => result.diagnostics[0]?.message ?? "");
  const texts = [
    lintText(JSON.stringify(members), { kind: "orderCustomData", maxEntries: limit }),
    lintText(JSON.stringify(elements), { kind: "orderCustomData", maxEntries: limit }),
    lintText(JSON.stringify(nested(limit + 1)), { kind: "orderCustomData", maxDepth: limit }),
    lintText(JSON.stringify(elements), { kind: "orderCustomData", maxValues: limit }),
  ].map((result) => result.messages[0]?.message ?? "");
  return [...checks, ...texts];
}

describe("a limit's message counts in words that agree with the number", () => {
  it("one: singular", () => {
    const messages = limitMessages(1);
    expect(messages.some((m) => m.includes("holds more than 1 member:"))).toBe(true);
    expect(messages.some((m) => m.includes("holds more than 1 element:"))).toBe(true);
    expect(messages.some((m) => m.includes("deeper than 1 level here"))).toBe(true);
    for (const message of messages) expect(message).not.toMatch(/\b1 (members|elements|levels|values)\b/);
  });

  it("more than one: plural", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), (limit) => {
        for (const message of limitMessages(limit)) {
          expect(message).toMatch(new RegExp(`\\b${limit} (members|elements|levels|values)\\b`));
        }
      }),
      { numRuns: 10 },
    );
  });
});
