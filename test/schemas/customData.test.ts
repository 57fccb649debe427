import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rulePageProse } from "../support/rulePage.js";
import type { Kind } from "../../src/kinds/kinds.js";
import { validate } from "../../src/builtIn/linter.js";
import { schemaErrorPaths } from "../support/mutate.js";
import { runCli } from "../support/cli.js";
import { isValid, standardSchema } from "../../src/index.js";

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
    // Null is no generated ID: the record's own ID stays an error though a body's null reads as not sent.
    expect(schemaErrorPaths("orderCustomDataRecord", { ...body, orderID: 1, orderCustomDataID: null })).toEqual(["/orderCustomDataID"]);
    expect(schemaErrorPaths("orderItemCustomDataRecord", { ...body, orderID: 1, itemID: 2, orderItemCustomDataID: null })).toEqual(["/orderItemCustomDataID"]);
  });

  it("a record without its order's (and item's) IDs is a warning: only the examples show them (the documents: the custom data ID is returned)", () => {
    const findings = (kind: "orderCustomDataRecord" | "orderItemCustomDataRecord", value: object) =>
      validate(kind, { ...body, ...value }).diagnostics.map((d) => [d.ruleId, d.severity, d.evidence, d.path]);
    expect(findings("orderCustomDataRecord", { orderCustomDataID: 1 })).toEqual([["schema/record-parent-ids", "warning", "inferred", "/orderID"]]);
    expect(findings("orderItemCustomDataRecord", { orderItemCustomDataID: 1, orderID: 2 })).toEqual([["schema/record-parent-ids", "warning", "inferred", "/itemID"]]);
    expect(findings("orderItemCustomDataRecord", { orderItemCustomDataID: 1, orderID: 2, itemID: 3 })).toEqual([]);
    // A null is none of them (the body's null reads as not sent; a returned record carries them): the same warning, at the field.
    expect(findings("orderCustomDataRecord", { orderCustomDataID: 1, orderID: null })).toEqual([["schema/record-parent-ids", "warning", "inferred", "/orderID"]]);
    expect(findings("orderItemCustomDataRecord", { orderItemCustomDataID: 1, orderID: 2, itemID: null })).toEqual([["schema/record-parent-ids", "warning", "inferred", "/itemID"]]);
    // A wrong type is the body's one error, not also "is null" (audit: two findings, one of them false).
    expect(findings("orderCustomDataRecord", { orderCustomDataID: 1, orderID: "5" })).toEqual([["schema", "error", "stated", "/orderID"]]);
    expect(findings("orderItemCustomDataRecord", { orderItemCustomDataID: 1, orderID: 2, itemID: 1.5 })).toEqual([["schema", "error", "stated", "/itemID"]]);
  });

  // The documents require name and value "for POST and PUT requests, which require a body", not of a
  // returned record: a record without one is our reading of the example responses (audit at d7d7efe9:
  // it was the body's error, "required for POST and PUT").
  const withoutField = (record: Record<string, unknown>, field: "name" | "value") => {
    const { [field]: _left, ...rest } = { ...body, ...record };
    return rest;
  };
  const records = [
    ["orderCustomDataRecord", { orderCustomDataID: 1, orderID: 2 }],
    ["orderItemCustomDataRecord", { orderItemCustomDataID: 1, orderID: 2, itemID: 3 }],
  ] as const;
  it.each(records.flatMap(([kind, ids]) => (["name", "value"] as const).map((field) => [kind, field, ids] as const)))("%s without %s: a warning of our reading, not the body's error", (kind, field, ids) => {
    const found = validate(kind, withoutField(ids, field)).diagnostics;
    expect(found.map((d) => [d.ruleId, d.severity, d.evidence, d.path])).toEqual([["schema/record-name-value", "warning", "inferred", `/${field}`]]);
    expect(found[0]!.message).toContain(`a returned record carries the ${field} it was given`);
    expect(found[0]!.message).toContain("our reading");
    expect(found[0]!.message).not.toContain("required for POST and PUT");
  });
  // The type comes from the same table as the requirement ("for POST and PUT requests"): a record's name or
  // value of the wrong type is our reading too, worded for a record, no "send …" (audit at 3df60815: null was the body's stated error).
  const wrongTypes = [null, 5, true, { a: 1 }] as const;
  it.each(records.flatMap(([kind, ids]) => (["name", "value"] as const).flatMap((field) => wrongTypes.map((wrong) => [kind, field, wrong, ids] as const))))(
    "%s with %s %j: a warning of our reading, not the body's error",
    (kind, field, wrong, ids) => {
      const found = validate(kind, { ...body, ...ids, [field]: wrong }).diagnostics;
      expect(found.map((d) => [d.ruleId, d.severity, d.evidence, d.path])).toEqual([["schema/record-name-value", "warning", "inferred", `/${field}`]]);
      expect(found[0]!.message).toContain(`${field} must be a string: a returned record carries the ${field} it was given`);
      expect(found[0]!.message).toContain("our reading");
      expect(found[0]!.message).not.toContain("send");
    },
  );
  // The lengths come from the same "for POST and PUT requests" table as the type: on a returned record they
  // are our reading too, worded for a record (audit at b61b7b85: "value": "" was the body's stated error).
  const lengths = [
    ["name", "", "must not be empty", "minimum length 1"],
    ["name", "n".repeat(101), "holds at most 100 characters", "maximum length 100"],
    ["value", "", "must not be empty", "minimum length 1"],
    ["value", "v".repeat(5000), "holds at most 1000 characters", "maximum length 1000"],
  ] as const;
  it.each(records.flatMap(([kind, ids]) => lengths.map(([field, text, what, allowed]) => [kind, field, text.length, ids, text, what, allowed] as const)))(
    "%s with a %s of %i characters: a warning of our reading, not the body's error",
    (kind, field, _length, ids, text, what, allowed) => {
      const found = validate(kind, { ...body, ...ids, [field]: text }).diagnostics;
      expect(found.map((d) => [d.ruleId, d.severity, d.evidence, d.path])).toEqual([["schema/record-name-value", "warning", "inferred", `/${field}`]]);
      expect(found[0]!.message).toContain(`${field} ${what}`);
      expect(found[0]!.message).toContain(`a POST or PUT body's ${field}`);
      expect(found[0]!.message).toContain(allowed);
      expect(found[0]!.message).toContain("our reading");
    },
  );
  it.each(["orderCustomData", "orderItemCustomData"] as const)("a %s body keeps the stated length errors", (kind) => {
    const found = (patch: object) => validate(kind, { ...body, ...patch }).diagnostics.map((d) => [d.ruleId, d.severity, d.path, d.message]);
    expect(found({ value: "" })).toEqual([["schema", "error", "/value", "value must not be empty (the documents: minimum length 1)"]]);
    expect(found({ value: "v".repeat(5000) })).toEqual([["schema", "error", "/value", "value holds at most 1000 characters (the documents: maximum length 1000)"]]);
    expect(found({ name: "" })).toEqual([["schema", "error", "/name", "name must not be empty (the documents: minimum length 1)"]]);
    expect(found({ name: "n".repeat(101) })).toEqual([["schema", "error", "/name", "name holds at most 100 characters (the documents: maximum length 100)"]]);
  });
  it.each(["orderCustomData", "orderItemCustomData"] as const)("a %s body whose value is null keeps the stated error, worded for a body", (kind) => {
    const found = validate(kind, { ...body, value: null }).diagnostics;
    expect(found.map((d) => [d.ruleId, d.severity, d.path, d.message])).toEqual([["schema", "error", "/value", 'value must be a string (send numbers and booleans as strings, e.g. "true")']]);
  });
  it.each(["orderCustomData", "orderItemCustomData"] as const)("a %s body without value keeps the stated error", (kind) => {
    const found = validate(kind, withoutField({}, "value")).diagnostics;
    expect(found.map((d) => [d.ruleId, d.severity, d.path, d.message])).toEqual([["schema", "error", "/value", "value is required (the documents: required for POST and PUT)"]]);
  });
});

