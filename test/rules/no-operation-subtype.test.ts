import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { noOperationSubtype } from "../../rules/no-operation-subtype.js";
import { validate } from "../../src/index.js";
import { runCli } from "../support/cli.js";
import { noOperationPayment, orderPayment, orderWithPayments } from "../support/payloads.js";
import { rulePageProse, thrown } from "../support/rulePage.js";
import { ruleTester } from "../support/ruleTester.js";
import { scratchFolders } from "../support/scratchFolders.js";

const paidNoOp = (noOperationType: string | null | undefined | number, currency = "USD") =>
  orderWithPayments([noOperationPayment({ noOperationType })], { currency });
const subtypePath = "/orderPayments/0/paymentMethod/noOperationType";
const usdOnly = ["AM", "AX", "CA", "DR", "DS", "HI", "MA", "PC", "PY", "SV", "TR", "VI"];
const everyCurrency = ["GC", "KI", "KL", "SR"];

ruleTester(noOperationSubtype, {
  valid: [
    ...usdOnly.map((subtype) => ({ name: `${subtype} in USD`, payload: paidNoOp(subtype) })),
    ...everyCurrency.map((subtype) => ({ name: `${subtype} in EUR (all currencies)`, payload: paidNoOp(subtype, "EUR") })),
    { name: "FX in CAD: Crossborder converts to USD, not an error", payload: paidNoOp("FX", "CAD") },
    { name: "FX in EUR: Crossborder converts to USD, not an error", payload: paidNoOp("FX", "EUR") },
    { name: "a credit card needs no subtype", payload: orderWithPayments([orderPayment()]) },
    { name: "a custom subtype listed in the settings (every currency)", payload: paidNoOp("ZZ", "JPY"), settings: { customNoOperationTypes: ["ZZ"] } },
    {
      name: "a custom subtype with its currencies",
      payload: paidNoOp("ZZ", "GBP"),
      settings: { customNoOperationTypes: { ZZ: ["USD", "GBP"] } },
    },
    { name: "a custom subtype for all currencies", payload: paidNoOp("ZZ", "GBP"), settings: { customNoOperationTypes: { ZZ: "all" } } },
    {
      name: "a settings entry widens a documented subtype's currencies",
      payload: paidNoOp("PY", "CAD"),
      settings: { customNoOperationTypes: { PY: ["USD", "CAD"] } },
    },
    // Found by the rules' mutation audit: a config file's null (its own check names it ill-typed)
    // read as a list of custom subtypes went unseen; ill-typed settings are skipped, not trusted.
    { name: "customNoOperationTypes null lists no custom subtypes: an unlisted one stays the -unlisted warning", payload: paidNoOp("XX"), settings: { customNoOperationTypes: null as never } },
    { name: "a noOperationType that is not a string is the schema's error", payload: paidNoOp(42) },
    { name: "an unlisted subtype, the tenant's custom subtypes not listed: no-operation-subtype-unlisted's warning", payload: paidNoOp("XX") },
    { name: "a missing subtype: no document requires one (no-operation-subtype-unlisted's warning)", payload: paidNoOp(undefined) },
    { name: "an order currency that is not a string: nothing to compare", payload: orderWithPayments([noOperationPayment({ noOperationType: "AM" })], { currency: 1 }) },
    { name: "an order currency outside the documented codes is the schema's one finding, not also this rule's", payload: paidNoOp("PY", "x") },
    { name: "a lower-case code is not a documented one either (the schema's finding)", payload: paidNoOp("PY", "eur") },
  ],
  invalid: [
    // "Subtype Meaning Supported Currencies AM Amazon USD AX American Express USD … VI Visa USD".
    // Found by the rules' mutation audit: only PY was tried outside USD, so dropping VI from the
    // table or giving AX all currencies went unseen. Every USD-only subtype, in EUR:
    ...usdOnly.map((subtype) => ({
      name: `${subtype} in EUR (USD only)`,
      payload: paidNoOp(subtype, "EUR"),
      errors: [{ path: subtypePath, messageId: "currency", messageIncludes: [`${subtype} `, '"EUR"', "supported: USD"] }],
    })),
    {
      name: "once the tenant lists its custom subtypes, one in neither list is an error",
      payload: paidNoOp("ZZ"),
      settings: { customNoOperationTypes: ["YY"] },
      errors: [{ path: subtypePath, messageId: "unknown" }],
    },
    {
      name: "a USD-only subtype in EUR names the currency",
      payload: paidNoOp("PY", "EUR"),
      errors: [{ path: subtypePath, messageId: "currency", messageIncludes: ["PY", '"EUR"', "supported: USD"] }],
    },
    {
      name: "a custom subtype outside its currencies",
      payload: paidNoOp("ZZ", "EUR"),
      settings: { customNoOperationTypes: { ZZ: ["USD", "GBP"] } },
      errors: [{ path: subtypePath, messageId: "currency", messageIncludes: ["USD, GBP"] }],
    },
    {
      name: "subtypes are codes as written (case matters)",
      payload: paidNoOp("hi"),
      settings: { customNoOperationTypes: [] },
      errors: [{ path: subtypePath, messageId: "unknown" }],
    },
    {
      name: "ill-typed settings entries are skipped, not trusted",
      payload: paidNoOp("ZZ"),
      settings: { customNoOperationTypes: { ZZ: "every" } as never },
      errors: [{ path: subtypePath, messageId: "unknown" }],
    },
    {
      name: "each payment at its own index",
      payload: orderWithPayments([orderPayment(), noOperationPayment({ noOperationType: "KI" }), noOperationPayment({ noOperationType: "TR" })], { currency: "GBP" }),
      errors: [{ path: "/orderPayments/2/paymentMethod/noOperationType", messageId: "currency" }],
    },
  ],
});

