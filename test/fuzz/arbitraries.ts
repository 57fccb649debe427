import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { shapes } from "../../src/generated/shapes.js";
import type { Shape } from "../../src/kinds/shape.js";
import { binaryString } from "../support/binaryString.js";
import { repoRoot } from "../support/cli.js";

/**
 * The fuzzing's knobs and its inputs. `npm test` runs every property briefly with a fixed
 * seed; `npm run fuzz` runs them 100,000 times (OMS_LINT_FUZZ_RUNS), the seed the same
 * unless OMS_LINT_FUZZ_SEED says otherwise, so that any failure is reproducible.
 */

export const fuzzRuns = Number(process.env.OMS_LINT_FUZZ_RUNS ?? 300);
export const fuzzSeed = Number(process.env.OMS_LINT_FUZZ_SEED ?? 20261123);
export const fuzzParameters: fc.Parameters<unknown> = { seed: fuzzSeed, numRuns: fuzzRuns };
/**
 * Vitest's time limit for one property, only there to stop a hung run: the runs are counted,
 * never timed. Far above what the runs take, even on a busy machine (100,000 runs on two
 * cores take minutes).
 */
export const fuzzTimeout = Math.max(600_000, fuzzRuns * 20);

function propertyNames(shape: Shape | undefined, into: Set<string>): Set<string> {
  if (!shape) return into;
  for (const [name, child] of Object.entries(shape.properties ?? {})) {
    into.add(name);
    propertyNames(child, into);
  }
  propertyNames(shape.items, into);
  return into;
}

/** Every property name the schemas know: values built from them reach the rules' paths. */
const schemaNames = [...Object.values(shapes).reduce((names, shape) => propertyNames(shape, names), new Set<string>())].sort();

/** Keys a hostile payload uses: the prototype's own names, pointer syntax, controls, and the schemas' names. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...schemaNames) },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "", "/", "~", "~0", "~1", "a/b", "0", "-1", "\u001b[31m", "\u202e", "\u0000") },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Leaves JSON.parse can produce (-0, numbers past 2^53, ±Infinity from 1e400) and strings that mean something to the rules. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(fc.boolean(), fc.constant(null), fc.integer(), fc.double(), fc.string({ maxLength: 12 })) },
  { weight: 1, arbitrary: fc.constantFrom(-0, 2 ** 53, -(2 ** 53) - 2, 1e21, 1e308, 5e-324, Infinity, -Infinity, 0.1 + 0.2, 20.000001, -1) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "", " ", "MFG_ID", "0.0.0.0", "10.0.0.1", "255.255.255.255", "88.152.11.125", "::1", "USD", "EUR", "en-US", "P", "D", "J", "I", "Y", "S", "NO", "GC", "CC", "HI",
      "true", "12", "01010", "1e400", "NaN", "2024-13-45T25:61:61Z", "/api/v2/orderItem/?orderID=1&perPage=999", "orderID=1&orderID=2", "%E0%A4%A", "\u001b]8;;x\u0007",
      "x".repeat(1001), "\ud800", "😀".repeat(60),
    ),
  },
);

/** JSON values with hostile keys and leaves, up to a few levels deep. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, hostileLeaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(hostileKey, tie("value"), { maxKeys: 5 }),
})).value;

/** The repository's own payloads, parsed: the documents' examples (clean and broken) and the CLI fixtures. */
export const samplePayloads: readonly { readonly name: string; readonly text: string }[] = [
  ...["examples", "examples/broken", "test/fixtures/cli/payloads", "test/fixtures/cli/payloads/orders"].flatMap((dir) =>
    readdirSync(join(repoRoot, dir))
      .filter((name) => name.endsWith(".json"))
      .map((name) => ({ name: `${dir}/${name}`, text: readFileSync(join(repoRoot, dir, name), "utf8") })),
  ),
];

const parsedSamples = samplePayloads.flatMap(({ text }) => {
  try {
    return [JSON.parse(text) as unknown];
  } catch {
    return [];
  }
});

/** Every path to a value in `value`, as keys. */
function paths(value: unknown, prefix: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], into));
  else if (typeof value === "object" && value !== null) for (const key of Object.keys(value)) paths((value as Record<string, unknown>)[key], [...prefix, key], into);
  return into;
}

/**
 * A real payload with a few of its values replaced by hostile ones, or hostile keys added:
 * deep enough in the order's shape to reach every rule.
 */
