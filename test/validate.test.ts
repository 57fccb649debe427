import { describe, expect, it } from "vitest";
import { kinds, type Kind } from "../src/kinds/kinds.js";
import { orderItems } from "../src/domain/payloadParts.js";
import { fix, lintHttpFile, lintPostmanCollection, lintText, validate } from "../src/builtIn/linter.js";
import { standardSchema } from "../src/index.js";
import { createOrder, orderItem, orderWithItems } from "./support/payloads.js";

const kindNames = kinds.map((k) => k.kind);

describe("validate()", () => {
  it("lists every kind with a description", () => {
    expect(kindNames).toEqual([
      "createOrder", "importOrder", "orderCustomData", "orderItemCustomData", "orderItemSearch",
      "orderCustomDataRecord", "orderItemCustomDataRecord", "orderItemSearchResponse",
    ]);
    for (const k of kinds) expect(k.description.length).toBeGreaterThan(10);
  });

  it("a body handed over as its JSON text (express.text(), a raw request body): the finding says it is a string of JSON, not only that an object is wanted", () => {
    const text = JSON.stringify(createOrder());
    for (const [kind, body] of [["createOrder", text], ["importOrder", `  ${text}`], ["orderCustomData", '{"name": "a", "value": "b"}']] as const) {
      const { diagnostics } = validate(kind, body);
      expect(diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["schema", ""]]);
      expect(diagnostics[0]?.message).toMatch(/ must be (a JSON object|an object with name and value); this one is a string holding JSON text: parse it first \(JSON\.parse\), the body is the object it holds$/);
    }
    // Another string is only not an object: one that begins as JSON does but is none (`{x}`, `[Order ID]`, a `{{body}}` variable) too (audit).
    for (const other of ["order", "{x}", "[Order ID]", "{{body}}", "{", "[1]", " [] "]) {
      expect(validate("createOrder", other).diagnostics.map((d) => d.message), other).toEqual(["the Create Order body must be a JSON object"]);
    }
  });

  // Found by the audit of diagnostic wording: a search's string form is a URL or query string, so its
  // JSON text was read as one parameter named after the text ("orderID is required" and an unknown property).
  it("a search handed over as JSON text: one finding, saying to parse it first", () => {
    for (const text of ['{"orderID":"5"}', ' {"orderID":"5","perPage":"20"}', "{}"]) {
      const { diagnostics } = validate("orderItemSearch", text);
      expect(diagnostics.map((d) => [d.ruleId, d.severity, d.path]), text).toEqual([["schema", "error", ""]]);
      expect(diagnostics[0]?.message, text).toMatch(/^the search query must be an object of query parameters or a URL\/query string; this one is a string holding JSON text: parse it first \(JSON\.parse\), the search's parameters are the object it holds$/);
      expect(diagnostics[0]).not.toHaveProperty("parameter");
    }
    expect(validate("orderItemSearch", new String('{"orderID":"5"}')).diagnostics.map((d) => d.message)).toEqual([expect.stringContaining("parse it first")]);
    // An array's text is JSON text too, one finding, but it holds no object: nothing says to parse it for one (audit).
    for (const text of ['["?orderID=5"]', "[1]"]) {
      expect(validate("orderItemSearch", text).diagnostics.map((d) => d.message), text).toEqual(["the search query must be an object of query parameters or a URL/query string"]);
    }
    // A query string is still read as one, and so is a URL whose host is a variable, or text that is no JSON.
    expect(validate("orderItemSearch", "orderID=5&perPage=20").diagnostics).toEqual([]);
    expect(validate("orderItemSearch", "{{baseUrl}}/api/v2/orderItem/?orderID=5").diagnostics).toEqual([]);
    expect(validate("orderItemSearch", "[Order ID]").diagnostics.map((d) => d.message)).not.toContainEqual(expect.stringContaining("JSON text"));
  });

  it("an unknown kind is a TypeError that lists the kinds", () => {
    expect(() => validate("createOrders" as Kind, {})).toThrow(TypeError);
    expect(() => validate("createOrders" as Kind, {})).toThrow(/createOrder, importOrder/);
  });

  // Found by the newcomer audit: the ESLint plugin offered the nearest kind, the library and the CLI did not.
  it("a misspelt kind is a TypeError that offers the nearest kind, at every entry point that takes one", () => {
    // Each names its function (the service audit: a TypeError names the function, the argument and what it takes).
    const nearest = (fn: string) => new RegExp(`^${fn}: unknown kind "createorder" \\(did you mean "createOrder"\\?\\); the kinds are: createOrder, importOrder`);
    expect(() => validate("createorder" as Kind, {})).toThrow(nearest("validate"));
    expect(() => lintText("{}", { kind: "createorder" as Kind })).toThrow(nearest("lintText"));
    expect(() => fix("{}", "createorder" as Kind)).toThrow(nearest("fix"));
    expect(() => standardSchema("createorder" as Kind)).toThrow(nearest("standardSchema"));
    expect(() => validate(5 as unknown as Kind, {})).toThrow(/^validate: the kind must be the name of one: createOrder, .*; got the number 5$/);
  });

  // Found by the newcomer audit: a request file's lint, and a text whose kind was not told, put it in the file as a fatal finding.
  it("a misspelt rule id or a bad rule option is a TypeError at every entry point alike", () => {
    const entryPoints: [string, (rules: Record<string, unknown>) => unknown][] = [
      ["validate", (rules) => validate("createOrder", {}, { rules: rules as never })],
      ["lintText, the kind told", (rules) => lintText("{}", { kind: "createOrder", rules: rules as never })],
      ["lintText, the kind not told", (rules) => lintText("{}", { rules: rules as never })],
      ["fix", (rules) => fix("{}", "createOrder", { rules: rules as never })],
      ["lintHttpFile", (rules) => lintHttpFile("GET https://integration.shopatron.com/api/v2/order/1/customData\n", "a.http", { rules: rules as never })],
      ["lintPostmanCollection", (rules) => lintPostmanCollection('{"info": {}, "item": []}', "c.json", { rules: rules as never })],
    ];
    for (const [name, run] of entryPoints) {
      expect(() => run({ "request/path-parametr": "warn" }), name).toThrow(/unknown rule "request\/path-parametr" \(did you mean "request\/path-parameter"\?\)/);
      expect(() => run({ "tax-rate-cp": "off" }), name).toThrow(TypeError);
      expect(() => run({ "tax-rate-cap": ["warn", { a: 1 }] }), name).toThrow(TypeError);
    }
  });

  it("an unknown rule or a malformed level is a TypeError", () => {
    expect(() => validate("createOrder", {}, { rules: { "no-such-rule": "off" } })).toThrow(/unknown rule "no-such-rule"/);
    expect(() => validate("createOrder", {}, { rules: { "carrier-triplet": "on" as "off" } })).toThrow(TypeError);
  });

  it("counts errors and warnings, and is valid only without errors", () => {
    const result = validate("createOrder", {});
    expect(result.valid).toBe(false);
    expect(result.errorCount).toBe(result.diagnostics.filter((d) => d.severity === "error").length);
    expect(result.warningCount).toBe(result.diagnostics.length - result.errorCount);
    // The twelve missing required fields are one finding: the body is incomplete.
    expect(result.errorCount).toBe(1);
    expect(validate("createOrder", createOrder({ currency: "usd", sendEmail: "yes" })).errorCount).toBe(2);
  });

  it("turns a rule off, or down to a warning", () => {
    const order = createOrder({ shippingMethod: { carrier: "UPS" } });
    expect(validate("createOrder", order).errorCount).toBe(1);
    expect(validate("createOrder", order, { rules: { "carrier-triplet": "off" } }).errorCount).toBe(0);
    const warned = validate("createOrder", order, { rules: { "carrier-triplet": "warn" } });
    expect([warned.errorCount, warned.warningCount]).toEqual([0, 1]);
  });

  it("sees a payload changed between two calls (the parts rules share last one call)", () => {
    const order = orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "Y", partNumber: "Product0002" })]);
    expect(validate("createOrder", order).diagnostics.filter((d) => d.ruleId === "preorder-mix")).toEqual([]);
    ((order.orderItems as Record<string, Record<string, unknown>>[])[1]!.product as Record<string, unknown>).availability = "P";
    const mixed = validate("createOrder", order).diagnostics.filter((d) => d.ruleId === "preorder-mix");
    expect(mixed.map((d) => d.path)).toEqual(["/orderItems/1/product/availability"]);
    (order.orderItems as unknown[]).pop();
    expect(orderItems(order)).toHaveLength(1);
    expect(validate("createOrder", order).diagnostics.filter((d) => d.ruleId === "preorder-mix")).toEqual([]);
  });

  it("reports in document order", () => {
    const order = createOrder({ catalogID: -1, shippingMethod: { carrier: "UPS" }, customerIP: "x" });
    const paths = validate("createOrder", order).diagnostics.map((d) => d.path);
    expect(paths).toEqual(["/catalogID", "/shippingMethod/carrierType", "/customerIP"]);
  });

  // The properties (never throws on any JSON value, every path points into it) are in
  // test/fuzz/validate.fuzz.test.ts: `npm test` runs them briefly, `npm run fuzz` 100,000 times.

  it("treats __proto__ and constructor keys as data, leaving Object.prototype untouched", () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "orderItems": [{"__proto__": 1}]}');
    for (const kind of kindNames) validate(kind, value);
    validate("orderItemSearch", "orderID=1&__proto__=x&constructor=y");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
