import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fix, validate } from "../../src/builtIn/linter.js";
import { applyFix } from "../../src/fix/fix.js";
import { rules } from "../../rules/index.js";
import { createOrder, orderPayment, type Json, type JsonObject } from "../support/payloads.js";

const example = readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8");

/** The example's text with one passage replaced (the test's way to make a file as a person wrote it). */
function edited(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

const ruleIds = (messages: readonly { ruleId: string }[]) => messages.map((m) => m.ruleId);

describe("fix: the fixable rules", () => {
  const fixable = rules.filter((rule) => rule.meta.fixable === true).map((rule) => rule.meta.id);

  it("knows the rules whose meta says fixable", () => {
    expect(fixable.sort()).toEqual(["create-order-fields", "max-amount-null-preferred", "read-only-ids", "read-only-shipping-fields"]);
  });

  it("documents the fix of each on its docs page", () => {
    for (const id of fixable) {
      const page = readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), "utf8");
      expect(page).toMatch(/\*\*Fixable:\*\* yes/);
      expect(page).toMatch(/^## Fix$/m);
    }
  });
});

describe("fix: read-only-shipping-fields", () => {
  const before = edited(
    example,
    `  "shippingMethod": {
    "shippingType": "standard",
    "shippingClass": "Standard"
  },`,
    `  "shippingMethod": {
    "name": "Ground",
    "shippingType": "standard",
    "price": 5.99,
    "shippingClass": "Standard",
    "description": { "text": "3-5 days" }
  },`,
  );

  it("removes name, price and description wherever they stand, and nothing else", () => {
    const result = fix(before, "createOrder");
    expect(result.output).toBe(example);
    expect(result.fixed).toEqual([
      { ruleId: "read-only-shipping-fields", path: "/shippingMethod/name" },
      { ruleId: "read-only-shipping-fields", path: "/shippingMethod/price" },
      { ruleId: "read-only-shipping-fields", path: "/shippingMethod/description" },
    ]);
    expect(result.remaining).toEqual([]);
    expect(result.kind).toBe("createOrder");
  });

  it("leaves the rest of an oddly formatted object byte for byte", () => {
    const odd = edited(
      example,
      `  "shippingMethod": {
    "shippingType": "standard",
    "shippingClass": "Standard"
  },`,
      `  "shippingMethod": {   "shippingType":"standard" ,"name" : "Ground"  ,
        "shippingClass":   "Standard", "price":5.99 },`,
    );
    const { output } = fix(odd, "createOrder");
    expect(output).toBe(
      edited(
        example,
        `  "shippingMethod": {
    "shippingType": "standard",
    "shippingClass": "Standard"
  },`,
        `  "shippingMethod": {   "shippingType":"standard"  ,
        "shippingClass":   "Standard" },`,
      ),
    );
  });

  it("does not remove the only property (the shippingMethod would say nothing of how to ship); its suggestion, applied, leaves {}", () => {
    const only = edited(example, `"shippingType": "standard",\n    "shippingClass": "Standard"`, `"price": 5.99`);
    expect(fix(only, "createOrder").output).toBe(only);
    const price = validate("createOrder", JSON.parse(only)).diagnostics.find((d) => d.ruleId === "read-only-shipping-fields");
    expect(applyFix(only, price!.suggestion!)).toBe(edited(example, `{\n    "shippingType": "standard",\n    "shippingClass": "Standard"\n  }`, "{}"));
  });

  it("keeps CRLF line ends", () => {
    const crlf = before.replace(/\n/g, "\r\n");
    expect(fix(crlf, "createOrder").output).toBe(example.replace(/\n/g, "\r\n"));
  });
});

