import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { field } from "../../src/domain/payloadParts.js";
import { shapes } from "../../src/generated/shapes.js";
import type { Shape } from "../../src/kinds/shape.js";
import { fuzzParameters, hostileJson, hostileKey } from "../fuzz/arbitraries.js";

/** Every property name the schemas give, at any depth of any kind. */
function documentedNames(shape: Shape, into = new Set<string>()): Set<string> {
  for (const [name, child] of Object.entries(shape.properties ?? {})) {
    into.add(name);
    documentedNames(child, into);
  }
  if (shape.items) documentedNames(shape.items, into);
  return into;
}

/** The names the rules, the domain and split read as `x?.name` (not calls). */
function namesReadDirectly(): Set<string> {
  const names = new Set<string>();
  for (const dir of ["rules", "src/domain", "src/split"]) {
    for (const file of readdirSync(new URL(`../../${dir}/`, import.meta.url)).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(new URL(`../../${dir}/${file}`, import.meta.url), "utf8");
      for (const [, name] of text.matchAll(/\?\.([A-Za-z_$][\w$]*)\b(?!\s*\()/g)) names.add(name!);
    }
  }
  return names;
}

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

  it("the documented names that rules read by name are data on any object: none is inherited", () => {
    // Rules read documented fields as `payment.maxAmount` (see field()): that is only the
    // own property when no object inherits the name.
    const names = new Set([...Object.values(shapes).flatMap((shape) => [...documentedNames(shape)]), ...namesReadDirectly()]);
    expect(names.size).toBeGreaterThan(100);
    expect(namesReadDirectly()).toContain("shippingMethod");
    expect([...names].filter((name) => name in {})).toEqual([]);
  });
});
