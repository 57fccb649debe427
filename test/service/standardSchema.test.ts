import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertValid, kinds, OmsValidationError, standardSchema, validate, type Kind } from "../../src/index.js";
import { pointers, withValueAt } from "../support/mutate.js";
import { createOrder, orderItem } from "../support/payloads.js";

/** The issues of a failed result (the test fails if it passed). */
function issuesOf(result: StandardSchemaV1.Result<unknown>): readonly StandardSchemaV1.Issue[] {
  if (!result.issues) throw new Error(`expected issues, the value passed`);
  return result.issues;
}

const example = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8"));

describe("standardSchema(kind)", () => {
  it("is a Standard Schema V1 of vendor oms-lint for every kind", () => {
    for (const { kind } of kinds) {
      const props = standardSchema(kind)["~standard"];
      expect(props.version).toBe(1);
      expect(props.vendor).toBe("oms-lint");
      expect(typeof props.validate).toBe("function");
    }
  });

  it("passes a valid order through as it came", () => {
    const body = createOrder();
    const result = standardSchema("createOrder")["~standard"].validate(body);
    expect(result).toEqual({ value: body });
    expect((result as { value: unknown }).value).toBe(body);
  });

  it("gives each error as an issue: its message, and its path as keys with array indexes as numbers", () => {
    const body = createOrder({ orderItems: [orderItem(), orderItem({ availability: "Q" })] });
    delete body.currency;
    const issues = issuesOf(standardSchema("createOrder")["~standard"].validate(body));
    expect(issues).toContainEqual({ message: expect.stringContaining("currency is required"), path: ["currency"] });
    expect(issues).toContainEqual({ message: expect.stringContaining("availability must be one of"), path: ["orderItems", 1, "product", "availability"] });
  });

  /** An order item whose availability the documents do not list, as a user fixes it at ["orderItems", 1, "product", "availability"]. */
  const unlistedLines = () => [orderItem(), orderItem({ availability: "ZZ" })];
  const withUnlistedAvailability = () => createOrder({ orderItems: unlistedLines() });
  /** An object a service holds in place of a value: an entity or collection class, written as its toJSON answers. */
  const entity = (body: unknown) => ({ toJSON: () => body });

  // Found by the audit of what the library says: the path walked the object in hand, and past a toJSON gave indexes as strings.
  it.each<[string, () => unknown]>([
    ["the body an entity whose toJSON answers it", () => entity(withUnlistedAvailability())],
    ["the order items a collection whose toJSON answers their array", () => ({ ...withUnlistedAvailability(), orderItems: entity(unlistedLines()) })],
    ["the line an entity whose toJSON answers it", () => ({ ...withUnlistedAvailability(), orderItems: unlistedLines().map(entity) })],
  ])("array indexes are numbers in the body as JSON.stringify sends it: %s", (_name, body) => {
    const path = ["orderItems", 1, "product", "availability"];
    expect(issuesOf(standardSchema("createOrder")["~standard"].validate(body()))).toContainEqual({ message: expect.stringContaining("availability must be one of"), path });
    let thrown: unknown;
    try {
      assertValid("createOrder", body());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OmsValidationError);
    expect((thrown as OmsValidationError).issues).toContainEqual({ message: expect.stringContaining("availability must be one of"), path });
  });

  it("a toJSON is asked with the key JSON.stringify gives it: an answer by key is walked as sent", () => {
    const items = unlistedLines();
    // Answers the array under "orderItems" alone, as JSON.stringify asks it; anything else under another key.
    const byKey = { toJSON: (key: string) => (key === "orderItems" ? items : { [1]: "not this" }) };
    const issues = issuesOf(standardSchema("createOrder")["~standard"].validate({ ...createOrder(), orderItems: byKey }));
    expect(issues).toContainEqual({ message: expect.stringContaining("availability must be one of"), path: ["orderItems", 1, "product", "availability"] });
  });

  it("an object key that looks like an index stays a string key", () => {
    const body = createOrder({ customOrderData: { "0": "" } });
    const issues = issuesOf(standardSchema("createOrder", { failOn: "warning" })["~standard"].validate(body));
    expect(issues.map((i) => i.path)).toContainEqual(["customOrderData", "0"]);
  });

  it("warnings pass unless failOn is \"warning\"", () => {
    // Not shipingAddress beside the example's shippingAddress (fix-suggest): that repeats a field the order has.
    const { orderComment: _comment, ...body } = createOrder({ orderComent: "leave at the door" });
    expect(standardSchema("createOrder")["~standard"].validate(body)).toEqual({ value: body });
    const strict = issuesOf(standardSchema("createOrder", { failOn: "warning" })["~standard"].validate(body));
    expect(strict).toEqual([{ message: expect.stringMatching(/orderComent.*did you mean.*orderComment/), path: ["orderComent"] }]);
  });

  it("a rule turned off, or a setting, is honoured", () => {
    const body = createOrder({ orderItems: [orderItem({ availability: "P", itemTaxOverride: 0 }), orderItem({ itemTaxOverride: 0 })] });
    expect(standardSchema("createOrder")["~standard"].validate(body)).toHaveProperty("issues");
    expect(standardSchema("createOrder", { rules: { "preorder-mix": "off" } })["~standard"].validate(body)).toEqual({ value: body });
  });

  it("a misspelt option, setting, rule or kind is a TypeError naming the nearest valid name", () => {
    expect(() => standardSchema("createOrder", { settings: { onblocks: true } as never })).toThrow(/unknown setting "onblocks" \(did you mean "onBlocks"\?\)/);
    expect(() => standardSchema("createOrder", { rules: { "tax-rate-capp": "off" } })).toThrow(/unknown rule "tax-rate-capp" \(did you mean "tax-rate-cap"\?\)/);
    expect(() => standardSchema("createOrder", { failon: "warning" } as never)).toThrow(/unknown option "failon" \(did you mean "failOn"\?\)/);
    expect(() => standardSchema("createOrder", { failOn: "warn" as never })).toThrow(TypeError);
    expect(() => standardSchema("createOrder", { settings: { onBlocks: "yes" as never } })).toThrow(/setting onBlocks must be true or false/);
    expect(() => standardSchema("createOrdr" as Kind)).toThrow(/unknown kind "createOrdr"/);
  });
});

