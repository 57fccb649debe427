import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/index.js";
import { isPlaceholder } from "../../src/requests/matchEndpoint.js";
import { createOrder, importOrder, noOperationPayment, orderItem, orderPayment, orderWithItems, orderWithPayments, type JsonObject } from "../support/payloads.js";
import { columnOf, lineOf } from "./support.js";
import "../support/fastCheckSeed.js";
import { runCli } from "../support/cli.js";
import { asPostmanRawBody, createOrderLine } from "../support/requestBodies.js";

/**
 * A rule that reads one field and reports at another (gift-card-issuer reads paymentType and
 * stands at cardIssuer) says nothing when the field it reads holds a variable the client fills:
 * the value it would judge is one oms-lint does not see (src/requests/unfilledReads.ts). A
 * finding that holds whatever the variable fills to stays. A key holding a variable may be any
 * key: no field of its object is said to be missing, and it is no unknown property.
 */

/**
 * A variable written bare, outside quotes (`"paymentType": {{payType}}`): bodyVariables.ts stands
 * it in as `null`. Given as a marked string, whose quotes http() drops.
 */
const bare = (name: string) => `<bare>{{${name}}}`;

/** The documents' Create Order with its custom data hash under the table's name alone (customerOrderDate), and `extra`. */
const tableNameAlone = (extra: JsonObject) => {
  const { customOrderData, ...order } = createOrder({ customerOrderDate: { k: "v" }, ...extra });
  return order;
};

const http = (body: JsonObject) => `${createOrderLine}${JSON.stringify(body, null, 2).replace(/"<bare>(\{\{[^"{}]+\}\})"/g, "$1")}\n`;


interface Expected {
  readonly messageId: string;
  readonly path: string;
  readonly severity: 1 | 2;
  readonly message: RegExp;
}

interface Row {
  readonly rule: string;
  readonly name: string;
  readonly body: JsonObject;
  readonly findings: readonly Expected[];
}

const card = (method: JsonObject, payment: JsonObject = {}) => orderWithPayments([orderPayment(method, payment)]);
/** An order of these items whose itemTaxOverride the OMS applies (forceItemTaxOverride true): a line over the cap is tax-rate-cap's. */
const items = (...specs: Parameters<typeof orderItem>[0][]) => orderWithItems(specs.map((spec) => orderItem(spec)), { forceItemTaxOverride: true });
const shipping = (method: JsonObject, overrides: JsonObject = {}) => createOrder({ ...overrides, shippingMethod: method });
/** An order of one line at 50% (0.5 on 1 × 1) that writes forceItemTaxOverride as given. */
const forceFlag = (flag: string) => orderWithItems([orderItem({ actualPrice: 1, quantity: 1, itemTaxOverride: 0.5 })], { forceItemTaxOverride: flag });
const taxAt0 = "/orderItems/0/itemSpecifics/itemTaxOverride";
/** tax-rate-cap's error on that line. */
const capError: Expected = { messageId: "lineRate", path: taxAt0, severity: 2, message: /^orderItems 0: itemTaxOverride 0\.5 on a subtotal of 1 / };

/** MAIN 10 taxed 0 beside a free line taxed 100 (1000% of the item subtotal), MAIN's shipping written as given. */
const freeLineShipping = (shipping: string) => items({ actualPrice: 10, quantity: 1, itemTaxOverride: 0, itemSpecifics: { shipping } }, { partNumber: "GIFT", actualPrice: 0, quantity: 1, itemTaxOverride: 100 });
const freeLineTax = "/orderItems/1/itemSpecifics/itemTaxOverride";

