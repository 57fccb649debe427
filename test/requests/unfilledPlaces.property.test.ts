import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeSegment } from "../../src/json/jsonPointer.js";
import { requestBody } from "../../src/requests/requestBody.js";
import { stringHoldsVariable } from "../../src/requests/quotedVariables.js";
import { holdsVariable } from "../../src/requests/matchEndpoint.js";
import { unfilledPlaces } from "../../src/requests/unfilledPlaces.js";
import { locatePointers } from "../../src/source/sourceWalk.js";
import type { Span } from "../../src/source/range.js";
import "../support/fastCheckSeed.js";

/**
 * The places of a body that hold a variable the client fills are kept as containers and keys,
 * not pointers (unfilledPlaces.ts). Whatever the body, they are the places the plain reading
 * names: every value and key, by its pointer, whose parsed text holds a variable and whose
 * written text does too (an escaped brace is sent as written), or a `null` where a bare variable
 * starts; a key written twice read as its last occurrence, as JSON.parse reads it.
 */

const strings = ['"{{v}}"', '"x"', '"\\u007b{v}}"', '"{{\\u0076}}"', '"a{{v}}b"', '"{{}}"'];
// "length" and "0" are an array's own properties too: a key of an earlier value of a repeated key is none of the last array's entries.
const keys = ['"a"', '"b"', '"0"', '"length"', '"{{k}}"', '"\\u007b{k}}"', '"{{j}}"'];
const bodies = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...strings, "{{b}}", "null", "1"),
    fc.array(fc.tuple(fc.constantFrom(...keys), tie("value")), { maxLength: 4 }).map((members) => `{${members.map(([key, value]) => `${key}: ${value}`).join(", ")}}`),
    fc.array(tie("value"), { maxLength: 4 }).map((entries) => `[${entries.join(", ")}]`),
  ),
})).value;

/** Every value of a parsed body, by its pointer, and whether it is an object. */
function pointersOf(value: unknown, at = ""): { pointer: string; value: unknown }[] {
  const inner = typeof value === "object" && value !== null ? Object.entries(value).flatMap(([key, held]) => pointersOf(held, `${at}/${escapeSegment(key)}`)) : [];
  return [{ pointer: at, value }, ...inner];
}

const segmentsOf = (pointer: string) => (pointer === "" ? [] : pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")));

/** The plain reading: each place by its pointer, told on the text at the span of its last occurrence. */
function plainPlaces(value: unknown, text: string, bareAt: (offset: number) => boolean) {
  const all = pointersOf(value);
  const located = locatePointers(text, all.map(({ pointer }) => pointer));
  const values = new Set<string>();
  const keyed = new Map<string, number>();
  const list: { segments: readonly string[]; key: boolean }[] = [];
  for (const { pointer, value: held } of all) {
    const span = located.value(pointer)!;
    const segments = segmentsOf(pointer);
    if (typeof held === "string" ? holdsVariable(held) && stringHoldsVariable(text, span.offset) : held === null && bareAt(span.offset)) {
      values.add(pointer);
      list.push({ segments, key: false });
    }
    const keySpan = located.key(pointer);
    if (keySpan !== undefined && holdsVariable(segments.at(-1)!) && stringHoldsVariable(text, keySpan.offset)) {
      const object = pointer.slice(0, pointer.lastIndexOf("/"));
      keyed.set(object, (keyed.get(object) ?? 0) + 1);
      list.push({ segments, key: true });
    }
  }
  return { all, values, keyed, list };
}

/** A body as the lint reads it: its bare variables, the text with their stand-ins, its value. */
function readBody(body: string) {
  const read = requestBody(body, "read", { maxDepth: 1000, maxEntries: 100_000, maxValues: 1_000_000 });
  const value = read.parsed?.value;
  return { value, places: () => unfilledPlaces(value, read.text, read.variables), plain: () => plainPlaces(value, read.text, (offset) => read.variables.startingAt(offset) !== undefined) };
}

describe("unfilledPlaces", () => {
  it("property: names the places the plain reading of the body's pointers names, as written, a repeated key's last occurrence read", () => {
    fc.assert(
      fc.property(bodies, fc.boolean(), (written, escapeElsewhere) => {
        // An escape elsewhere sends a body with no bare variable through the walk of the text as written, too.
        const body = escapeElsewhere ? `[${written}, "\\u0041"]` : written;
        const { value, places: placesOf, plain: plainOf } = readBody(body);
        fc.pre(value !== undefined);
        const places = placesOf();
        const plain = plainOf();
        for (const { pointer, value: held } of plain.all) {
          expect(places.valueHoldsVariable(pointer), `${body} at ${pointer}`).toBe(plain.values.has(pointer));
          if (typeof held === "object" && held !== null) expect(places.keysHoldingVariable(pointer), `${body} at ${pointer}`).toBe(plain.keyed.get(pointer) ?? 0);
        }
        const keyCount = [...plain.keyed.values()].reduce((sum, count) => sum + count, 0);
        expect(places.count).toBe(plain.values.size + keyCount);
        expect(places.keyHolderCount).toBe(plain.keyed.size);
      }),
      { numRuns: 400 },
    );
  });

  it("property: a read with `*` matches the places of its depth whose segments it names, a key holding a variable at any name", () => {
    const reads = fc.array(fc.constantFrom("*", "a", "b", "0", "1", "{{k}}"), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(bodies, reads, (body, read) => {
        const { value, places, plain } = readBody(body);
        fc.pre(value !== undefined);
        const named = ({ segments, key }: { segments: readonly string[]; key: boolean }) =>
          segments.length === read.length && read.every((segment, index) => segment === "*" || segment === segments[index] || (key && index === read.length - 1));
        const expected = plain().list.filter(named);
        const sortedPlaces = (list: readonly { segments: readonly string[]; key: boolean }[]) => list.map((place) => JSON.stringify(place)).sort();
        expect(sortedPlaces(places().matching(read)), `${body} read ${read.join("/")}`).toEqual(sortedPlaces(expected));
      }),
      { numRuns: 400 },
    );
  });
});