describe("fix: read-only-ids", () => {
  it("sets the createOrder IDs the OMS ignores to null, in place", () => {
    const before = edited(edited(example, `"customerID": null,\n    "firstName"`, `"customerID": 42,\n    "firstName"`), `"orderID": null`, `"orderID": 555555`);
    const result = fix(before, "createOrder");
    expect(result.output).toBe(example);
    expect(result.fixed).toEqual([
      { ruleId: "read-only-ids", path: "/customer/customerID" },
      { ruleId: "read-only-ids", path: "/orderID" },
    ]);
  });

  it("leaves the IDs of a custom data body: that they come from the URL is our reading (evidence inferred), so their removal is a suggestion", () => {
    const before = `{\n  "orderCustomDataID": 111111,\n  "name": "Example Data",\n  "value": "This is sample custom data.",\n  "orderID": 5\n}\n`;
    const result = fix(before, "orderCustomData");
    expect(result.output).toBe(before);
    expect(result.remaining.map((d) => [d.ruleId, d.path, d.evidence])).toEqual([
      ["read-only-ids", "/orderCustomDataID", "inferred"],
      ["read-only-ids", "/orderID", "inferred"],
    ]);
    // One at a time, validate()'s suggestion does what it says.
    const [suggested] = validate("orderCustomData", JSON.parse(before)).diagnostics;
    expect(suggested).toMatchObject({ path: "/orderCustomDataID", suggestion: { path: "/orderCustomDataID", remove: true } });
    expect(JSON.parse(applyFix(before, suggested!.suggestion!))).toEqual({ name: "Example Data", value: "This is sample custom data.", orderID: 5 });
  });
});

describe("fix: max-amount-null-preferred", () => {
  const payments = (cc: Json, pp: Json) =>
    JSON.stringify(createOrder({ orderPayments: [orderPayment({}, { maxAmount: cc }), orderPayment({ paymentType: "PP", cardIssuer: null }, { maxAmount: pp })] }), null, 2);

  it("turns -1 into null on the payment types the documents name, and leaves -1 on the others", () => {
    const result = fix(payments(-1, -1), "createOrder");
    expect(result.output).toBe(payments(null, -1));
    expect(result.fixed).toEqual([{ ruleId: "max-amount-null-preferred", path: "/orderPayments/0/maxAmount" }]);
  });
});

describe("fix: what is only our reading (a suggestion, never written)", () => {
  const importExample = readFileSync(new URL("../../examples/importOrder.json", import.meta.url), "utf8");
  // The audit's file: a historic order's real shipping price, and the import document's own maxAmount -1.
  const priced = edited(importExample, `"shippingType": "standard"`, `"shippingType": "standard", "shippingClass": "Standard", "name": "UPS Ground", "price": 7.95`);

  it("leaves an import's shipping name, price and maxAmount -1 as they are, and still reports them", () => {
    const result = fix(priced, "importOrder");
    expect(result.output).toBe(priced);
    expect(result.fixed).toEqual([]);
    const inferred = result.remaining.filter((m) => m.ruleId === "create-order-fields" || m.ruleId === "max-amount-null-preferred");
    expect(inferred.map((m) => [m.ruleId, m.path, m.evidence])).toEqual([
      ["create-order-fields", "/shippingMethod/name", "inferred"],
      ["create-order-fields", "/shippingMethod/price", "inferred"],
      ["max-amount-null-preferred", "/orderPayments/0/maxAmount", "inferred"],
    ]);
    // Offered one at a time, as an editor's quick fix: a suggestion, not a fix.
    for (const m of inferred) expect([m.fix, m.suggestion !== undefined]).toEqual([undefined, true]);
  });
});

