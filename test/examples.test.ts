import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Kind } from "../src/kinds/kinds.js";
import { validate } from "../src/lint/validate.js";

const read = (name: string) => JSON.parse(readFileSync(new URL(`../examples/${name}`, import.meta.url), "utf8")) as unknown;

const examples: [string, Kind][] = [
  ["createOrder.json", "createOrder"],
  ["importOrder.json", "importOrder"],
  ["orderCustomData.json", "orderCustomData"],
  ["orderItemCustomData.json", "orderItemCustomData"],
  ["orderItemSearch.json", "orderItemSearch"],
  ["orderItemSearch-url.json", "orderItemSearch"],
  ["orderCustomDataRecord.json", "orderCustomDataRecord"],
  ["orderItemCustomDataRecord.json", "orderItemCustomDataRecord"],
  ["orderItemSearchResponse.json", "orderItemSearchResponse"],
];

describe("the documents' examples, repaired into JSON", () => {
  it.each(examples)("%s validates as %s with no error", (file, kind) => {
    const result = validate(kind, read(file));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("the Create Order example has no warning either", () => {
    expect(validate("createOrder", read("createOrder.json")).diagnostics).toEqual([]);
  });

  it("the broken examples keep the documents' own faults (placeholders, leading zeros, trailing commas)", () => {
    const broken = (name: string) => readFileSync(new URL(`../examples/broken/${name}`, import.meta.url), "utf8");
    expect(() => JSON.parse(broken("createOrder-placeholders.json"))).toThrow();
    expect(broken("createOrder-placeholders.json")).toContain('"manufacturerID": MFG_ID');
    expect(() => JSON.parse(broken("importOrder-leading-zero.json"))).toThrow();
    expect(broken("importOrder-leading-zero.json")).toContain('"manufacturerID":01010');
    expect(() => JSON.parse(broken("orderItemSearchResponse-trailing-comma.json"))).toThrow();
  });
});
