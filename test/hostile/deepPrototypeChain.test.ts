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
function sharedChain(levels: number, root: object = {}): { readonly top: object; readonly steps: () => number } {
  let steps = 0;
  let top: object = root;
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

/** What an ORM entity holds beside its fields, and its toJSON leaves out: nested past the depth limit (1,000), so read as it stands it is a finding. */
function internals(levels: number): JsonObject {
  let held: JsonObject = {};
  for (let level = 0; level < levels; level++) held = { session: held };
  return held;
}
/** Each line's fields, without its internals: what an entity class's toJSON writes. */
function fieldsOf(this: JsonObject): JsonObject {
  const { internals: _left, ...fields } = this;
  return fields;
}
/** A chain's root holding the entity's toJSON method. */
const entityRoot = { toJSON: fieldsOf };
/** The same through a getter, which answers it only to an object that holds internals: read with another receiver than the line, the line's internals would be walked, and refused as too deep. */
const entityGetterRoot = Object.defineProperty({}, "toJSON", { get(this: object) { return Object.hasOwn(this, "internals") ? fieldsOf : undefined; } });
const ownLines = (top: object): JsonObject[] => Array.from({ length: lines }, () => Object.assign(Object.create(top) as JsonObject, orderItem()));
const entityLines = (top: object): JsonObject[] => Array.from({ length: lines }, () => Object.assign(Object.create(top) as JsonObject, orderItem(), { internals: internals(1100) }));

describe("line items sharing a long prototype chain", () => {
  it.each<[string, (top: object) => JsonObject[], object?]>([
    ["each line an object of its own", ownLines],
    ["one line object listed at every line", (top) => {
      const line = Object.assign(Object.create(top) as JsonObject, orderItem());
      return Array.from({ length: lines }, () => line);
    }],
    ["the chain's root a toJSON method writing each line's fields, not its internals", entityLines, entityRoot],
    ["the chain's root a toJSON getter answering it to each line", entityLines, entityGetterRoot],
  ])("%s: the chain is walked a bounded number of times, and the body is checked as sent", (_case, build, root) => {
    const chain = sharedChain(levels, root);
    const order = orderWithItems(build(chain.top));
    const before = chain.steps();
    const result = validate("createOrder", order);
    const steps = chain.steps() - before;
    expect(steps).toBeLessThanOrEqual(levels / 10 + lines);
    expect(verdict(result)).toEqual(verdict(validate("createOrder", JSON.parse(JSON.stringify(order)))));
    expect(result.valid).toBe(true);
  });
});

describe("line items sharing a long prototype chain, each missing a field", () => {
  it("each gets its finding, as the body sent does (the object in hand looked at once for all the findings' notes)", () => {
    const chain = sharedChain(levels);
    const withoutProduct = (): JsonObject => {
      const { product: _left, ...rest } = orderItem();
      return rest;
    };
    const order = orderWithItems(Array.from({ length: lines }, () => Object.assign(Object.create(chain.top) as JsonObject, withoutProduct())));
    const result = validate("createOrder", order);
    expect(result.diagnostics.filter((d) => d.path.endsWith("/product"))).toHaveLength(lines);
    expect(verdict(result)).toEqual(verdict(validate("createOrder", JSON.parse(JSON.stringify(order)))));
  });
});