describe("fix: what it does not touch", () => {
  it("strips a leading byte order mark, and nothing else of a clean file", () => {
    expect(fix("\uFEFF" + example, "createOrder")).toEqual({ output: example, fixed: [{ ruleId: "bom", path: "" }], remaining: [], kind: "createOrder" });
    expect(fix(example, "createOrder")).toEqual({ output: example, fixed: [], remaining: [], kind: "createOrder" });
  });

  it("tells the kind from the content when none is given, and then makes only the fixes an import would get too", () => {
    const before = edited(example, `"orderID": null`, `"orderID": 1`);
    const result = fix(before);
    expect(result.kind).toBe("createOrder");
    // A Historic Order Import without its orderStatus reads the same: orderKindFromContent.test.ts.
    expect(result.output).toBe(before);
  });

  it("does not fix a rule the configuration turns off", () => {
    const before = edited(example, `"orderID": null`, `"orderID": 1`);
    const result = fix(before, "createOrder", { rules: { "read-only-ids": "off" } });
    expect(result.output).toBe(before);
    expect(result.fixed).toEqual([]);
  });

  it("does not fix a value whose key is repeated (which one the OMS reads is unknown)", () => {
    const before = edited(example, `"orderID": null`, `"orderID": 1, "orderID": 2`);
    const result = fix(before, "createOrder");
    expect(result.output).toBe(before);
    expect(ruleIds(result.remaining)).toContain("duplicate-key");
    expect(ruleIds(result.remaining)).toContain("read-only-ids");
  });

  // Found by the audit of what oms-lint writes: the mark was stripped from every text, so
  // `--fix .` rewrote files it reported as no payload, or as no JSON at all, without a word.
  describe("strips a byte order mark only from a payload: text that parses, of a kind known or given", () => {
    const appSettings = `{"Logging":{"LogLevel":{"Default":"Information"}}}`;
    const placeholder = `{ "externalOrderID": "A", "manufacturerID": MFG_ID }`;
    it.each([
      ["text that is not JSON, its kind given", placeholder, "createOrder", "parse", "createOrder"],
      ["text that is not JSON, no kind given", `{"broken":`, undefined, "parse", null],
      ["JSON whose kind cannot be told", appSettings, undefined, "kind", null],
      ["the mark alone (an empty file)", "", undefined, "parse", null],
    ] as const)("%s: left byte for byte, nothing said fixed, and the finding that says why", (_, text, kind, ruleId, fixedAs) => {
      const result = fix("\uFEFF" + text, kind);
      expect(result.output).toBe("\uFEFF" + text);
      expect(result.fixed).toEqual([]);
      expect(result.kind).toBe(fixedAs);
      expect(ruleIds(result.remaining)).toEqual([ruleId]);
    });

    it.each([
      ["a payload whose kind is told from its content", example, undefined, "createOrder"],
      ["JSON whose kind is given", appSettings, "orderCustomData", "orderCustomData"],
    ] as const)("%s: stripped", (_, text, kind, fixedAs) => {
      const result = fix("\uFEFF" + text, kind);
      expect(result.output).toBe(text);
      expect(result.fixed).toEqual([{ ruleId: "bom", path: "" }]);
      expect(result.kind).toBe(fixedAs);
    });
  });

  it("reports what it cannot fix, placed in the fixed text", () => {
    const before = edited(edited(example, `"orderID": null`, `"orderID": 1`), `"customerIP": "88.152.11.125"`, `"customerIP": "10.0.0.1"`);
    const result = fix(before, "createOrder");
    expect(ruleIds(result.remaining)).toEqual(["customer-ip-range"]);
    const line = result.output.split("\n").findIndex((l) => l.includes(`"customerIP"`)) + 1;
    expect(result.remaining[0]!.line).toBe(line);
  });

  it("is idempotent: fixing a fixed text changes nothing", () => {
    const order = createOrder({ orderID: 3, shippingMethod: { price: 1, shippingType: "standard", name: "x" } }) as JsonObject;
    const once = fix(JSON.stringify(order, null, 4), "createOrder");
    const twice = fix(once.output, "createOrder");
    expect(twice.output).toBe(once.output);
    expect(twice.fixed).toEqual([]);
  });
});

// Found by the audit of every surface: applyFix threw an internal TypeError on a text whose byte
// order mark stood right before its "{" (the token scanner read the mark and the brace as one).
describe("applyFix on a text that begins with a byte order mark", () => {
  const body = JSON.stringify({ externalOrderID: "x", orderID: 5, shippingMethod: { name: "Ground", carrier: "UPS" } });
  it.each([
    ["a value's edit", { path: "/orderID", value: null }, { externalOrderID: "x", orderID: null, shippingMethod: { name: "Ground", carrier: "UPS" } }],
    ["a removal", { path: "/shippingMethod/name", remove: true }, { externalOrderID: "x", orderID: 5, shippingMethod: { carrier: "UPS" } }],
    ["an edit whose place is not in the text", { path: "/nowhere", value: null }, JSON.parse(body)],
  ] as const)("%s: made as without the mark, and the mark kept", (_, edit, expected) => {
    for (const between of ["", " ", "\n"]) {
      const output = applyFix(`\uFEFF${between}${body}`, edit as never);
      expect(output.startsWith(`\uFEFF${between}{`), JSON.stringify(between)).toBe(true);
      expect(JSON.parse(output.slice(1))).toEqual(expected);
      expect(output.slice(1)).toBe(applyFix(`${between}${body}`, edit as never));
    }
  });
});
