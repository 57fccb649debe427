import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Kind } from "../../src/kinds/kinds.js";
import { validate } from "../../src/builtIn/linter.js";
import { schemaErrorPaths } from "../support/mutate.js";

const property = { seed: 20261123, numRuns: 100 };
const body = { name: "Example Data", value: "This is sample custom data." };

describe.each(["orderCustomData", "orderItemCustomData", "orderCustomDataRecord", "orderItemCustomDataRecord"] as Kind[])(
  "%s schema",
  (kind) => {
    const records: Record<string, object> = {
      orderCustomDataRecord: { orderCustomDataID: 11111, orderID: 100000 },
      orderItemCustomDataRecord: { orderItemCustomDataID: 999999, orderID: 12345, itemID: 100000 },
    };
    const base = { ...body, ...records[kind] };
    const errors = (patch: object) => schemaErrorPaths(kind, { ...base, ...patch });

    it("name: 1–100 characters; value: 1–1000 characters", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 130 }), fc.integer({ min: 0, max: 1030 }), (n, v) => {
          const expected = [...(n >= 1 && n <= 100 ? [] : ["/name"]), ...(v >= 1 && v <= 1000 ? [] : ["/value"])];
          expect(errors({ name: "n".repeat(n), value: "v".repeat(v) })).toEqual(expected);
        }),
        property,
      );
      for (const [n, ok] of [[0, false], [1, true], [100, true], [101, false]] as const) {
        expect(errors({ name: "n".repeat(n) }), `name ${n}`).toEqual(ok ? [] : ["/name"]);
      }
      for (const [v, ok] of [[0, false], [1, true], [1000, true], [1001, false]] as const) {
        expect(errors({ value: "v".repeat(v) }), `value ${v}`).toEqual(ok ? [] : ["/value"]);
      }
    });

    it("name and value are both required, and both strings", () => {
      expect(schemaErrorPaths(kind, { ...records[kind], value: "v" })).toEqual(["/name"]);
      expect(schemaErrorPaths(kind, { ...records[kind], name: "n" })).toEqual(["/value"]);
      expect(errors({ value: true })).toEqual(["/value"]);
      expect(errors({ value: 12 })).toEqual(["/value"]);
    });

    it("orderID and manufacturerID ≥ 1; catalogID ≥ 0", () => {
      expect(errors({ orderID: 1, manufacturerID: 1, catalogID: 0 })).toEqual([]);
      expect(errors({ orderID: 0 })).toEqual(["/orderID"]);
      expect(errors({ manufacturerID: 0 })).toEqual(["/manufacturerID"]);
      expect(errors({ catalogID: -1 })).toEqual(["/catalogID"]);
      expect(errors({ catalogID: 1.5 })).toEqual(["/catalogID"]);
    });

    it("a body that is not an object is one error at the root", () => {
      for (const value of [null, [], "name=value", 3]) expect(schemaErrorPaths(kind, value)).toEqual([""]);
    });
  },
);

describe("orderItemCustomData: itemID ≥ 1", () => {
  it("rejects 0 and accepts 1", () => {
    expect(schemaErrorPaths("orderItemCustomData", { ...body, itemID: 0 })).toEqual(["/itemID"]);
    expect(schemaErrorPaths("orderItemCustomData", { ...body, itemID: 1 })).toEqual([]);
  });
});

describe("records carry their IDs", () => {
  it("an order custom data record without orderCustomDataID is an error where it belongs", () => {
    expect(schemaErrorPaths("orderCustomDataRecord", { ...body, orderID: 1 })).toEqual(["/orderCustomDataID"]);
  });

  it("a record without its order's (and item's) IDs is a warning: only the examples show them (the documents: the custom data ID is returned)", () => {
    const findings = (kind: "orderCustomDataRecord" | "orderItemCustomDataRecord", value: object) =>
      validate(kind, { ...body, ...value }).diagnostics.map((d) => [d.ruleId, d.severity, d.evidence, d.path]);
    expect(findings("orderCustomDataRecord", { orderCustomDataID: 1 })).toEqual([["schema/record-parent-ids", "warning", "inferred", "/orderID"]]);
    expect(findings("orderItemCustomDataRecord", { orderItemCustomDataID: 1, orderID: 2 })).toEqual([["schema/record-parent-ids", "warning", "inferred", "/itemID"]]);
    expect(findings("orderItemCustomDataRecord", { orderItemCustomDataID: 1, orderID: 2, itemID: 3 })).toEqual([]);
  });
});

describe("ID messages say only what the documents say", () => {
  it("a custom data record's ID is typed integer by the documents, with no minimum: 0 is no schema error, a string is", () => {
    for (const kind of ["orderCustomData", "orderItemCustomData"] as const) {
      const name = kind === "orderCustomData" ? "orderCustomDataID" : "orderItemCustomDataID";
      expect(schemaErrorPaths(kind, { ...body, [name]: 0 })).toEqual([]);
      const [problem] = validate(kind, { ...body, [name]: "12" }).diagnostics.filter((d) => d.ruleId === "schema");
      expect(problem).toMatchObject({ path: `/${name}`, message: `${name} must be an integer (the documents type this ID as an integer)` });
    }
  });

  // Each of the three: "…integer … The minimum value is “1”." (seeds/000, seeds/001). The message
  // gives that, not a rule of our own for every identifier (the record IDs have no minimum,
  // catalogID's is 0).
  it.each([
    ["orderCustomData", "orderID"],
    ["orderCustomData", "manufacturerID"],
    ["orderItemCustomData", "itemID"],
  ] as const)("%s %s below 1 or not an integer: the message gives the documents' minimum of that field", (kind, field) => {
    const messages = (value: unknown) => validate(kind, { ...body, [field]: value }).diagnostics.filter((d) => d.ruleId === "schema").map((d) => d.message);
    expect(messages(0)).toEqual([`${field} must be 1 or more (the documents: minimum value 1)`]);
    expect(messages("12")).toEqual([`${field} must be an integer (the documents: integer, minimum value 1)`]);
  });
});
