import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/engine/rule.js";
import { createLinter } from "../../src/lint/linter.js";
import { parseSource } from "../../src/source/parseSource.js";

/**
 * A text's parse tells the engine whether its value holds any number beyond 2^53; when it
 * holds none, the walk does not look for one (a 100,000-deep value cost ~1 µs a level).
 * The skip must not lose an event: a rule listening for unsafe numbers hears, for any text,
 * exactly what it hears from validate() given the same value with no text at all.
 */
const listener = defineRule({
  meta: {
    id: "heard-unsafe-number",
    description: "Reports every number beyond 2^53 the walk meets.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder", "orderCustomData"],
    source: { document: "test", passage: "test" },
    messages: { heard: "heard {{value}}" },
  },
  visit: {
    unsafeNumber({ path, value }, { report }) {
      report({ path, messageId: "heard", data: { value: String(value) } });
    },
  },
});
const linter = createLinter({ rules: [listener] });

/** A value as JSON text, with number literals written as given (1e400, 30 digits, -0). */
type Tree = { readonly raw: string } | readonly Tree[] | { readonly [key: string]: Tree };

const literal = fc.constantFrom("0", "-0", "1.5", "9007199254740991", "9007199254740992", "-9007199254740993", "1e21", "-1e300", "1e400", "123456789012345678901234567890", "2.5e15", '"9007199254740993"', "null", "true");
const tree = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    literal.map((raw) => ({ raw })),
    fc.array(tie("tree"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("a", "orderItems", "customOrderData", "unitPrice", "b"), tie("tree"), { maxKeys: 4 }),
  ),
})).tree;

function text(value: Tree): string {
  if (Array.isArray(value)) return `[${value.map(text).join(",")}]`;
  if ("raw" in value && typeof value.raw === "string") return value.raw;
  return `{${Object.entries(value as Record<string, Tree>).map(([key, child]) => `${JSON.stringify(key)}:${text(child)}`).join(",")}}`;
}

const heard = (messages: readonly { path: string; message: string }[]) => messages.map((m) => `${m.path} ${m.message}`).sort();

describe("the walk skips looking for unsafe numbers only where there are none", () => {
  it("lintText's rule hears what validate()'s hears, for any text (as an order and as custom data)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("externalOrderID", "orderItems", "customOrderData", "x"), tree, { minKeys: 1, maxKeys: 4 }), (order) => {
        const written = text(order);
        for (const kind of ["createOrder", "orderCustomData"] as const) {
          expect(heard(linter.lintText(written, { kind }).messages)).toEqual(heard(linter.validate(kind, JSON.parse(written)).diagnostics));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the parse says so: false only for a value with no number beyond 2^53 (1e400 is Infinity, which counts as one)", () => {
    const holds = (written: string) => {
      const parsed = parseSource(written);
      return parsed.ok ? parsed.facts.holdsUnsafeNumber : "refused";
    };
    expect(holds('{"a": [1, 2.5, -9007199254740991, "9007199254740993"]}')).toBe(false);
    expect(holds('{"a": [1, 9007199254740993]}')).toBe(true);
    expect(holds('{"a": {"a": {"a": -1e21}}}')).toBe(true);
    expect(holds('{"a": 1e400}')).toBe(true);
    expect(holds('{"a": 1, "a": 2}')).toBe(false);
    expect(holds('{"a": 1, "a": 2e53}')).toBe(true);
  });
});
