import { describe, expect, it } from "vitest";
import { importOnlyFields } from "../../src/domain/importOnlyFields.js";
import { shapes } from "../../src/generated/shapes.js";

describe("the import's own fields", () => {
  it("are the body's names the import's schema knows and Create Order's does not", () => {
    const createOrderNames = new Set(Object.keys(shapes.createOrder?.properties ?? {}));
    const importOnlyNames = Object.keys(shapes.importOrder?.properties ?? {}).filter((name) => !createOrderNames.has(name));
    expect([...importOnlyFields].sort()).toEqual(importOnlyNames.sort());
  });
});