describe("standardSchema(kind)['~standard'].jsonSchema", () => {
  const examples: Record<Kind, string> = {
    createOrder: "createOrder",
    importOrder: "importOrder",
    orderCustomData: "orderCustomData",
    orderItemCustomData: "orderItemCustomData",
    orderItemSearch: "orderItemSearch",
    orderCustomDataRecord: "orderCustomDataRecord",
    orderItemCustomDataRecord: "orderItemCustomDataRecord",
    orderItemSearchResponse: "orderItemSearchResponse",
  };

  it("is a self-contained draft-07 schema that another validator compiles, accepting the documents' example and refusing what the schema refuses", () => {
    // One validator for the eight kinds, as the default one below: a new Ajv for each compiled its meta-schema again.
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajvFormats.default(ajv);
    for (const { kind } of kinds) {
      const schema = standardSchema(kind)["~standard"].jsonSchema.input({ target: "draft-07" });
      expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
      const check = ajv.compile(schema);
      expect(check(example(examples[kind])), `${kind}: ${JSON.stringify(check.errors)}`).toBe(true);
      expect(check(kind === "orderItemSearch" ? 5 : []), kind).toBe(false);
      expect(JSON.stringify(schema)).not.toMatch(/"errorMessage"|"tsType"|\.json#/);
    }
  });

  /**
   * Each kind's schema in each target compiled once by a default validator (`new Ajv()`, `new
   * Ajv2020()`), as a Fastify route takes it, with the notes its logger was given while compiling
   * it (Ajv's compiling is most of this file's time). A logger changes what Ajv logs, not what it
   * compiles: the strict-mode test and the notes test read one compile of each where each
   * compiled its own (16 compiles fewer: the notes test took 2.1 s, 0.9 with them shared).
   */
  const targets = [
    ["draft-07", Ajv],
    ["draft-2020-12", Ajv2020],
  ] as const;
  type Target = (typeof targets)[number][0];
  const compiledByTarget = new Map<string, { readonly check: ReturnType<Ajv["compile"]>; readonly notes: readonly string[] }>();
  let notesOfCompile: string[] = [];
  const defaultValidators = new Map<Target, Ajv>(targets.map(([target, Validator]) => [target, new Validator({ logger: { log: () => {}, warn: (note: unknown) => void notesOfCompile.push(String(note)), error: () => {} } })]));
  const compiledWithNotes = (kind: Kind, target: Target = "draft-07") => {
    let found = compiledByTarget.get(`${target} ${kind}`);
    if (found === undefined) {
      const notes: string[] = (notesOfCompile = []);
      compiledByTarget.set(`${target} ${kind}`, (found = { check: defaultValidators.get(target)!.compile(standardSchema(kind)["~standard"].jsonSchema.input({ target })), notes }));
    }
    return found;
  };
  const compiled = (kind: Kind, target: Target = "draft-07") => compiledWithNotes(kind, target).check;

  it("compiles in Ajv's default strict mode, as Fastify and a default new Ajv() take a body schema: no keyword of oms-lint's own in it, no format", () => {
    // x-oms-rule and x-oms-rules stood in it: 'strict mode: unknown keyword: "x-oms-rules"', and Fastify refused the route.
    // Then its formats (each a warning of ours) did: a default Ajv knows none ('unknown format "date-time" ignored in schema').
    // (strictTypes only logs, as of union types and a required without a type: the next test reads what it logged.)
    for (const [target] of targets) {
      for (const { kind } of kinds) {
        const check = compiled(kind, target);
        expect(check(example(examples[kind])), `${target} ${kind}: ${JSON.stringify(check.errors)}`).toBe(true);
      }
    }
  });

  // What the README says of Ajv's strict modes: the default logs strictTypes notes (a required or
  // properties with no type "object" beside it, union types) and compiles; strict: true refuses.
  // It had said "a validator in strict mode compiles it", which new Ajv({ strict: true }) does not.
  // README had "with strictTypes: false still the two record kinds, for strictRequired", which Ajv 8.20 compiles (audit of the service surface).
  it("a default Ajv compiles every kind, logging strictTypes notes; strict: true refuses every kind, and compiles every one with strictTypes: false", () => {
    for (const [target, Validator] of targets) {
      // One strict validator a target, as compiledWithNotes shares a default one: each new Ajv
      // compiled its meta-schema again (16 of them: ~0.3-0.7 CPU-s against ~0.07), and a refused
      // compile leaves nothing the next kind's reads (the same sixteen errors, word for word).
      const strict = new Validator({ strict: true, logger: false });
      const strictButTypes = new Validator({ strict: true, strictTypes: false, logger: false });
      for (const { kind } of kinds) {
        const schema = () => standardSchema(kind)["~standard"].jsonSchema.input({ target });
        const { check, notes } = compiledWithNotes(kind, target);
        expect(typeof check, `${target} ${kind}`).toBe("function");
        expect(notes.length, `${target} ${kind}`).toBeGreaterThan(0);
        expect(notes.every((note) => note.endsWith("(strictTypes)")), notes.join("\n")).toBe(true);
        expect(() => strict.compile(schema()), `${target} ${kind}`).toThrow(/^strict mode: /);
        expect(strictButTypes.compile(schema())(example(examples[kind])), `${target} ${kind}`).toBe(true);
      }
    }
  });

  // README had "65 for the eight kinds with Ajv 8.20", where a default new Ajv() and new Ajv2020() each logged 75
  // (found by the audit of the service surface): its figure, and each note's kind, are what they log.
  it("README's count of the strictTypes notes a default Ajv logs is what it logs, for each target", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8").replace(/\s+/g, " ");
    const total = /strictTypes notes as it does \((\d+) /.exec(readme);
    const byNote = /: (\d+) `missing type "object" for keyword "properties"`, (\d+) for `"required"`, (\d+) for `"additionalProperties"`, (\d+) `missing type "array" for keyword "items"`, (\d+) `missing type "number" for keyword "minimum"` and (\d+) of its union types/.exec(readme);
    expect(total, "README's figure of strictTypes notes").not.toBeNull();
    for (const [target] of targets) {
      const notes = kinds.flatMap(({ kind }) => compiledWithNotes(kind, target).notes);
      expect(notes.length, `${target}: all notes`).toBe(Number(total![1]));
      const count = (pattern: RegExp) => notes.filter((note) => pattern.test(note)).length;
      const counted = [/missing type "object" for keyword "properties"/, /missing type "object" for keyword "required"/, /missing type "object" for keyword "additionalProperties"/, /missing type "array" for keyword "items"/, /missing type "number" for keyword "minimum"/, /use allowUnionTypes/].map(count);
      expect(counted, `${target}: each kind of note`).toEqual(byNote?.slice(1).map(Number));
    }
  });

  // The schema a Fastify route takes refuses the body with a 400: a constraint that is our reading
  // or advice (a warning of validate()) must not stand in it. Create Order's own example sends
  // customerIP "0.1.2.3."; an implementation may have its own paymentType.
  it.each([
    ["the Create Order example's own customerIP", "/customerIP", "0.1.2.3."],
    ["an implementation's own paymentType", "/orderPayments/0/paymentMethod/paymentType", "ZZ"],
    ["an expectedDeliveryDate without a time", "/expectedDeliveryDate", "2026-12-24"],
    ["a listed locale in other letter case", "/locale", "en-us"],
    // 5.5, not 1.5: the example's tax of 1 on 1 × 1.5 is over 20%, tax-rate-cap's error whatever the quantity.
    ["a fractional quantity", "/orderItems/0/itemSpecifics/quantity", 5.5],
    ["a retailPrice written as text", "/orderItems/0/product/retailPrice", "2.00"],
    ["a customer's phone as a number", "/customer/phone1", 8885552147],
    ["an item without its product", "/orderItems/0/product", undefined],
    ["a product without availability", "/orderItems/0/product/availability", undefined],
  ])("takes what validate() only warns of: %s", (_name, path, replacement) => {
    const body = withValueAt(example("createOrder"), path, replacement);
    const found = validate("createOrder", body);
    expect(found.valid).toBe(true);
    expect(found.diagnostics.filter((d) => d.path.startsWith(path)).length).toBeGreaterThan(0);
    const check = compiled("createOrder");
    expect(check(body), JSON.stringify(check.errors)).toBe(true);
  });

  it("refuses nothing validate() takes: every value at every place of every kind's example, under a default Ajv", () => {
    // Five emoji: 5 code points, 10 UTF-16 units (a landingCode's minimum of 10 counts units).
    const replacements: readonly unknown[] = [-1, 0, 1.5, "", "x".repeat(300), "\u{1F600}".repeat(5), null, true, {}, [], undefined];
    for (const { kind } of kinds) {
      const check = compiled(kind);
      const base = example(examples[kind]);
      const refusedButValid: string[] = [];
      for (const path of pointers(base)) {
        for (const replacement of replacements) {
          if (path === "" && replacement === undefined) continue;
          const body = withValueAt(base, path, replacement);
          if (!check(body) && validate(kind, body).valid) refusedButValid.push(`${kind} ${path}=${JSON.stringify(replacement)?.slice(0, 12)}: ${JSON.stringify(check.errors?.[0])}`);
        }
      }
      expect(refusedButValid).toEqual([]);
    }
  });

  // A Fastify querystring gives a parameter given twice (?orderID=1&orderID=2) as an array, as Express's req.query
  // does: validate() reads it as the URL form reads the repeat, with search-repeated-parameter's warning, and
  // refuses it only when every value fails, whichever the OMS reads (found by the audit of what the library says:
  // the export refused every array, "must be string").
  it.each<[string, Record<string, unknown>]>([
    ["orderID given twice", { orderID: ["555555", "555556"] }],
    ["orderID given twice as numbers", { orderID: [555555, 555556] }],
    ["orderID given twice, one value a positive integer", { orderID: ["abc", "555555"] }],
    ["perPage given twice, one value within 1 to 100", { orderID: "555555", perPage: ["500", "20"] }],
    ["itemState given twice, one value a listed state", { orderID: "555555", itemState: ["NORMAL", "SHIPPED"] }],
    ["sortBy given twice, one a number", { orderID: "555555", sortBy: [5, "-orderItemID"] }],
    ["page given as an empty list, read as page= (a warning)", { orderID: "555555", page: [] }],
    ["orderID given once in a list", { orderID: ["555555"] }],
    // Sent as sortBy=5 and sortBy=1.5, text the documents' "sortBy string" takes: validate() warns of its syntax (seed 50).
    ["sortBy given once as an integer", { orderID: "555555", sortBy: 5 }],
    ["sortBy given once as a decimal", { orderID: "555555", sortBy: 1.5 }],
  ])("takes a search parameter given more than once that validate() takes: %s", (_name, query) => {
    expect(validate("orderItemSearch", query).valid).toBe(true);
    const check = compiled("orderItemSearch");
    expect(check(query), JSON.stringify(check.errors)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ["orderID given twice, neither a positive integer", { orderID: ["abc", "0"] }],
    ["perPage given twice, both past 100", { orderID: "555555", perPage: ["500", "101"] }],
    ["itemState given twice, neither a listed state", { orderID: "555555", itemState: ["SHIPPED", "LOST"] }],
    ["orderID given as a list holding null", { orderID: [null] }],
    ["orderID given as a list of lists", { orderID: [["555555"]] }],
  ])("refuses a search parameter given more than once whose every value fails, as validate() does: %s", (_name, query) => {
    expect(validate("orderItemSearch", query).valid).toBe(false);
    expect(compiled("orderItemSearch")(query)).toBe(false);
  });

  it("refuses no search with repeated parameters that validate() takes (the boundary between a value that passes and one that fails, in every parameter)", () => {
    // Each parameter's values on both sides of its stated constraints: alone as a URL's strings, in a list as strings and numbers.
    const strings = fc.constantFrom("1", "555555", "1,2", "0", "-1", "abc", "", "100", "101", "20", "NORMAL", "NORMAL,CANCELED", "SHIPPED", "-orderItemID", "+x,y");
    const listed = fc.oneof(strings, fc.constantFrom<unknown>(0, 1, 100, 101, 1.5, -1, null, true));
    const parameter = fc.constantFrom("orderID", "shipmentID", "retailerID", "manufacturerID", "catalogIDs", "itemState", "page", "perPage", "sortBy");
    const given = fc.oneof(strings, fc.constantFrom<unknown>(0, 5, 1.5, -1), fc.array(listed, { maxLength: 3 }));
    const query = fc.record({ orderID: given }).chain((base) => fc.dictionary(parameter, given, { maxKeys: 3 }).map((more) => ({ ...base, ...more })));
    const check = compiled("orderItemSearch");
    fc.assert(
      fc.property(query, (q) => {
        if (validate("orderItemSearch", q).valid) expect(check(q), `${JSON.stringify(q)}: ${JSON.stringify(check.errors)}`).toBe(true);
      }),
      { numRuns: 500, seed: 20261206 },
    );
  });

  it("also in draft 2020-12 ($defs), and the output schema is the input schema; other targets throw", () => {
    const props = standardSchema("createOrder")["~standard"];
    const schema = props.jsonSchema.output({ target: "draft-2020-12" });
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema).not.toHaveProperty("definitions");
    expect(JSON.stringify(schema)).not.toContain("#/definitions/");
    const ajv = new Ajv2020({ strict: false });
    ajvFormats.default(ajv);
    const check = ajv.compile(schema);
    expect(check(example("createOrder"))).toBe(true);
    expect(check({ ...(example("createOrder") as object), orderItems: "none" })).toBe(false);
    expect(props.jsonSchema.input({ target: "draft-07" })).toEqual(props.jsonSchema.output({ target: "draft-07" }));
    expect(() => props.jsonSchema.input({ target: "openapi-3.0" })).toThrow(/draft-07 and draft-2020-12/);
  });

  it("hands out a fresh copy each time", () => {
    const props = standardSchema("orderCustomData")["~standard"];
    const first = props.jsonSchema.input({ target: "draft-07" });
    (first.definitions as Record<string, unknown>).OrderCustomDataRequest = {};
    expect((props.jsonSchema.input({ target: "draft-07" }).definitions as Record<string, unknown>).OrderCustomDataRequest).not.toEqual({});
  });
});