// Found by the rule docs pages audit: the page said "Entries of the wrong type are skipped",
// where the library throws and the CLI exits 2 (the README's bad-input table).
describe("a customNoOperationTypes setting of the wrong shape is refused, in the words its page quotes", () => {
  const page = rulePageProse("no-operation-subtype");
  const folder = scratchFolders("no-operation-subtype");

  it("validate() throws a TypeError", () => {
    const refusal = thrown(() => validate("createOrder", orderWithPayments([paidNoOp("ZZ")]), { settings: { customNoOperationTypes: ["ZZ", 5] as never } }));
    expect(refusal.name).toBe("TypeError");
    expect(page).toContain(refusal.message);
  });

  it("the CLI exits 2 on the config the page shows", async () => {
    const config = '{ "settings": { "customNoOperationTypes": ["ZZ", 5] } }';
    const cwd = folder({ "oms-lint.config.json": config, "order.json": JSON.stringify(orderWithPayments([paidNoOp("ZZ")])) });
    const { code, stderr } = await runCli(["order.json"], { cwd });
    expect(code).toBe(2);
    expect(page).toContain(config);
    expect(page).toContain(stderr.trim());
  });
});

// Found by the audit of the rules against the documents: SPEC §4 asks for a note on FX in a
// currency other than USD ("FX converts to USD: note, not error"); oms-lint has no note level, so
// an FX payment in EUR gets no output at all, and the page must say that this is on purpose.
describe("FX in another currency is accepted silently, and the page says why", () => {
  const seed = readFileSync(new URL("../fixtures/seeds/004_ae24481ffaad3eaa.txt", import.meta.url), "utf8").replace(/\s+/g, " ");
  const conversion = "Note that while orders can be placed in different currencies to Crossborder, it is converted to USD before being sent by Fedex";

  it("no rule reports anything at an FX payment's subtype in EUR", () => {
    const { diagnostics } = validate("createOrder", paidNoOp("FX", "EUR"));
    expect(diagnostics.filter((d) => d.path?.startsWith("/orderPayments/0"))).toEqual([]);
  });

  it("the page says FX in another currency is accepted silently, quoting the document's conversion to USD", () => {
    expect(seed).toContain(conversion);
    const page = rulePageProse("no-operation-subtype");
    expect(page).toContain("FX in another currency (EUR, CAD, …) is accepted silently");
    expect(page).toContain(`“${conversion}”`);
  });
});
