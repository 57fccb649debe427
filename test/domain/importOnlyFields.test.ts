import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importOnlyFields } from "../../src/domain/importOnlyFields.js";
import { maxQuoted } from "../../src/engine/messageTemplate.js";
import { shapes } from "../../src/generated/shapes.js";

const squash = (text: string) => text.replace(/\s+/g, "");
const importDocument = squash(readFileSync(new URL("../fixtures/seeds/003_a64bb2b69bce1671.txt", import.meta.url), "utf8"));

describe("the import's own fields", () => {
  it("are the body's names the import's schema knows and Create Order's does not", () => {
    const createOrderNames = new Set(Object.keys(shapes.createOrder?.properties ?? {}));
    const importOnlyNames = Object.keys(shapes.importOrder?.properties ?? {}).filter((name) => !createOrderNames.has(name));
    expect(importOnlyFields.map(({ name }) => name).sort()).toEqual(importOnlyNames.sort());
  });

  it("are each quoted word for word from the import document, short enough for a message to quote whole", () => {
    for (const { name, said } of importOnlyFields) {
      expect(said.document, name).toBe("Historic Order Import (seeds/003)");
      expect(said.words.length, name).toBeLessThanOrEqual(maxQuoted);
      expect(importDocument.includes(squash(said.words)), name).toBe(true);
    }
  });
});
