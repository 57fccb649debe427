import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { walkPayload } from "../../src/engine/payloadWalk.js";
import type { Trail, WalkListener } from "../../src/engine/walkListener.js";
import { shapes } from "../../src/generated/shapes.js";
import { partPlaces, type PartName } from "../../src/domain/payloadParts.js";
import { orderKinds, type Kind } from "../../src/kinds/kinds.js";
import type { Shape } from "../../src/kinds/shape.js";
import { trailPointer } from "../../src/json/jsonPointer.js";

/**
 * The walk is compiled at codegen (codegen/walkers.ts) into a switch per place; this is the
 * same walk read straight from the shapes, one key at a time, as the oracle: the parts where
 * they stand, every key a shape does not name, every integer beyond 2^53, in the same order.
 */
type Event = readonly [what: "part" | "unknown" | "unsafe", where: string, part?: PartName];

function partAt(kind: Kind, trail: Trail): PartName | undefined {
  if (!orderKinds.includes(kind)) return undefined;
  const pattern = trail.map((segment) => (typeof segment === "number" ? "/*" : `/${segment}`)).join("");
  return (Object.entries(partPlaces) as [PartName, readonly string[]][]).find(([, places]) => places.includes(pattern))?.[0];
}

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;
const unsafeInteger = (value: unknown): boolean => typeof value === "number" && Number.isInteger(value) && !Number.isSafeInteger(value);

function scan(value: unknown, trail: Trail, events: Event[]): void {
  if (unsafeInteger(value)) events.push(["unsafe", trailPointer(trail)]);
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) scan(child, [...trail, Array.isArray(value) ? Number(key) : key], events);
}

/** Whether the walk has work at a place beyond numbers: names to know, or a part standing there. */
function walked(kind: Kind, shape: Shape | undefined, trail: Trail): boolean {
  if (shape === undefined) return false;
  return shape.properties !== undefined || partAt(kind, trail) !== undefined || (shape.items !== undefined && walked(kind, shape.items, [...trail, 0]));
}

function oracle(kind: Kind, shape: Shape, value: unknown, trail: Trail, events: Event[]): void {
  if (shape.items !== undefined && shape.properties === undefined) {
    if (!Array.isArray(value)) return scan(value, trail, events);
    value.forEach((element, index) => (isObject(element) ? oracle(kind, shape.items!, element, [...trail, index], events) : scan(element, [...trail, index], events)));
    return;
  }
  if (Array.isArray(value) || !isObject(value)) return scan(value, trail, events);
  const part = partAt(kind, trail);
  if (part) events.push(["part", trailPointer(trail), part]);
  if (shape.properties === undefined) return scan(value, trail, events);
  for (const [key, child] of Object.entries(value)) {
    const childShape = Object.hasOwn(shape.properties, key) ? shape.properties[key] : undefined;
    if (childShape === undefined) events.push(["unknown", trailPointer(trail, key)]);
    if (childShape !== undefined && isObject(child) && walked(kind, childShape, [...trail, key])) oracle(kind, childShape, child, [...trail, key], events);
    else scan(child, [...trail, key], events);
  }
}

function walkEvents(kind: Kind, value: unknown): Event[] {
  const events: Event[] = [];
  const listener: WalkListener = {
    parts: true,
    unknownKeys: true,
    unsafeNumbers: true,
    item: (_object, trail) => void events.push(["part", trailPointer(trail), "item"]),
    payment: (_object, trail) => void events.push(["part", trailPointer(trail), "payment"]),
    customDataHash: (_object, trail) => void events.push(["part", trailPointer(trail), "customDataHash"]),
    unknownKey: (key, _known, trail) => void events.push(["unknown", trailPointer(trail, key)]),
    unsafeNumber: (path) => void events.push(["unsafe", path]),
  };
  walkPayload(kind, value, listener);
  return events;
}

/** A name the shape does not know but close to one it does: the same length, one character changed. */
const nearName = (names: readonly string[]) =>
  fc.tuple(fc.constantFrom(...names), fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([name, at, char]) => {
    const index = at % name.length;
    return name.slice(0, index) + char + name.slice(index + 1);
  });

const leaf = fc.oneof(fc.constantFrom(null, true, 2 ** 60, -(2 ** 61), 2 ** 53 + 0.5, 1.5, 0), fc.integer(), fc.string({ maxLength: 4 }));

/** A value shaped like the kind's payload (known names, near names, odd keys, wrong types), built from its shape. */
function valueOf(shape: Shape | undefined, depth: number): fc.Arbitrary<unknown> {
  const anyJson = fc.jsonValue({ maxDepth: 2 });
  if (shape === undefined || depth > 5) return fc.oneof(leaf, anyJson);
  if (shape.items !== undefined && shape.properties === undefined) return fc.oneof({ weight: 4, arbitrary: fc.array(valueOf(shape.items, depth + 1), { maxLength: 3 }) }, leaf, anyJson);
  const names = Object.keys(shape.properties ?? {});
  const key = names.length > 0 ? fc.oneof(fc.constantFrom(...names), fc.constantFrom(...names), nearName(names), fc.string({ maxLength: 6 }), fc.constantFrom("__proto__", "constructor", "toString", "")) : fc.string({ maxLength: 6 });
  const entry = key.chain((name) => valueOf(names.includes(name) ? shape.properties![name] : undefined, depth + 1).map((value) => [name, value] as const));
  const object = fc.array(entry, { maxLength: 6 }).map((entries) => Object.fromEntries(entries));
  return fc.oneof({ weight: 6, arbitrary: object }, { weight: 1, arbitrary: fc.oneof(leaf, anyJson) });
}

describe("the compiled walk is the shapes' walk", () => {
  for (const kind of Object.keys(shapes) as Kind[]) {
    it(`${kind}: the same parts, unknown keys and unsafe integers, in the same order`, () => {
      fc.assert(
        fc.property(valueOf(shapes[kind], 0), (value) => {
          const expected: Event[] = [];
          oracle(kind, shapes[kind]!, value, [], expected);
          expect(walkEvents(kind, value)).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    });
  }
});