const rows: readonly Row[] = [
  // The review of ec7b54bc: a total over 20% only by a free line's tax is tax-rate-cap's error where it is over with every
  // shipping amount counted too. A shipping amount the client fills may be any amount: no error, the free line's warning
  // saying the base is not read, which holds whatever it fills to.
  { rule: "tax-rate-cap", name: "a free line's tax over 20% of the item subtotal, a shipping amount written bare: no error on the total", body: freeLineShipping(bare("ship")), findings: [] },
  {
    rule: "tax-rate-cap-no-subtotal",
    name: "a free line's tax over 20% of the item subtotal, a shipping amount written bare: the free line's warning, the base unread",
    body: freeLineShipping(bare("ship")),
    findings: [{ messageId: "lineNoSubtotalShippingUnread", path: freeLineTax, severity: 1, message: /is a tax rate of 1000%.*a shipping amount the cap does not read exactly/ }],
  },
  {
    rule: "tax-rate-cap-no-subtotal",
    name: "the same with the shipping amount a variable in quotes: the same warning",
    body: freeLineShipping("{{ship}}"),
    findings: [{ messageId: "lineNoSubtotalShippingUnread", path: freeLineTax, severity: 1, message: /a shipping amount the cap does not read exactly/ }],
  },
  // gift-card-issuer
  { rule: "gift-card-issuer", name: "SV with a paymentType the client fills (it may fill to GC): nothing", body: card({ paymentType: "{{payType}}", cardIssuer: "SV" }), findings: [] },
  { rule: "gift-card-issuer", name: "SV with a payment-level paymentType and a method key the client names (it may be paymentType): nothing", body: card({ paymentType: undefined as never, cardIssuer: "SV", "{{k}}": "GC" }, { paymentType: "CC" }), findings: [] },
  {
    rule: "gift-card-issuer",
    name: "SV on CC holds whatever the card number fills to: the error stays",
    body: card({ cardIssuer: "SV", cardNumber: "{{card}}" }),
    findings: [{ messageId: "issuerNeedsGc", path: "/orderPayments/0/paymentMethod/cardIssuer", severity: 2, message: /^cardIssuer SV is a gift card issuer: use GC as the gift card type, not "CC"/ }],
  },
  // The method's paymentType is read first, the payment's own only where the method gives none (locatePayment): a variable
  // in the payment's own, or a key of the payment the client names, leaves the method's "CC" read (audit: the error was dropped).
  {
    rule: "gift-card-issuer",
    name: "SV on a method's CC beside a payment-level paymentType the client fills: the error stays",
    body: card({ cardIssuer: "SV" }, { paymentType: "{{x}}" }),
    findings: [{ messageId: "issuerNeedsGc", path: "/orderPayments/0/paymentMethod/cardIssuer", severity: 2, message: /^cardIssuer SV is a gift card issuer: use GC as the gift card type, not "CC"/ }],
  },
  {
    rule: "gift-card-issuer",
    name: "SV on a method's CC, a key of the payment the client names: the error stays",
    body: card({ cardIssuer: "SV" }, { "{{k}}": "x" }),
    findings: [{ messageId: "issuerNeedsGc", path: "/orderPayments/0/paymentMethod/cardIssuer", severity: 2, message: /^cardIssuer SV is a gift card issuer: use GC as the gift card type, not "CC"/ }],
  },
  { rule: "gift-card-issuer", name: "SV with no method paymentType, the payment's own one the client fills: nothing", body: card({ paymentType: undefined as never, cardIssuer: "SV" }, { paymentType: "{{x}}" }), findings: [] },
  // A variable written bare stands in as null, which is no string: the place is read as unfilled all the same, not
  // passed over to the next place read in turn (audit: the payment's "CC" was judged, a false error).
  { rule: "gift-card-issuer", name: "SV with a method paymentType written bare (it may fill to GC), beside a payment-level CC: nothing", body: card({ paymentType: bare("payType"), cardIssuer: "SV" }, { paymentType: "CC" }), findings: [] },
  {
    rule: "gift-card-issuer",
    name: "SV on a method's CC beside a payment-level paymentType written bare: the error stays",
    body: card({ cardIssuer: "SV" }, { paymentType: bare("x") }),
    findings: [{ messageId: "issuerNeedsGc", path: "/orderPayments/0/paymentMethod/cardIssuer", severity: 2, message: /^cardIssuer SV is a gift card issuer: use GC as the gift card type, not "CC"/ }],
  },
  // gift-card-subtype-name
  { rule: "gift-card-subtype-name", name: "a GC payment whose only other key is one the client names (it may be cardIssuer): nothing", body: card({ paymentType: "GC", cardIssuer: undefined as never, "{{k}}": "SV" }), findings: [] },
  {
    rule: "gift-card-subtype-name",
    name: "a GC payment with an unknown key written out: the warning stays",
    body: card({ paymentType: "GC", cardIssuer: undefined as never, issuerCode: "SV" }),
    findings: [{ messageId: "subtypeUnnamed", path: "/orderPayments/0/paymentMethod/cardIssuer", severity: 1, message: /^a generic gift card \(GC\) payment names no cardIssuer/ }],
  },
  // no-operation-*
  { rule: "no-operation-card-number", name: "a NO payment with no cardNumber but a key the client names (it may be cardNumber): nothing", body: orderWithPayments([noOperationPayment({ cardNumber: undefined, "{{k}}": "0000000000000123" })]), findings: [] },
  { rule: "no-operation-card-number", name: "no cardNumber, paymentType NO on the payment, the method's written bare (it may fill to CC): nothing", body: orderWithPayments([noOperationPayment({ paymentType: bare("payType"), cardNumber: undefined }, { paymentType: "NO" })]), findings: [] },
  { rule: "no-operation-card-number-blank", name: "blank cardNumber, paymentType NO on the payment, a method key the client names (it may be paymentType): nothing", body: orderWithPayments([noOperationPayment({ paymentType: undefined, cardNumber: "  ", "{{k}}": "CC" }, { paymentType: "NO" })]), findings: [] },
  { rule: "no-operation-subtype", name: "subtype AM with a currency the client fills (it may fill to USD): nothing", body: orderWithPayments([noOperationPayment({ noOperationType: "AM" })], { currency: "{{currency}}" }), findings: [] },
  {
    rule: "no-operation-subtype",
    name: "subtype AM in EUR, a card number the client fills: the error stays",
    body: orderWithPayments([noOperationPayment({ noOperationType: "AM", cardNumber: "{{card}}" })], { currency: "EUR" }),
    findings: [{ messageId: "currency", path: "/orderPayments/0/paymentMethod/noOperationType", severity: 2, message: /^the no-operation subtype AM does not support the order's currency "EUR"/ }],
  },
  { rule: "no-operation-subtype-unlisted", name: "no noOperationType but a key the client names (it may be noOperationType): nothing", body: orderWithPayments([noOperationPayment({ noOperationType: undefined, "{{k}}": "HI" })]), findings: [] },
  // tax-rate-cap*
  { rule: "tax-rate-cap", name: "a 50% tax on a quantity the client fills: nothing", body: items({ actualPrice: 1, quantity: "{{qty}}", itemTaxOverride: 0.5 }), findings: [] },
  {
    rule: "tax-rate-cap",
    name: "a line over the cap beside a line the client prices: the line's error stays, the order total's goes",
    body: items({ actualPrice: 1, quantity: 1, itemTaxOverride: 0.5 }, { actualPrice: "{{price}}", quantity: 1, itemTaxOverride: 0 }),
    findings: [{ messageId: "lineRate", path: "/orderItems/0/itemSpecifics/itemTaxOverride", severity: 2, message: /^orderItems 0: itemTaxOverride 0\.5 on a subtotal of 1/ }],
  },
  { rule: "tax-rate-cap", name: "a line over the cap beside a line whose price is written bare: the line's error stays, the order total's goes", body: items({ actualPrice: 1, quantity: 1, itemTaxOverride: 0.5 }, { actualPrice: bare("price"), quantity: 1, itemTaxOverride: 0 }), findings: [{ messageId: "lineRate", path: "/orderItems/0/itemSpecifics/itemTaxOverride", severity: 2, message: /^orderItems 0: itemTaxOverride 0\.5 on a subtotal of 1/ }] },
  { rule: "tax-rate-cap-from-strings", name: "a string price and a quantity the client fills: nothing", body: items({ actualPrice: "1", quantity: "{{qty}}", itemTaxOverride: 0.5 }), findings: [] },
  { rule: "tax-rate-cap-no-subtotal", name: "a zero price, a quantity the client fills: nothing", body: items({ actualPrice: 0, quantity: "{{qty}}", itemTaxOverride: 0.5 }), findings: [] },
  // forceItemTaxOverride other than true (or "true") makes a line over the cap tax-rate-cap-not-forced's warning, not tax-rate-cap's
  // error. A variable, bare or quoted, may fill to true or "true" (the error's case) or to anything else (the warning's): the line
  // draws at least the warning, saying both (the audit of daf6aa2 found both dropped; of 3df60815, "{{force}}" kept the error).
  { rule: "tax-rate-cap", name: "a 50% tax where the client fills forceItemTaxOverride in quotes (it may fill to \"false\"): not the error", body: forceFlag("{{force}}"), findings: [] },
  {
    rule: "tax-rate-cap-not-forced",
    name: "a 50% tax where the client fills forceItemTaxOverride in quotes: the warning, saying the client fills the flag with a string, \"true\" or another",
    body: forceFlag("{{force}}"),
    findings: [{ messageId: "lineRateFlagQuoted", path: taxAt0, severity: 1, message: /^orderItems 0: itemTaxOverride 0\.5 on a subtotal of 1 .*the client fills forceItemTaxOverride from a variable in quotes, which always send a string.*: filled "true", the cap above holds.*; any other string, the document says.*our reading: bring these taxes within 20%, or send forceItemTaxOverride false \(a boolean, unquoted\)/ }],
  },
  // Quotes always send a string (audit at b61b7b85: "x{{force}}" was told it might be filled true, false or null).
  ...['"x{{force}}"', '"{{a}}x"', '"{{a}}{{b}}x"', '"true{{a}}x"'].flatMap((written): Row[] => [
    {
      rule: "tax-rate-cap-not-forced",
      name: `forceItemTaxOverride ${written}, which fills to no "true": the warning of any string other than "true", not the client's words`,
      body: forceFlag(JSON.parse(written) as string),
      findings: [{ messageId: "lineRateFlagNeverTrue", path: taxAt0, severity: 1, message: new RegExp(`does not set forceItemTaxOverride true: it sets forceItemTaxOverride to the string ${written.replace(/[{}]/g, "\\$&")},(?!.*the client fills)`) }],
    },
    { rule: "tax-rate-cap", name: `forceItemTaxOverride ${written}: not the error`, body: forceFlag(JSON.parse(written) as string), findings: [] },
  ]),
  ...['"t{{a}}"', '"{{a}}ue"', '"{{a}}r{{b}}e"', '"{{a}}true{{b}}"'].map((written): Row => ({
    rule: "tax-rate-cap-not-forced",
    name: `forceItemTaxOverride ${written}, which may fill to "true": the quoted variable's warning`,
    body: forceFlag(JSON.parse(written) as string),
    findings: [{ messageId: "lineRateFlagQuoted", path: taxAt0, severity: 1, message: /in quotes, which always send a string/ }],
  })),
  {
    rule: "tax-rate-cap-not-forced",
    name: "a quantity sent as a string where the client fills forceItemTaxOverride in quotes: one warning saying both doubts",
    body: orderWithItems([orderItem({ actualPrice: 1, quantity: "1", itemTaxOverride: 0.5 })], { forceItemTaxOverride: "{{force}}" }),
    findings: [{ messageId: "lineRateFlagQuotedFromStrings", path: taxAt0, severity: 1, message: /quantity "1" read as 1.*the client fills forceItemTaxOverride.*a number sent as a string/ }],
  },
  {
    rule: "tax-rate-cap",
    name: "a 50% tax, no forceItemTaxOverride written, a key the client names (it may be the flag, filled false): nothing",
    body: orderWithItems([orderItem({ actualPrice: 1, quantity: 1, itemTaxOverride: 0.5 })], { forceItemTaxOverride: undefined as never, "{{k}}": false }),
    findings: [],
  },
  { rule: "tax-rate-cap", name: "a 50% tax where forceItemTaxOverride is written bare: not the error (it may fill to false)", body: forceFlag(bare("force")), findings: [] },
  {
    rule: "tax-rate-cap-not-forced",
    name: "a 50% tax where forceItemTaxOverride is written bare: the warning, whatever it fills to, saying the client fills the flag",
    body: forceFlag(bare("force")),
    findings: [{ messageId: "lineRateFlagFromClient", path: taxAt0, severity: 1, message: /^orderItems 0: itemTaxOverride 0\.5 on a subtotal of 1 .*the client fills forceItemTaxOverride from a variable, whose value oms-lint cannot know: filled true \(or the string "true"\), the cap above holds.*; filled false, null or anything else/ }],
  },
  {
    rule: "tax-rate-cap-not-forced",
    name: "forceItemTaxOverride written bare and a quantity sent as a string: one warning saying both doubts",
    body: orderWithItems([orderItem({ actualPrice: 1, quantity: "1", itemTaxOverride: 0.5 })], { forceItemTaxOverride: bare("force") }),
    findings: [{ messageId: "lineRateFlagFromClientFromStrings", path: taxAt0, severity: 1, message: /quantity "1" read as 1.*the client fills forceItemTaxOverride.*a number sent as a string/ }],
  },
  {
    rule: "tax-rate-cap-not-forced",
    name: "forceItemTaxOverride written bare and a tax on a line of 0 lifting the order total over the cap: the order total's warning",
    body: orderWithItems([orderItem({ actualPrice: 0, quantity: 1, itemTaxOverride: 2 }), orderItem({ partNumber: "P2", actualPrice: 5, quantity: 1, itemTaxOverride: 0 })], { forceItemTaxOverride: bare("force") }),
    findings: [{ messageId: "orderRateFlagFromClient", path: "/orderItems", severity: 1, message: /item subtotal 5 is a tax rate of 40%.*the client fills forceItemTaxOverride/ }],
  },
  { rule: "tax-rate-cap-from-strings", name: "forceItemTaxOverride written bare and a quantity sent as a string: not this warning (tax-rate-cap-not-forced's, saying both)", body: orderWithItems([orderItem({ actualPrice: 1, quantity: "1", itemTaxOverride: 0.5 })], { forceItemTaxOverride: bare("force") }), findings: [] },
  { rule: "tax-rate-cap-not-forced", name: "forceItemTaxOverride written bare and a quantity the client fills: nothing (the line's rate is unknown)", body: orderWithItems([orderItem({ actualPrice: 1, quantity: "{{qty}}", itemTaxOverride: 0.5 })], { forceItemTaxOverride: bare("force") }), findings: [] },
  {
    rule: "tax-rate-cap-not-forced",
    name: "forceItemTaxOverride false and a 50% tax beside a line the client prices: the line's warning stays",
    body: orderWithItems([orderItem({ actualPrice: 1, quantity: 1, itemTaxOverride: 0.5 }), orderItem({ partNumber: "P2", actualPrice: "{{price}}", quantity: 1, itemTaxOverride: 0 })], { forceItemTaxOverride: false }),
    findings: [{ messageId: "lineRate", path: "/orderItems/0/itemSpecifics/itemTaxOverride", severity: 1, message: /^orderItems 0: itemTaxOverride 0\.5 on a subtotal of 1 .*does not set forceItemTaxOverride true: it sets forceItemTaxOverride false,/ }],
  },
  // currency-locale*
  {
    rule: "currency-locale",
    name: "currencyLocale the client fills, beside USD: set whatever it fills to, so the warning stays",
    body: createOrder({ currencyLocale: "{{loc}}" }),
    findings: [{ messageId: "notEur", path: "/currencyLocale", severity: 1, message: /^currencyLocale is set but the currency is "USD"/ }],
  },
  { rule: "currency-locale", name: "fr-FR beside a currency the client fills (it may fill to EUR): nothing", body: createOrder({ currencyLocale: "fr-FR", currency: "{{currency}}" }), findings: [] },
  { rule: "currency-locale-implied", name: "EUR, locale en-CA and a key the client names (it may be currencyLocale): nothing", body: createOrder({ currency: "EUR", locale: "en-CA", "{{k}}": "fr-FR" }), findings: [] },
  // custom-data-table-name: the examples' customOrderData read as absent
  { rule: "custom-data-table-name", name: "customerOrderDate alone and a key the client names (it may be customOrderData): nothing", body: tableNameAlone({ "{{k}}": { k: "v" } }), findings: [] },
  {
    rule: "custom-data-table-name",
    name: "customerOrderDate alone, a value the client fills elsewhere: the warning stays",
    body: tableNameAlone({ currency: "{{currency}}" }),
    findings: [{ messageId: "tableNameOnly", path: "/customerOrderDate", severity: 1, message: /^"customerOrderDate" is the only name this order gives its custom data hash/ }],
  },
  // carrier-triplet*
  { rule: "carrier-triplet", name: "a carrier, a carrierType the client fills: nothing (the message would name it set)", body: shipping({ shippingType: "standard", carrier: "UPS", carrierType: "{{type}}" }), findings: [] },
  { rule: "carrier-triplet", name: "a carrier and carrierType, a key the client names (it may be serviceType): nothing", body: shipping({ shippingType: "standard", carrier: "UPS", carrierType: "Ground", "{{k}}": "2DAY" }), findings: [] },
  {
    rule: "carrier-triplet",
    name: "carrier and carrierType written out, a shippingType the client fills: the error stays",
    body: shipping({ shippingType: "{{type}}", carrier: "UPS", carrierType: "Ground" }),
    findings: [{ messageId: "missingService", path: "/shippingMethod/serviceType", severity: 2, message: /^shippingMethod sets carrier and carrierType but neither serviceType nor shipType/ }],
  },
  { rule: "carrier-triplet-blank", name: "a blank carrier beside fields the client fills: nothing", body: shipping({ shippingType: "standard", carrier: "", carrierType: "{{type}}", serviceType: "{{service}}" }), findings: [] },
  // preorder-mix, availability-split*: a mix holds whatever the third item fills to
  {
    rule: "preorder-mix",
    name: "P beside Y, a third availability the client fills: the mix holds whatever it fills to",
    body: items({ availability: "P" }, { availability: "Y" }, { availability: "{{avail}}" }),
    findings: [{ messageId: "mixed", path: "/orderItems/0/product/availability", severity: 2, message: /^orderItems 0 \(Product0001\) is a preorder product \(availability P\) in an order that also holds non-preorder products \(orderItems 1 \(Product0001\)\).*orderItems 1 \(Product0001\) \(availability Y\) \(`oms-lint split` writes them from this body saved as a \.json file of its own, or says what in it to fix first\)$/ }],
  },
  { rule: "preorder-mix", name: "P beside an availability the client fills: nothing", body: items({ availability: "P" }, { availability: "{{avail}}" }), findings: [] },
  { rule: "availability-split", name: "J beside an availability the client fills: nothing", body: items({ availability: "J" }, { availability: "{{avail}}" }), findings: [] },
  { rule: "availability-split-implied", name: "D beside an availability the client fills: nothing", body: items({ availability: "D" }, { availability: "{{avail}}" }), findings: [] },
  // ship-to-store-only, certified-express
  { rule: "ship-to-store-only", name: "an S item, a deliveryMethod the client fills: nothing", body: orderWithItems([orderItem({ availability: "S" })], { shippingMethod: { shippingType: "standard", deliveryMethod: "{{delivery}}" } }), findings: [] },
  // custom-data-*
  { rule: "custom-data-hash", name: "a long key holding a variable: its length is unknown, nothing", body: createOrder({ customOrderData: { [`{{k}}${"x".repeat(120)}`]: "v" } }), findings: [] },
  { rule: "force-item-tax-override", name: "no itemTaxOverride, but a key the client names in itemSpecifics (it may be itemTaxOverride): nothing", body: orderWithItems([orderItem({ itemSpecifics: { itemTaxOverride: undefined as never, "{{k}}": 0.1 } })], { forceItemTaxOverride: true }), findings: [] },
  // A key holding a variable (REST Client and Postman fill it as they fill a value)
  { rule: "schema", name: "a root key the client names (it may be currency): currency is not missing", body: (() => { const o = createOrder(); delete o.currency; return { ...o, "{{k}}": "USD" }; })(), findings: [] },
  {
    rule: "schema",
    name: "one root key the client names beside two missing fields: it may be one of them, not both (a body of one `{{k}}` had no finding at all)",
    body: (() => { const o = createOrder(); delete o.currency; delete o.locale; return { ...o, "{{k}}": "USD" }; })(),
    findings: [{ messageId: "required", path: "", severity: 2, message: /^the body lacks 2 required fields: locale .*currency .*; a key the client fills may stand for one of the 2 fields missing here$/ }],
  },
  {
    rule: "schema",
    name: "a body of nothing but one key the client names still lacks the fields one key cannot be",
    body: { "{{k}}": "USD" },
    findings: [{ messageId: "required", path: "", severity: 2, message: /^the body lacks 12 required fields: .*; a key the client fills may stand for one of the 12 fields missing here$/ }],
  },
  { rule: "schema", name: "two root keys the client names beside two missing fields: neither is said missing", body: (() => { const o = createOrder(); delete o.currency; delete o.locale; return { ...o, "{{k}}": "USD", "{{j}}": "en-US" }; })(), findings: [] },
  {
    rule: "schema",
    name: "a misspelt key beside another missing field and one key the client names: both stay, each told the key may be it",
    body: (() => { const o = createOrder(); delete o.currency; delete o.locale; return { ...o, currncy: "USD", "{{k}}": "x" }; })(),
    findings: [
      { messageId: "required", path: "/locale", severity: 2, message: /; a key the client fills may stand for one of the 2 fields missing here$/ },
      { messageId: "required", path: "/currncy", severity: 2, message: /"currncy" stands in its place: did you mean currency\?; a key the client fills may stand for one of the 2 fields missing here$/ },
    ],
  },
  { rule: "unknown-property", name: "a key the client names is no unknown property", body: createOrder({ "{{k}}": "x" }), findings: [] },
];

/** An object's keys with an undefined value left out, as JSON.stringify leaves them. */
const shownRule = (text: string, rule: string) =>
  lintHttpFile(text, "orders.http").messages.filter((m) => m.ruleId === rule).map(({ messageId, path, severity, message }) => ({ messageId, path, severity, message }));

describe("a rule reading a field that holds a variable says nothing of the value it did not see", () => {
  describe("a REST Client file", () => {
    for (const row of rows) {
      it(`${row.rule}: ${row.name}`, () => {
        expect(shownRule(http(row.body), row.rule)).toEqual(row.findings.map((f) => ({ ...f, message: expect.stringMatching(f.message) })));
      });
    }
  });
  describe("a Postman raw body", () => {
    for (const row of rows) {
      it(`${row.rule}: ${row.name}`, () => {
        const found = lintPostmanCollection(asPostmanRawBody(http(row.body)), "orders.postman_collection.json").messages.filter((m) => m.ruleId === row.rule);
        expect(found.map(({ messageId, severity }) => ({ messageId, severity }))).toEqual(row.findings.map(({ messageId, severity }) => ({ messageId, severity })));
      });
    }
  });
});

describe("findings that hold whatever a string fills to", () => {
  it("duplicate-key: the repeat holding a variable is still a repeat", () => {
    const text = `${createOrderLine}{"currency": "USD", "currency": "{{cur}}"}\n`;
    const found = lintHttpFile(text, "orders.http").messages.filter((m) => m.ruleId === "duplicate-key");
    expect(found.map(({ messageId, severity, path }) => ({ messageId, severity, path }))).toEqual([{ messageId: "duplicate", severity: 1, path: "/currency" }]);
  });

  it("duplicate-key: a known key given twice beside a key the client names is still a duplicate", () => {
    const text = `${createOrderLine}{"currency": "USD", "{{k}}": "x", "currency": "EUR"}\n`;
    const found = lintHttpFile(text, "orders.http").messages.filter((m) => m.ruleId === "duplicate-key" || m.ruleId === "unknown-property");
    expect(found.map(({ ruleId, messageId }) => ({ ruleId, messageId }))).toEqual([{ ruleId: "duplicate-key", messageId: "duplicate" }]);
  });
});

describe("rules that hold whatever another field fills to, and rules run on an import", () => {
  it("certified-express: a certified product in an order marked Express by its shippingClass, whatever its shipType fills to", () => {
    const text = http(orderWithItems([orderItem({ partNumber: "Cert-1" })], { shippingMethod: { shippingType: "standard", shippingClass: "Express", shipType: "{{shipType}}" } }));
    const found = lintHttpFile(text, "x.http", { settings: { certifiedPartNumbers: ["Cert-1"] } }).messages.filter((m) => m.ruleId === "certified-express");
    expect(found.map(({ messageId, path, severity }) => ({ messageId, path, severity }))).toEqual([{ messageId: "notExpress", path: "/orderItems/0/product/partNumber", severity: 1 }]);
  });

  const importText = (shippingMethod: JsonObject) =>
    `POST https://integration.shopatron.com/api/v2/importOrder/\nContent-Type: application/json\n\n${JSON.stringify(importOrder({ orderItems: [orderItem({ availability: "S" })], shippingMethod }), null, 2)}\n`;
  const onImport = (written: string) => lintHttpFile(written, "i.http").messages.filter((m) => m.ruleId === "create-order-only").map(({ messageId, path }) => ({ messageId, path }));
  const shipToHome = [{ messageId: "ship-to-store-only/shipToHome", path: "/orderItems/0/product/availability" }];

  it("create-order-only carries the reads of the rules it runs on an import: an S item beside a key the client names in the shippingMethod (it may be deliveryMethod)", () => {
    const text = importText({ shippingType: "standard", "{{k}}": "STORE" });
    expect(onImport(text)).toEqual([]);
    expect(onImport(text.replace('"{{k}}"', '"pickup"'))).toEqual([]);
    expect(onImport(text.replace('"{{k}}": "STORE"', '"deliveryMethod": "SHIP_TO_HOME"'))).toEqual(shipToHome);
  });

  it("a key the client names is not a field its object writes already: beside a written deliveryMethod SHIP_TO_HOME, the S item's finding stands (filled to deliveryMethod, the body would send the key twice)", () => {
    expect(onImport(importText({ shippingType: "standard", deliveryMethod: "SHIP_TO_HOME", "{{k}}": "STORE" }))).toEqual(shipToHome);
  });
});

describe("forceItemTaxOverride from a variable: quoted or bare unknown, defined filled", () => {
  const capRules = (found: readonly { ruleId: string; messageId: string; path: string; severity: number }[]) =>
    found.filter((m) => m.ruleId.startsWith("tax-rate-cap")).map(({ ruleId, messageId, path, severity }) => [ruleId, messageId, path, severity]);
  /** The audit's order: one line at 40% (2 on 1 × 5), its flag written as given. */
  const audited = (flag: string, head = "") => `${head}${http(forceFlag("<flag>")).replace('"<flag>"', flag).replace('"itemTaxOverride": 0.5', '"itemTaxOverride": 2').replace('"quantity": 1', '"quantity": 5')}`;
  const onHttp = (text: string) => capRules(lintHttpFile(text, "orders.http").messages);
  const onPostman = (text: string, variable: readonly { key: string; value: string }[] = []) => {
    const collection = JSON.parse(asPostmanRawBody(text)) as JsonObject;
    // A Postman finding stands at the raw body's pointer in the collection: its rule, message and severity are the body's.
    return capRules(lintPostmanCollection(JSON.stringify({ ...collection, variable }), "orders.postman_collection.json").messages).map(([ruleId, messageId, , severity]) => [ruleId, messageId, taxAt0, severity]);
  };
  const error = [["tax-rate-cap", "lineRate", taxAt0, 2]];
  const warning = [["tax-rate-cap-not-forced", "lineRate", taxAt0, 1]];
  const fromClient = [["tax-rate-cap-not-forced", "lineRateFlagFromClient", taxAt0, 1]];
  const quoted = [["tax-rate-cap-not-forced", "lineRateFlagQuoted", taxAt0, 1]];

  it("the client's, quoted: tax-rate-cap-not-forced's warning, whatever it fills to (\"true\": the error; \"false\": the warning)", () => {
    expect(onHttp(audited('"{{force}}"'))).toEqual(quoted);
    expect(onPostman(audited('"{{force}}"'))).toEqual(quoted);
  });
  it("the client's, bare: tax-rate-cap-not-forced's warning, whatever it fills to (false: this warning; true or null: the error)", () => {
    expect(onHttp(audited("{{force}}"))).toEqual(fromClient);
    expect(onPostman(audited("{{force}}"))).toEqual(fromClient);
  });
  it("a REST Client file variable is filled first: @force = false is false (or \"false\", quoted), the warning; @force = true true (or \"true\"), the error", () => {
    expect(onHttp(audited("{{force}}", "@force = false\n\n"))).toEqual(warning);
    expect(onHttp(audited("{{force}}", "@force = true\n\n"))).toEqual(error);
    expect(onHttp(audited('"{{force}}"', "@force = false\n\n"))).toEqual(warning);
    expect(onHttp(audited('"{{force}}"', "@force = true\n\n"))).toEqual(error);
  });
  it("a Postman collection variable is filled first, the same way", () => {
    const force = (value: string) => [{ key: "force", value }];
    expect(onPostman(audited("{{force}}"), force("false"))).toEqual(warning);
    expect(onPostman(audited("{{force}}"), force("true"))).toEqual(error);
    expect(onPostman(audited('"{{force}}"'), force("false"))).toEqual(warning);
    expect(onPostman(audited('"{{force}}"'), force("true"))).toEqual(error);
  });
  it("on an import, create-order-only reads the flag as the rules it runs do: quoted, tax-rate-cap-not-forced's finding stands", () => {
    const importing = (flag: string) =>
      `POST https://integration.shopatron.com/api/v2/importOrder/\nContent-Type: application/json\n\n${JSON.stringify(importOrder({ forceItemTaxOverride: "<flag>", orderItems: [orderItem({ actualPrice: 1, quantity: 1, itemTaxOverride: 0.5 })] }), null, 2).replace('"<flag>"', flag)}\n`;
    const wrapped = (text: string) => lintHttpFile(text, "i.http").messages.filter((m) => m.ruleId === "create-order-only").map(({ messageId, path, severity }) => [messageId, path, severity]);
    expect(wrapped(importing('"{{force}}"'))).toEqual([["tax-rate-cap-not-forced/lineRateFlagQuoted", taxAt0, 1]]);
  });
  const throughCli = async (text: string) => {
    const { code, stdout } = await runCli(["--stdin", "--stdin-filename", "orders.http", "--no-config", "--format", "json"], { input: text });
    return { code, cap: capRules((JSON.parse(stdout) as { messages: { ruleId: string; messageId: string; path: string; severity: number }[] }[])[0]!.messages) };
  };
  it("through the command line, quoted: the warning (exit 1 is the schema's error: a string where a boolean goes)", async () => {
    expect(await throughCli(audited('"{{force}}"'))).toEqual({ code: 1, cap: quoted });
  });
  it("through the command line, bare: the warning, exit 0", async () => {
    expect(await throughCli(audited("{{force}}"))).toEqual({ code: 0, cap: fromClient });
  });
});

describe("a variable is told on the text as written", () => {
  const sv = http(card({ paymentType: "{{payType}}", cardIssuer: "SV", cardNumber: "4111\\1111" }));
  const issuerFindings = (text: string) => lintHttpFile(text, "e.http").messages.filter((m) => m.ruleId === "gift-card-issuer").map(({ messageId, severity }) => ({ messageId, severity }));

  it("a variable beside an escape elsewhere in the body is still a variable", () => {
    expect(sv).toContain("\\\\");
    expect(issuerFindings(sv)).toEqual([]);
  });

  it("an escaped brace is sent as it stands: the paymentType is no variable, and SV is refused", () => {
    expect(issuerFindings(sv.replace('"{{payType}}"', '"\\u007b{payType}}"'))).toEqual([{ messageId: "issuerNeedsGc", severity: 2 }]);
  });

  it("an escaped brace in a key: no key the client names, so a missing field is missing", () => {
    const order = createOrder();
    delete order.currency;
    const text = http({ ...order, "{{k}}": "USD" }).replace('"{{k}}"', '"\\u007b{k}}"');
    expect(lintHttpFile(text, "c.http").messages.filter((m) => m.messageId === "required").map(({ path }) => path)).toEqual(["/currency"]);
  });
});

describe("keys the client names stand for at most as many missing fields", () => {
  const rootFields = ["externalOrderID", "manufacturerID", "catalogID", "locale", "currency", "customer"] as const;
  const bodyLacking = (missing: readonly string[], keys: number) => {
    const order: JsonObject = createOrder();
    for (const field of missing) delete order[field];
    for (let index = 0; index < keys; index++) order[`{{k${index}}}`] = "x";
    return http(order);
  };
  const requiredAtRoot = (text: string) => lintHttpFile(text, "k.http").messages.filter((m) => m.messageId === "required");

  it("two keys beside three missing fields: the body still lacks one, and the finding says two of them may be given", () => {
    const found = requiredAtRoot(bodyLacking(["currency", "locale", "catalogID"], 2));
    expect(found.map(({ path, severity, message }) => ({ path, severity, message }))).toEqual([
      { path: "", severity: 2, message: expect.stringMatching(/^the body lacks 3 required fields: .*; 2 keys the client fills may stand for 2 of the 3 fields missing here$/) },
    ]);
  });

  const noted = (missing: number) => new RegExp(`; a key the client fills may stand for one of the ${missing} fields missing here$`);
  const shown = (body: JsonObject, rules: readonly string[]) =>
    lintHttpFile(http(body), "k.http").messages.filter((m) => rules.includes(m.ruleId)).map(({ ruleId, path, severity, message }) => ({ ruleId, path, severity, message }));

  it("carrier-triplet: a carrier and one key the client names is still an override lacking one of its two missing fields (the key can be one)", () => {
    const body = shipping({ shippingType: "standard", carrier: "UPS", "{{k}}": "Ground" });
    expect(shown(body, ["carrier-triplet"])).toEqual([{ ruleId: "carrier-triplet", path: "/shippingMethod/carrierType", severity: 2, message: expect.stringMatching(noted(2)) }]);
  });

  it("a NO payment lacking its billingAddress and cardNumber beside one key the client names keeps both findings: the written paymentType NO is what the rule reads", () => {
    const body = orderWithPayments([noOperationPayment({ billingAddress: undefined, cardNumber: undefined, "{{k}}": "x" })]);
    const found = shown(body, ["schema", "no-operation-card-number"]);
    expect(found.map(({ ruleId, path }) => ({ ruleId, path })).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { ruleId: "schema", path: "/orderPayments/0/paymentMethod/billingAddress" },
      { ruleId: "no-operation-card-number", path: "/orderPayments/0/paymentMethod/cardNumber" },
    ]);
    for (const finding of found) expect(finding).toMatchObject({ severity: 2, message: expect.stringMatching(noted(2)) });
  });

  it("a field both the schema's list and a rule say is missing is one field: an item of two keys the client names, lacking product and itemSpecifics, draws nothing", () => {
    const { product, itemSpecifics, ...rest } = orderItem();
    const body = orderWithItems([{ ...rest, "{{p}}": product as JsonObject, "{{s}}": itemSpecifics as JsonObject }], { forceItemTaxOverride: true });
    expect(lintHttpFile(http(body), "k.http").messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  it("a key counted against the one field missing is not also a field a rule reads: EUR beside en-CA keeps currency-locale-implied's warning (one of the two findings holds, whatever the key fills to)", () => {
    const order = createOrder({ currency: "EUR", locale: "en-CA" });
    delete order.sendEmail;
    delete order.currencyLocale;
    const found = lintHttpFile(http({ ...order, "{{k}}": true }), "k.http").messages;
    expect(found.map(({ ruleId, severity }) => ({ ruleId, severity }))).toEqual([{ ruleId: "currency-locale-implied", severity: 1 }]);
  });

  it("a key is spent only on missing fields that are errors: the one field missing a warning, the key may still be the field an error rule reads (no false error)", () => {
    const order = createOrder({ currency: "EUR", locale: "en-CA" });
    delete order.sendEmail;
    delete order.currencyLocale;
    const found = lintHttpFile(http({ ...order, "{{k}}": true }), "k.http", { rules: { schema: "warn", "currency-locale-implied": "error" } }).messages;
    expect(found.filter((m) => m.severity === 2)).toEqual([]);
  });

  it("an error that one field is missing gives way where the keys can be every field errors say is missing, warnings beside them or not (no false error)", () => {
    const method = (extra: JsonObject) => orderWithPayments([noOperationPayment({ billingAddress: undefined, cardNumber: undefined, ...extra })]);
    const rules = { "no-operation-card-number": "warn" } as const;
    const inMethod = (body: JsonObject) =>
      lintHttpFile(http(body), "k.http", { rules }).messages.filter((m) => m.path.startsWith("/orderPayments/0/paymentMethod")).map(({ ruleId, severity }) => ({ ruleId, severity }));
    // Without the key: billingAddress the schema's error, cardNumber the rule's warning.
    expect(inMethod(method({})).sort((a, b) => a.ruleId.localeCompare(b.ruleId))).toEqual([{ ruleId: "no-operation-card-number", severity: 1 }, { ruleId: "schema", severity: 2 }]);
    // One key may be billingAddress: then the request the OMS gets draws a warning alone.
    expect(inMethod(method({ "{{k}}": "x" }))).toEqual([{ ruleId: "no-operation-card-number", severity: 1 }]);
  });

  it("a field a rule says is missing only because it reads another the key may be is not counted: a NO payment whose method's paymentType the key may be draws nothing", () => {
    const payment = noOperationPayment({ paymentType: undefined, cardNumber: undefined, noOperationType: undefined, "{{k}}": "CC" }, { paymentType: "NO" });
    const found = lintHttpFile(http(orderWithPayments([payment])), "k.http").messages;
    expect(found.filter((m) => m.severity === 2)).toEqual([]);
  });

  it("for any fields missing and any number of keys the client names: errors stand exactly when the keys are fewer", () => {
    fc.assert(
      fc.property(fc.subarray([...rootFields], { minLength: 1 }), fc.nat({ max: 7 }), (missing, keys) => {
        const found = requiredAtRoot(bodyLacking(missing, keys));
        expect(found.length > 0).toBe(keys < missing.length);
        for (const finding of found) expect(finding.severity).toBe(2);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the audit's files, from the command line's reading", () => {
  it("SV with {{payType}} draws no gift-card-issuer error; a required field beside a key the client names is not missing", () => {
    const sv = http(card({ paymentType: "{{payType}}", cardIssuer: "SV" }));
    expect(lintHttpFile(sv, "e.http").messages).toEqual([]);
    const order = createOrder();
    delete order.currency;
    const keyed = http({ ...order, "{{k}}": "USD" });
    expect(lintHttpFile(keyed, "c.http").messages).toEqual([]);
  });

  it("a misspelt key in its place is no sure fault either: the key the client names may be currency", () => {
    const order = createOrder();
    delete order.currency;
    const text = http({ ...order, currncy: "USD", "{{k}}": "x" });
    expect(lintHttpFile(text, "c.http").messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  it("a missing field of another object is still missing", () => {
    const order = orderWithPayments([orderPayment({ billingAddress: undefined as never })], { "{{k}}": "USD" });
    const text = http(order);
    const found = lintHttpFile(text, "c.http").messages.filter((m) => m.messageId === "required");
    expect(found.map(({ path, severity }) => ({ path, severity }))).toEqual([{ path: "/orderPayments/0/paymentMethod/billingAddress", severity: 2 }]);
  });
});

describe("{{}} and {{ }} name no variable: no client fills them, and they are sent as written", () => {
  const searchUrl = (orderID: string) => `GET https://integration.shopatron.com/api/v2/orderItem/?orderID=${orderID}\n`;

  for (const written of ["{{}}", "{{ }}", "{{ \u3000 }}"]) {
    it(`a body's "currency": "${written}" is refused by the currency list`, () => {
      const text = http(createOrder({ currency: written }));
      const found = lintHttpFile(text, "d.http").messages;
      expect(found.map(({ ruleId, messageId, severity, line, column }) => ({ ruleId, messageId, severity, line, column }))).toEqual([
        { ruleId: "schema", messageId: "enum", severity: 2, line: lineOf(text, JSON.stringify(written)), column: columnOf(text, JSON.stringify(written)) },
      ]);
    });

    it(`a search's ?orderID=${written} is no ID`, () => {
      const found = lintHttpFile(searchUrl(written), "s.http").messages;
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((m) => m.severity === 2)).toBe(true);
    });

    it(`a path's ${written} for the order ID is no ID`, () => {
      const text = `POST https://integration.shopatron.com/api/v2/order/${written}/customData\nContent-Type: application/json\n\n{"name": "giftMessage", "value": "Happy birthday"}\n`;
      const found = lintHttpFile(text, "p.http").messages;
      expect(found.map(({ ruleId, severity }) => ({ ruleId, severity }))).toEqual([{ ruleId: "request/path-parameter", severity: 2 }]);
    });
  }

  it("a name of one character is a variable: the search's ?orderID={{i}} and the body's {{c}} draw nothing", () => {
    expect(lintHttpFile(searchUrl("{{i}}"), "s.http").messages).toEqual([]);
    expect(lintHttpFile(http(createOrder({ currency: "{{c}}" })), "d.http").messages).toEqual([]);
  });

  it("property: {{name}} is a variable exactly when its name holds a character that is no blank", () => {
    const blank = fc.constantFrom(" ", "\t", "\u00a0", "\u3000");
    const blanks = fc.array(blank, { maxLength: 4 }).map((list) => list.join(""));
    const character = fc.string({ minLength: 1, maxLength: 1 }).filter((c) => !/[\s{}]/.test(c));
    fc.assert(
      fc.property(blanks, (name) => {
        expect(isPlaceholder(`{{${name}}}`, "braces")).toBe(false);
        expect(isPlaceholder(`x{{${name}}}y`, "read")).toBe(false);
      }),
    );
    fc.assert(
      fc.property(blanks, character, blanks, (before, c, after) => {
        expect(isPlaceholder(`{{${before}${c}${after}}}`, "braces")).toBe(true);
      }),
    );
  });
});
