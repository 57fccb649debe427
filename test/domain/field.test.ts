import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { field } from "../../src/domain/payloadParts.js";
import { fuzzParameters, hostileJson, hostileKey } from "../fuzz/arbitraries.js";

describe("field", () => {
  it("reads an object's own property and nothing it inherits, for any parsed JSON and key", () => {
    fc.assert(
      fc.property(hostileJson, hostileKey, (value, key) => {
        // Parsed from text, as a payload is: `__proto__` then is an own key like any other.
        const object = JSON.parse(JSON.stringify({ wrap: value })).wrap as unknown;
        if (typeof object !== "object" || object === null || Array.isArray(object)) return;
        const record = object as Record<string, unknown>;
        expect(field(record, key)).toBe(Object.hasOwn(record, key) ? record[key] : undefined);
      }),
      fuzzParameters,
    );
  });

  it("gives nothing for what every object inherits, and a parsed `__proto__` key's value", () => {
    const object = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as Record<string, unknown>;
    expect(field(object, "__proto__")).toEqual({ x: 1 });
    expect(field({}, "__proto__")).toBeUndefined();
    for (const name of ["constructor", "toString", "hasOwnProperty", "valueOf"]) expect(field({ a: 1 }, name)).toBeUndefined();
    expect(field(undefined, "a")).toBeUndefined();
    expect(field({ a: null }, "a")).toBeNull();
  });
});
