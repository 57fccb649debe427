import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Kind } from "../src/kinds/kinds.js";
import { validate } from "../src/builtIn/linter.js";

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

  it("the import example draws only two warnings: customerIP 0.0.0.0 (its own document's advice), maxAmount -1 on a NO payment (Create Order's, our reading)", () => {
    const evidence = validate("importOrder", read("importOrder.json")).diagnostics.map((d) => [d.ruleId, d.evidence]);
    expect(evidence).toEqual([
      ["max-amount-null-preferred", "inferred"],
      ["customer-ip-range", "advised"],
    ]);
    const found = validate("importOrder", read("importOrder.json")).diagnostics.map((d) => [d.ruleId, d.severity, d.path]);
    expect(found).toEqual([
      ["max-amount-null-preferred", "warning", "/orderPayments/0/maxAmount"],
      ["customer-ip-range", "warning", "/customerIP"],
    ]);
  });

  it.each(examples.filter(([file]) => file !== "importOrder.json"))("%s draws no warning either", (file, kind) => {
    expect(validate(kind, read(file)).diagnostics).toEqual([]);
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