export const mutatedPayload: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...parsedSamples), fc.array(fc.tuple(fc.nat(), fc.boolean(), hostileKey, hostileJson), { minLength: 1, maxLength: 4 }))
  .map(([sample, mutations]) => {
    const copy = structuredClone(sample);
    let root: unknown = copy;
    for (const [pick, addKey, key, replacement] of mutations) {
      const all = paths(root);
      const path = all[pick % all.length]!;
      if (path.length === 0) {
        root = replacement;
        continue;
      }
      let parent = root as Record<string | number, unknown>;
      for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
      const target = parent[path.at(-1)!];
      if (addKey && typeof target === "object" && target !== null && !Array.isArray(target)) {
        Object.defineProperty(target, key, { value: replacement, enumerable: true, writable: true, configurable: true });
      } else {
        Object.defineProperty(parent, path.at(-1)!, { value: replacement, enumerable: true, writable: true, configurable: true });
      }
    }
    return root;
  });

/** Text mutations: a range deleted, duplicated or moved, or a token put in. */
const textMutation = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant("swap" as const), at: fc.nat(), other: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    token: fc.oneof(
      fc.constantFrom("{", "}", "[", "]", ",", ":", '"', "'", "\\", "/", "/*", "//", "0", "01", "-", ".", "e", "+", "MFG_ID", "true", "nul", "NaN", " ", "\n", "\r", "\t", "\u0000", "\ufeff", "\u2028", "\u001b[31m", "\ud800", "[[[[", "}}}}", '"__proto__":', ",,"),
      binaryString({ maxLength: 3 }),
    ),
  }),
);

type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, mutation: TextMutation): string {
  const at = text.length === 0 ? 0 : mutation.at % (text.length + 1);
  switch (mutation.op) {
    case "delete":
      return text.slice(0, at) + text.slice(at + mutation.length);
    case "duplicate":
      return text.slice(0, at + mutation.length) + text.slice(at, at + mutation.length) + text.slice(at + mutation.length);
    case "swap": {
      const other = text.length === 0 ? 0 : mutation.other % (text.length + 1);
      const [a, b] = at < other ? [at, other] : [other, at];
      const length = Math.min(mutation.length, Math.max(0, b - a));
      return text.slice(0, a) + text.slice(b, b + length) + text.slice(a + length, b) + text.slice(a, a + length) + text.slice(b + length);
    }
    case "insert":
      return text.slice(0, at) + mutation.token + text.slice(at);
  }
}

/** Valid JSON text of a hostile value: indented or not, with CRLF line ends or not. */
export const validJsonText: fc.Arbitrary<{ value: unknown; text: string }> = fc
  .tuple(fc.oneof(hostileJson, mutatedPayload), fc.constantFrom(undefined, 0, 1, 2, "\t"), fc.boolean())
  .filter(([value]) => JSON.stringify(value) !== undefined)
  .map(([value, indent, crlf]) => {
    // Through JSON, so that the value is what JSON.parse gives (-0 is 0, Infinity is null).
    const text = JSON.stringify(value, null, indent);
    return { value: JSON.parse(text) as unknown, text: crlf ? text.replace(/\n/g, "\r\n") : text };
  });

/** The repository's payloads and valid JSON texts, with one to four text mutations. */
export const mutatedText: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom(...samplePayloads.map((s) => s.text)), validJsonText.map((v) => v.text)), fc.array(textMutation, { minLength: 1, maxLength: 4 }))
  .map(([text, mutations]) => mutations.reduce(mutate, text));

/** Strings over JSON's own alphabet (brackets, quotes, digits, literals, escapes), and any UTF-16 at all. */
export const jsonishText: fc.Arbitrary<string> = fc.oneof(
  fc.string({
    maxLength: 60,
    unit: fc.constantFrom("{", "}", "[", "]", '"', ":", ",", "0", "1", "9", "-", ".", "e", "E", "+", "true", "false", "null", " ", "\n", "\r\n", "\t", "\\", "\\u", "\\n", "'", "/", "*", "a", "é", "\u0000", "\u001f", "\ufeff", "\ud83d", "\ude00", "MFG_ID"),
  }),
  binaryString({ maxLength: 40 }),
  fc.string({ maxLength: 40, unit: "grapheme" }),
);
