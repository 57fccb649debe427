import { describe, expect, it } from "vitest";
import { validate, type ValidationResult } from "../../src/index.js";
import { orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";

/**
 * Line items that share a prototype chain 100,000 long took a minute in validate(): each
 * object's chain was walked again for each reading of its toJSON, and for each `instanceof`
 * (found by the audit of a caller's value read as JSON.stringify sends it). Time depends on the
 * machine, so the walks are counted instead: every tenth level of the chain is a Proxy whose
 * getPrototypeOf trap counts the steps taken through it (a Proxy at every level would overflow
 * the stack: V8 passes a read through each by recursion). A linear reading takes a bounded
 * number of steps for the whole chain, however many objects share it; the quadratic one took
 * several per object per counted level (a hundred thousand here).
 */
function sharedChain(levels: number): { readonly top: object; readonly steps: () => number } {
  let steps = 0;
  let top: object = {};
  for (let level = 1; level <= levels; level++) {
    const next = Object.create(top) as object;
    top = level % 10 !== 0 ? next : new Proxy(next, {
      getPrototypeOf(target) {
        steps++;
        return Reflect.getPrototypeOf(target);
      },
    });
  }
  return { top, steps: () => steps };
}

/** What a caller acts on: the verdict, the counts, and which rule found what where. */
const verdict = (result: ValidationResult) => ({
  valid: result.valid,
  errorCount: result.errorCount,
  warningCount: result.warningCount,
  places: result.diagnostics.map((d) => [d.ruleId, d.path]),
});

const levels = 2000;
const lines = 100;

describe("line items sharing a long prototype chain", () => {
  it.each<[string, (top: object) => JsonObject[]]>([
    ["each line an object of its own", (top) => Array.from({ length: lines }, () => Object.assign(Object.create(top) as JsonObject, orderItem()))],
    ["one line object listed at every line", (top) => {
      const line = Object.assign(Object.create(top) as JsonObject, orderItem());
      return Array.from({ length: lines }, () => line);
    }],
  ])("%s: the chain is walked a bounded number of times, and the body is checked as sent", (_case, build) => {
    const chain = sharedChain(levels);
    const order = orderWithItems(build(chain.top));
    const before = chain.steps();
    const result = validate("createOrder", order);
    expect(chain.steps() - before).toBeLessThanOrEqual(levels / 10 + lines);
    expect(verdict(result)).toEqual(verdict(validate("createOrder", JSON.parse(JSON.stringify(order)))));
    expect(result.valid).toBe(true);
  });
});