describe("ID messages say only what the documents say", () => {
  it("a custom data record's ID is typed integer by the documents, with no minimum: 0 is no schema error, a string is", () => {
    for (const kind of ["orderCustomData", "orderItemCustomData"] as const) {
      const name = kind === "orderCustomData" ? "orderCustomDataID" : "orderItemCustomDataID";
      expect(schemaErrorPaths(kind, { ...body, [name]: 0 })).toEqual([]);
      const [problem] = validate(kind, { ...body, [name]: "12" }).diagnostics.filter((d) => d.ruleId === "schema");
      expect(problem).toMatchObject({ path: `/${name}`, message: `${name} must be an integer or null (the documents type this ID as an integer)` });
    }
  });

  // A returned record's own ID takes no null (null is no generated ID): its wrong type is told with the
  // record's words, not the body's "an integer or null", which named null as a way out.
  it.each([
    ["orderCustomDataRecord", "orderCustomDataID", { orderID: 1 }],
    ["orderItemCustomDataRecord", "orderItemCustomDataID", { orderID: 1, itemID: 2 }],
  ] as const)("%s: its own %s of the wrong type is one error, in the record's words", (kind, name, parents) => {
    for (const wrong of ["12", 1.5, true, {}]) {
      const problems = validate(kind, { ...body, ...parents, [name]: wrong }).diagnostics.map((d) => [d.ruleId, d.severity, d.path, d.message]);
      expect(problems).toEqual([
        ["schema", "error", `/${name}`, `${name} must be the integer the OMS generated: a returned record carries it (the document: the custom data ID will be generated by OMS and returned in the response); null is no ID`],
      ]);
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
    expect(messages("12")).toEqual([`${field} must be an integer or null (the documents: integer, minimum value 1)`]);
  });
});

/**
 * The custom data documents type these IDs integer and show no null; Create Order's, of the
 * same API, sends null for the IDs it leaves unset ("orderID": null; "assigns a value to them
 * instead of “null”"). A serializer that writes an unset ID as null sends nothing: no finding,
 * as the same body without the key (docs/rules/schema.md, "null on an optional ID").
 */
const optionalIds = {
  orderCustomData: ["orderCustomDataID", "orderID", "manufacturerID", "catalogID"],
  orderItemCustomData: ["orderItemCustomDataID", "orderID", "itemID", "manufacturerID", "catalogID"],
} as const;
const nullRows = Object.entries(optionalIds).flatMap(([kind, fields]) => fields.map((field) => [kind as Kind, field] as const));

/** Each non-null wrong value stays the schema's stated error: a string, a fraction; below the minimum where the documents give one. */
const minimums: Record<string, number | undefined> = { orderID: 1, itemID: 1, manufacturerID: 1, catalogID: 0 };
const wrongRows = nullRows.flatMap(([kind, field]) => {
  const minimum = minimums[field];
  const wrong: unknown[] = ["12", 1.5, ...(minimum === undefined ? [] : [minimum - 1, -1].filter((v, i, all) => all.indexOf(v) === i))];
  return wrong.map((value) => [kind, field, value] as const);
});

describe("an optional ID sent as null reads as not sent", () => {
  it.each(nullRows)("%s %s: null is no finding, through validate, isValid, standardSchema and the CLI (exit 0)", async (kind, field) => {
    const payload = { ...body, [field]: null };
    expect(validate(kind, payload)).toMatchObject({ valid: true, errorCount: 0, warningCount: 0, diagnostics: [] });
    expect(isValid(kind, payload)).toBe(true);
    expect(standardSchema(kind)["~standard"].validate(payload)).toEqual({ value: payload });
    const run = await runCli(["--stdin", "--kind", kind, "--format", "json"], { input: JSON.stringify(payload, null, 2) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ kind, errorCount: 0, warningCount: 0, messages: [] });
  });

  it.each(Object.keys(optionalIds) as Kind[])("%s: every optional ID null at once, as a DTO serializer writes them, is no finding", (kind) => {
    const payload = { ...body, ...Object.fromEntries(optionalIds[kind as keyof typeof optionalIds].map((field) => [field, null])) };
    expect(validate(kind, payload).diagnostics).toEqual([]);
  });

  // The audit of the change: with no --kind, a body of all null IDs was taken for a record, whose own ID null is an error.
  it.each(Object.keys(optionalIds) as Kind[])("%s: every optional ID null, its kind told from the body (no --kind): that body, no finding (exit 0)", async (kind) => {
    const payload = { ...body, ...Object.fromEntries(optionalIds[kind as keyof typeof optionalIds].map((field) => [field, null])) };
    const run = await runCli(["--stdin", "--format", "json"], { input: JSON.stringify(payload) });
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ kind, errorCount: 0, warningCount: 0 });
    expect(run.code).toBe(0);
  });

  it("any set of them null gives the findings of the same body without them", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(optionalIds) as (keyof typeof optionalIds)[])),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.record({ name: fc.string({ maxLength: 110 }), value: fc.string({ maxLength: 3 }) }),
        (kind, picks, named) => {
          const fields = optionalIds[kind];
          const nulls = Object.fromEntries(picks.map((i) => [fields[i % fields.length]!, null]));
          expect(validate(kind, { ...named, ...nulls }).diagnostics).toEqual(validate(kind, named).diagnostics);
        },
      ),
      property,
    );
  });

  it.each(wrongRows)("%s %s: %j stays the schema's error, exit 1", async (kind, field, value) => {
    const found = validate(kind, { ...body, [field]: value }).diagnostics.filter((d) => d.path === `/${field}`);
    expect(found.map((d) => [d.ruleId, d.severity])).toEqual([["schema", "error"]]);
    expect(found[0]!.message).toMatch(new RegExp(`^${field} must be `));
    const run = await runCli(["--stdin", "--kind", kind, "--format", "json"], { input: JSON.stringify({ ...body, [field]: value }) });
    expect(run.code).toBe(1);
  });
});

