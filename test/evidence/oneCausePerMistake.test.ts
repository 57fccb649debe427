import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/builtIn/linter.js";
import type { Kind } from "../../src/kinds/kinds.js";
import { runCli } from "../support/cli.js";
import { createOrder, edited, importOrder, orderItem, orderPayment, orderWithItems, orderWithPayments, type Json, type JsonObject } from "../support/payloads.js";

/** The value at a JSON Pointer of a payload built here (plain keys). */
function at(value: unknown, pointer: string): Json {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value) as Json;
}

/** A copy of the payload with the field at `from` put at `to` instead (one mistake: a field in the wrong object). */
function moved(value: JsonObject, from: string, to: string): JsonObject {
  return edited(edited(value, { [to]: at(value, from) }), { [from]: undefined }) as JsonObject;
}

/** A row: one mistake in a payload, and the one finding a user should see for it. */
interface Row {
  readonly name: string;
  readonly kind: Kind;
  readonly text: string;
  readonly ruleId: string;
  readonly path: string;
  readonly message: RegExp;
  /** What the finding's line holds (its key, or its value)… */
  readonly line: string;
  /** …the how-manieth time from the top (0: the first). */
  readonly nth?: number;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
/** The documents' import example without the two warnings its values draw (customerIP 0.0.0.0; a maxAmount -1, Create Order's advice, our reading there). */
const cleanImport = edited(importOrder(), { "/orderPayments/0/maxAmount": null, "/customerIP": "88.152.11.125" }) as JsonObject;
const twoItems = orderWithItems([orderItem(), orderItem({ partNumber: "Product0002" })]);
const twoPayments = orderWithPayments([orderPayment(), orderPayment({ cardNumber: "4222222222222" })]);
const forced = orderWithItems([orderItem({ itemTaxOverride: 0.1 }), orderItem({ partNumber: "Product0002", itemTaxOverride: 0.1 })], { forceItemTaxOverride: true });
const forcedOne = orderWithItems([orderItem({ itemTaxOverride: 0.1 })], { forceItemTaxOverride: true });

const misplaced: readonly Row[] = [
  ...(["createOrder", "importOrder"] as const).map((kind) => ({
    name: `${kind}: customerIP put in the customer`,
    kind,
    text: pretty(moved(kind === "createOrder" ? createOrder() : cleanImport, "/customerIP", "/customer/customerIP")),
    ruleId: "schema",
    path: "/customer/customerIP",
    message: /^customerIP is required .*; "customerIP" stands here, at \/customer\/customerIP, where the schemas do not know it: it belongs at \/customerIP$/,
    line: '"customerIP"',
  })),
  {
    name: "sendEmail put in the customer",
    kind: "createOrder",
    text: pretty(moved(createOrder(), "/sendEmail", "/customer/sendEmail")),
    ruleId: "schema",
    path: "/customer/sendEmail",
    message: /^sendEmail is required .*: it belongs at \/sendEmail$/,
    line: '"sendEmail"',
  },
  {
    name: "shippingAddress put in the shipping method",
    kind: "createOrder",
    text: pretty(moved(createOrder(), "/shippingAddress", "/shippingMethod/shippingAddress")),
    ruleId: "schema",
    path: "/shippingMethod/shippingAddress",
    message: /^shippingAddress is required .*: it belongs at \/shippingAddress$/,
    line: '"shippingAddress"',
  },
  ...[0, 1].map((index) => ({
    name: `billingAddress on orderPayments[${index}] beside its paymentMethod`,
    kind: "createOrder" as const,
    text: pretty(moved(twoPayments, `/orderPayments/${index}/paymentMethod/billingAddress`, `/orderPayments/${index}/billingAddress`)),
    ruleId: "schema",
    path: `/orderPayments/${index}/billingAddress`,
    message: new RegExp(`^paymentMethod\\.billingAddress is required .*: it belongs at /orderPayments/${index}/paymentMethod/billingAddress$`),
    line: '"billingAddress"',
    nth: index,
  })),
  ...[0, 1].map((index) => ({
    name: `quantity of orderItems[${index}] put in its product`,
    kind: "createOrder" as const,
    text: pretty(moved(twoItems, `/orderItems/${index}/itemSpecifics/quantity`, `/orderItems/${index}/product/quantity`)),
    ruleId: "schema/line-item-crucial",
    path: `/orderItems/${index}/product/quantity`,
    message: new RegExp(`^itemSpecifics\\.quantity is missing.*: it belongs at /orderItems/${index}/itemSpecifics/quantity$`),
    line: '"quantity"',
    nth: index,
  })),
  ...[0, 1].map((index) => ({
    name: `itemTaxOverride of orderItems[${index}] on the item, under forceItemTaxOverride`,
    kind: "createOrder" as const,
    text: pretty(moved(forced, `/orderItems/${index}/itemSpecifics/itemTaxOverride`, `/orderItems/${index}/itemTaxOverride`)),
    ruleId: "force-item-tax-override",
    path: `/orderItems/${index}/itemTaxOverride`,
    message: new RegExp(`^forceItemTaxOverride is true.*: it belongs at /orderItems/${index}/itemSpecifics/itemTaxOverride$`),
    line: '"itemTaxOverride"',
    nth: index,
  })),
  {
    name: "the one item's itemTaxOverride on the order, under forceItemTaxOverride",
    kind: "createOrder",
    text: pretty(moved(forcedOne, "/orderItems/0/itemSpecifics/itemTaxOverride", "/itemTaxOverride")),
    ruleId: "force-item-tax-override",
    path: "/itemTaxOverride",
    message: /^forceItemTaxOverride is true.*: it belongs at \/orderItems\/0\/itemSpecifics\/itemTaxOverride$/,
    line: '"itemTaxOverride"',
  },
  {
    name: "a payment method's field on the order, where nothing lacks it: where that name is allowed",
    kind: "createOrder",
    text: pretty(createOrder({ cardNumber: "4111111111111111" })),
    ruleId: "unknown-property",
    path: "/cardNumber",
    message: /^unknown property "cardNumber" here: the schemas know cardNumber only at \/orderPayments\/<n>\/paymentMethod\/cardNumber\b/,
    line: '"cardNumber"',
    nth: 1,
  },
];

/**
 * customerID and customerCustomDataID are said to be ignored: their value is moot, leave it out.
 * orderID is only advised read-only ("best to treat it as read-only"), and the document states
 * its type and minimum: a value the OMS may refuse is the schema's error, the advice comes after.
 */
const readOnlyValues: readonly Row[] = [
  { field: "/orderID", value: "abc", ruleId: "schema", message: /^orderID must be an integer or null \(the documents: integer, minimum value 1\)$/ },
  { field: "/orderID", value: 0, ruleId: "schema", message: /^orderID must be 1 or more \(the documents: minimum value 1\)$/ },
  { field: "/customer/customerID", value: true, ruleId: "read-only-ids", message: /^customerID is set by the OMS; a value is ignored/ },
  { field: "/customer/customerCustomDataID", value: {}, ruleId: "read-only-ids", message: /^customerCustomDataID is set by the OMS; a value is ignored/ },
].map(({ field, value, ruleId, message }) => ({
  name: `createOrder ${field} ${JSON.stringify(value)}`,
  kind: "createOrder" as const,
  text: pretty(edited(createOrder(), { [field]: value as Json })),
  ruleId,
  path: field,
  message,
  line: `"${field.split("/").at(-1)}"`,
}));

/**
 * A custom data body's IDs are said to be assumed from the header, not that a value sent there
 * is ignored, and the documents state their type and minimum ("orderID integer … The minimum
 * value is “1”"): a value the OMS may refuse is the schema's error, the advice comes after.
 */
const customDataIds: readonly Row[] = [
  { kind: "orderCustomData" as const, field: "orderCustomDataID", value: "x", message: /^orderCustomDataID must be an integer/ },
  { kind: "orderCustomData" as const, field: "orderID", value: -5, message: /^orderID must be 1 or more/ },
  { kind: "orderItemCustomData" as const, field: "itemID", value: "x", message: /^itemID must be an integer or null \(the documents: integer, minimum value 1\)/ },
].map(({ kind, field, value, message }) => ({
  name: `${kind} ${field} ${JSON.stringify(value)}`,
  kind,
  text: pretty({ name: "giftNote", value: "hello", [field]: value }),
  ruleId: "schema",
  path: `/${field}`,
  message,
  line: `"${field}"`,
}));

/** An integer beyond 2^53 in place of `field`'s value (the digits as written). */
function unsafeAt(value: JsonObject, field: string): string {
  return pretty(edited(value, { [field]: "@@" })).replace('"@@"', "98765432109876543210");
}

const unsafeIntegers: readonly Row[] = [
  { kind: "createOrder" as const, value: createOrder(), field: "/externalOrderID", message: /^externalOrderID must be a string/ },
  { kind: "createOrder" as const, value: createOrder(), field: "/locale", message: /^locale must be/ },
  { kind: "importOrder" as const, value: cleanImport, field: "/customerIP", message: /^customerIP must be/ },
  { kind: "createOrder" as const, value: twoPayments, field: "/orderPayments/1/paymentMethod/cardIssuer", message: /^cardIssuer must be/ },
  { kind: "orderCustomData" as const, value: { name: "giftNote", value: "x" }, field: "/value", message: /^value must be a string/ },
].map(({ kind, value, field, message }) => ({
  name: `${kind} ${field} beyond 2^53`,
  kind,
  text: unsafeAt(value, field),
  ruleId: "schema",
  path: field,
  message,
  line: "98765432109876543210",
}));

/** A finding expected at `path`, on the line that starts with `line` (the how-manieth: `nth`, counted after the line that starts with `after`). */
interface Placed {
  readonly ruleId: string;
  readonly path: string;
  readonly message: RegExp;
  readonly line: string;
  readonly nth?: number;
  readonly after?: string;
}

/** A payload in which one key could stand for a field that two objects lack, and the findings it gets. */
interface SharedKeyRow {
  readonly name: string;
  readonly kind: Kind;
  readonly value: JsonObject;
  readonly found: readonly Placed[];
}

const crucial = "schema/line-item-crucial";
const lacking = (item: JsonObject, ...fields: string[]) => edited(item, Object.fromEntries(fields.map((field) => [`/itemSpecifics/${field}`, undefined]))) as JsonObject;
const item = (index: number, ...without: string[]) => lacking(orderItem({ partNumber: `Product000${index + 1}` }), ...without);
const itemLacksBoth = (index: number): Placed => ({
  ruleId: crucial,
  path: `/orderItems/${index}/itemSpecifics`,
  message: /^itemSpecifics lacks 2 fields: itemSpecifics\.actualPrice is missing: [^;]*; itemSpecifics\.quantity is missing: [^;]*$/,
  line: '      "itemSpecifics": {',
  nth: index,
});
const itemLacksQuantity = (index: number): Placed => ({
  ruleId: crucial,
  path: `/orderItems/${index}/itemSpecifics/quantity`,
  message: /^itemSpecifics\.quantity is missing: [^;]*$/,
  line: '      "itemSpecifics": {',
  nth: index,
});
const unknownAt = (name: string, knownAt: string, line: string): Placed => ({
  ruleId: "unknown-property",
  path: `/${name}`,
  message: new RegExp(`^unknown property "${name}" here: the schemas know ${name} only at ${knownAt.replace(/[<>]/g, "\\$&")}\\b`),
  line,
});
const quantityOnOrder = unknownAt("quantity", "/orderItems/<n>/itemSpecifics/quantity", '  "quantity": 5');
const lacksBothAt = (ruleId: string, list: string, index: number, first: string, second: string): Placed => ({
  ruleId,
  path: `/${list}/${index}`,
  // Its fields' own messages hold semicolons; neither field is said to stand elsewhere.
  message: new RegExp(`^(?!.*stands here)${list}\\[${index}\\] lacks 2 fields: ${first}[: ].*; ${second}[: ]`),
  line: "    {",
  nth: index,
  after: `  "${list}": [`,
});
const external = { fraudType: "EXTERNAL", fraudTransactionID: "t-1" };
/** The documents' search response example: two order item records. */
const searchResponse = JSON.parse(readFileSync(new URL("../../examples/orderItemSearchResponse.json", import.meta.url), "utf8")) as JsonObject;

/**
 * Found by the review of 882326a: an object lacking two fields placed its misplaced keys by
 * itself, so that two objects (or one, and the pass over the other findings) each moved its
 * finding to the same key: two findings at /quantity, each saying it belongs elsewhere.
 */
const sharedKeys: readonly SharedKeyRow[] = [
  {
    name: "each item lacks quantity and actualPrice, one quantity on the order",
    kind: "createOrder",
    value: orderWithItems([item(0, "quantity", "actualPrice"), item(1, "quantity", "actualPrice")], { quantity: 5 }),
    found: [itemLacksBoth(0), itemLacksBoth(1), quantityOnOrder],
  },
  {
    name: "item 0 lacks quantity, item 1 quantity and actualPrice, one quantity on the order",
    kind: "createOrder",
    value: orderWithItems([item(0, "quantity"), item(1, "quantity", "actualPrice")], { quantity: 5 }),
    found: [itemLacksQuantity(0), itemLacksBoth(1), quantityOnOrder],
  },
  {
    name: "item 0 lacks quantity and actualPrice, item 1 quantity, one quantity on the order",
    kind: "createOrder",
    value: orderWithItems([item(0, "quantity", "actualPrice"), item(1, "quantity")], { quantity: 5 }),
    found: [itemLacksBoth(0), itemLacksQuantity(1), quantityOnOrder],
  },
  {
    name: "each item lacks quantity alone, one quantity on the order (as before 882326a)",
    kind: "createOrder",
    value: orderWithItems([item(0, "quantity"), item(1, "quantity")], { quantity: 5 }),
    found: [itemLacksQuantity(0), itemLacksQuantity(1), quantityOnOrder],
  },
  {
    name: "only item 1 lacks quantity and actualPrice, one quantity on the order: the quantity is item 1's",
    kind: "createOrder",
    value: orderWithItems([item(0), item(1, "quantity", "actualPrice")], { quantity: 5 }),
    found: [
      { ruleId: crucial, path: "/orderItems/1/itemSpecifics/actualPrice", message: /^itemSpecifics\.actualPrice is missing: [^;]*$/, line: '      "itemSpecifics": {', nth: 1 },
      { ruleId: crucial, path: "/quantity", message: /^itemSpecifics\.quantity is missing: .*; "quantity" stands here, at \/quantity, where the schemas do not know it: it belongs at \/orderItems\/1\/itemSpecifics\/quantity$/, line: '  "quantity": 5' },
    ],
  },
  {
    name: "two EXTERNAL fraudData entries without fraudScore and fraudState, one of each on the order",
    kind: "createOrder",
    value: createOrder({ fraudData: [external, external], fraudScore: 0, fraudState: "ACCEPTED" }),
    found: [
      lacksBothAt("schema/external-fraud", "fraudData", 0, "fraudScore is missing", "fraudState is missing"),
      lacksBothAt("schema/external-fraud", "fraudData", 1, "fraudScore is missing", "fraudState is missing"),
      unknownAt("fraudScore", "/fraudData/<n>/fraudScore", '  "fraudScore": 0'),
      unknownAt("fraudState", "/fraudData/<n>/fraudState", '  "fraudState": "ACCEPTED"'),
    ],
  },
  {
    name: "two search response records without orderItemID and orderID, one orderID beside the collection (no unknown-property on a response)",
    kind: "orderItemSearchResponse",
    value: edited(searchResponse, { "/collection/0/orderItemID": undefined, "/collection/0/orderID": undefined, "/collection/1/orderItemID": undefined, "/collection/1/orderID": undefined, "/orderID": 555555 }) as JsonObject,
    found: [
      lacksBothAt("schema/response-shape", "collection", 0, "orderItemID", "orderID"),
      lacksBothAt("schema/response-shape", "collection", 1, "orderItemID", "orderID"),
    ],
  },
];

describe("one mistake, one finding, at the place to fix (validate(), lintText and the CLI alike)", () => {
  const table = (rows: readonly Row[]) =>
    it.each(rows.map((row) => [row.name, row]))("%s", async (_name, row) => {
      const lines = row.text.split("\n").flatMap((l, index) => (l.includes(row.line) ? [index + 1] : []));
      const line = lines[row.nth ?? 0];
      const messages = lintText(row.text, { kind: row.kind }).messages;
      expect(messages.map((m) => [m.ruleId, m.path, m.line])).toEqual([[row.ruleId, row.path, line]]);
      expect(messages[0]?.message).toMatch(row.message);
      // validate() on the parsed value: the same one finding (an unsafe integer then already rounded).
      const found = validate(row.kind, JSON.parse(row.text)).diagnostics;
      expect(found.map((d) => [d.ruleId, d.path, d.message])).toEqual([[row.ruleId, row.path, messages[0]?.message]]);
      const cli = await runCli(["--stdin", "--stdin-filename", "payload.json", "--kind", row.kind, "--format", "json"], { input: row.text });
      const [file] = JSON.parse(cli.stdout) as { messages: { ruleId: string; path: string; line: number }[] }[];
      expect(file?.messages.map((m) => [m.ruleId, m.path, m.line])).toEqual([[row.ruleId, row.path, line]]);
    });

  describe("a field put in the wrong object: one finding at the misplaced key, saying where it belongs", () => table(misplaced));
  describe("a wrong value in a field the documents say is ignored: leave it out (its type is moot); where they state the type and minimum of a field only advised read-only or taken from the URL, those are errors", () => table(readOnlyValues.concat(customDataIds)));
  describe("an integer beyond 2^53 where the documents take no number: the schema's type finding", () => table(unsafeIntegers));

  it("an integer beyond 2^53 where only our reading takes no number is unsafe-integer's one finding; in a read-only field, read-only-ids'", () => {
    const rows = [
      [createOrder(), "/customer/firstName", "unsafe-integer"],
      [twoItems, "/orderItems/1/product/partNumber", "unsafe-integer"],
      [twoItems, "/orderItems/0/itemSpecifics/externalItemID", "unsafe-integer"],
      [cleanImport, "/customOrderData/Custom Data Key 1", "unsafe-integer"],
      [createOrder(), "/customer/customerID", "read-only-ids"],
      [createOrder(), "/shippingMethod/price", "read-only-shipping-fields"],
    ] as const;
    for (const [order, field, ruleId] of rows) {
      const kind = order === cleanImport ? "importOrder" : "createOrder";
      const text = unsafeAt(order, field);
      expect(lintText(text, { kind }).messages.map((m) => [m.ruleId, m.path]), field).toEqual([[ruleId, field]]);
      expect(validate(kind, JSON.parse(text)).diagnostics.map((d) => [d.ruleId, d.path]), field).toEqual([[ruleId, field]]);
    }
  });

  it("a finding of another cause at the same place stands beside it", () => {
    // On an import, that price is to be left out only by our reading of Create Order's words: its rounding is not moot.
    const price = unsafeAt(edited(cleanImport, { "/shippingMethod/price": 1 }) as JsonObject, "/shippingMethod/price");
    expect(lintText(price, { kind: "importOrder" }).messages.map((m) => [m.ruleId, m.path])).toEqual([
      ["create-order-fields", "/shippingMethod/price"],
      ["unsafe-integer", "/shippingMethod/price"],
    ]);
    // Where a number belongs, the number beyond 2^53 is unsafe-integer's own finding.
    const catalog = unsafeAt(createOrder(), "/catalogID");
    expect(lintText(catalog, { kind: "createOrder" }).messages.map((m) => [m.ruleId, m.path])).toEqual([["unsafe-integer", "/catalogID"]]);
    // A read-only field written twice: leave it out, and the repeat is a cause of its own.
    const twice = pretty(edited(createOrder(), { "/orderID": 5 })).replace('"orderID": 5', '"orderID": 5,\n  "orderID": 6');
    expect(lintText(twice, { kind: "createOrder" }).messages.map((m) => [m.ruleId, m.path]).sort()).toEqual([
      ["duplicate-key", "/orderID"],
      ["read-only-ids", "/orderID"],
    ]);
  });

  // Found in review: unknown-property's "did you mean" also answers a name that abbreviates a
  // known one (actual for actualPrice); the missing field's finding must find that key the same way.
  // (It was price, which leaves out actualPrice's first word: no abbreviation since fix-suggest.)
  it("a key that abbreviates a missing field (actual for actualPrice) is that field's one finding, at the key", () => {
    const order = createOrder() as JsonObject & { orderItems: JsonObject[] };
    const specifics = order.orderItems[0]!.itemSpecifics as JsonObject;
    specifics.actual = specifics.actualPrice!;
    delete specifics.actualPrice;
    const found = validate("createOrder", order).diagnostics;
    expect(found.map((d) => [d.ruleId, d.severity, d.path])).toEqual([["schema/line-item-crucial", "warning", "/orderItems/0/itemSpecifics/actual"]]);
    expect(found[0]?.message).toContain("itemSpecifics.actualPrice is missing");
    expect(found[0]?.message).toContain('"actual" stands in its place: did you mean actualPrice?');
  });

  it("any field of either order put in the customer, the shipping address or the shipping method is one finding at that key, naming where it belongs", () => {
    for (const [kind, order] of [["createOrder", createOrder()], ["importOrder", cleanImport]] as const) {
      for (const into of ["customer", "shippingAddress", "shippingMethod"]) {
        for (const field of Object.keys(order).filter((f) => f !== into)) {
          const found = validate(kind, moved(order, `/${field}`, `/${into}/${field}`)).diagnostics;
          expect(found.map((d) => d.path), `${kind} ${field} in ${into}`).toEqual([`/${into}/${field}`]);
          // Required there: the missing field's finding, saying so; else unknown-property's, saying where the name is known,
          // unless it is known there only as a read-only field (Create Order's orderID, "best to treat it as read-only"): no destination.
          const offered = new RegExp(`(it belongs at|only at[^(]*) /${field}\\b`);
          if (kind === "createOrder" && field === "orderID") expect(found[0]?.message, `${kind} ${field} in ${into}`).not.toMatch(offered);
          else expect(found[0]?.message, `${kind} ${field} in ${into}`).toMatch(offered);
        }
      }
    }
  });

  describe("a key two missing fields could stand for moves neither, whether they are missing alone or beside other fields of their objects", () => {
    it.each(sharedKeys.map((row) => [row.name, row]))("%s", (_name, row) => {
      const text = pretty(row.value);
      const lines = text.split("\n");
      const lineOf = ({ line, nth = 0, after = "" }: Placed) => {
        const from = lines.findIndex((l) => l.startsWith(after));
        return lines.flatMap((l, index) => (index > from && l.startsWith(line) ? [index + 1] : []))[nth];
      };
      const messages = lintText(text, { kind: row.kind }).messages;
      expect(messages.map((m) => [m.ruleId, m.path, m.line])).toEqual(row.found.map((placed) => [placed.ruleId, placed.path, lineOf(placed)]));
      messages.forEach((m, index) => expect(m.message).toMatch((row.found[index] as Placed).message));
      expect(validate(row.kind, row.value).diagnostics.map((d) => [d.ruleId, d.path, d.message])).toEqual(messages.map((m) => [m.ruleId, m.path, m.message]));
    });
  });

  it("a key two missing fields could stand for moves neither, and a separate cause at a misplaced key stands", () => {
    // One itemTaxOverride on the order, two items without theirs: which item's it is, nothing says.
    const both = moved(forced, "/orderItems/0/itemSpecifics/itemTaxOverride", "/itemTaxOverride");
    delete ((both.orderItems as JsonObject[])[1]!.itemSpecifics as JsonObject).itemTaxOverride;
    const found = validate("createOrder", both).diagnostics;
    expect(found.map((d) => [d.ruleId, d.path])).toEqual([
      ["force-item-tax-override", "/orderItems/0/itemSpecifics/itemTaxOverride"],
      ["force-item-tax-override", "/orderItems/1/itemSpecifics/itemTaxOverride"],
      ["unknown-property", "/itemTaxOverride"],
    ]);
    expect(found[2]?.message).toContain("only at /orderItems/<n>/itemSpecifics/itemTaxOverride");
    // customerIP in the customer, holding a number beyond 2^53: misplaced, and a number that may be rounded.
    const text = pretty(moved(createOrder(), "/customerIP", "/customer/customerIP")).replace('"customerIP": "88.152.11.125"', '"customerIP": 98765432109876543210');
    expect(lintText(text, { kind: "createOrder" }).messages.map((m) => [m.ruleId, m.path])).toEqual([
      ["schema", "/customer/customerIP"],
      ["unsafe-integer", "/customer/customerIP"],
    ]);
  });
});