/**
 * The docs page's Incorrect example has too few fields to tell its kind (a record is told by its
 * name and value both): shown alone, it drew "cannot tell which payload this is", not the warning
 * the page quotes (audit at 3df60815). The page names the kind with the command it shows.
 */
describe("schema/record-name-value's docs page: its Incorrect example, run as the page says", () => {
  const page = rulePageProse("schema/record-name-value");
  const example = /## Incorrect ```json (.*?) ```/.exec(page)?.[1] ?? "";
  const lint = async (args: readonly string[]) => {
    const { stdout } = await runCli(["--stdin", "--no-config", "--format", "json", ...args], { input: example });
    return (JSON.parse(stdout) as { messages: { ruleId: string; path?: string; message: string }[] }[])[0]!.messages;
  };
  it("alone, its kind cannot be told, as the page says; with the page's --kind, the page's warning", async () => {
    expect(page).toContain("cannot tell which payload this is");
    expect((await lint([])).map((m) => m.ruleId)).toEqual(["kind"]);
    const command = /```sh oms-lint (--kind \S+) record\.json ```/.exec(page);
    expect(command).not.toBeNull();
    const found = await lint(command![1]!.split(" "));
    expect(found.map((m) => [m.ruleId, m.path])).toEqual([["schema/record-name-value", "/value"]]);
    expect(page).toContain(found[0]!.message);
  });
});
