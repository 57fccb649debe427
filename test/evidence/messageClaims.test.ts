import { describe, expect, it } from "vitest";
import { builtInLinter, validate } from "../../src/builtIn/linter.js";
import { pseudoRules } from "../../src/builtIn/ruleDescriptions.js";
import { rules } from "../../rules/index.js";
import type { Kind } from "../../src/kinds/kinds.js";
import { createOrder } from "../support/payloads.js";

/**
 * What a schema message claims, against the documents (SPEC §3: "a message never credits the
 * documents with a limit they do not give"). Each row is a payload, the place of its finding,
 * words the message must hold (what the documents say, attributed to the document that says
 * it) and words it must not (a claim no document makes).
 */
interface ClaimCase {
  readonly name: string;
  readonly kind: Kind;
  readonly payload: unknown;
  readonly path: string;
  readonly says: readonly string[];
  readonly neverSays: readonly string[];
}

const cases: readonly ClaimCase[] = [
  {
    // "This piece of the API call must contain a valid billing address … and payment method"
    // (import); no document says a paymentMethod needs a paymentType (schema/payment-type-present).
    name: "an order payment without a paymentMethod: the stated error does not say the method needs a paymentType",
    kind: "createOrder",
    payload: createOrder({ orderPayments: [{ maxAmount: null }] }),
    path: "/orderPayments/0/paymentMethod",
    says: ["must contain a valid billing address ... and payment method"],
    neverSays: ["paymentType"],
  },
  {
    // "orderItems array The items included in the order": that each item has a product and
    // itemSpecifics is the examples' (schema/line-item-crucial, inferred).
    name: "an order item that is no object: the stated error does not make product and itemSpecifics a must",
    kind: "createOrder",
    payload: createOrder({ orderItems: ["Product0001"] }),
    path: "/orderItems/0",
    says: ["must be an object (an order item", "examples"],
    neverSays: ["must be an object with product"],
  },
  {
    // Create Order also says "the Customer IP is the external address of the consumer
    // purchasing the order": its table line is not the only thing it says of customerIP.
    name: "a Create Order customerIP that is no address: the message does not say the document describes it only by its table line",
    kind: "createOrder",
    payload: createOrder({ customerIP: "customer-ip" }),
    path: "/customerIP",
    says: ["the Create Order document describes it as", "external address"],
    neverSays: ["describe it only as"],
  },
  {
    // "Note that “en-CA” should not be used for this value – while orders can be created in
    // this locale, it will cause errors down the line such as blank packing slips." Quoted
    // without its second half, the clause reads as the document's approval of en-CA.
    name: "a locale outside the list: the message quotes the en-CA note whole, not only that orders can be created in it",
    kind: "createOrder",
    payload: createOrder({ locale: "en-AU" }),
    path: "/locale",
    says: ["while orders can be created in this locale, it will cause errors down the line such as blank packing slips"],
    neverSays: ['en-CA: "orders can be created in this locale")'],
  },
  {
    // The documents never type productID, orderItemID, addressID, customerID,
    // customerCustomDataID, orderPaymentID or paymentMethodID (schema/identifier-type, inferred):
    // "must be" with no word of whose reading it is read as the documents' type.
    name: "an identifier the documents never type: the message says the type is our reading",
    kind: "createOrder",
    payload: createOrder({ orderItems: [{ product: { partNumber: "P1", name: "P", availability: "Y", productID: { id: 1 } }, itemSpecifics: { actualPrice: 1, quantity: 1 } }] }),
    path: "/orderItems/0/product/productID",
    says: ["productID must be a string, an integer or null", "the documents give it no type", "our reading"],
    neverSays: ["the documents: "],
  },
  {
    // SPEC records fraudTransactionID (≤ 200) among the facts of the vendor's other pages, not
    // as the External Fraud guide's; and the limit applies to every fraudData entry (KOUNT here),
    // while that guide is about an external fraud system's.
    name: "a fraudTransactionID over 200 characters: the limit is not credited to the External Fraud guide",
    kind: "createOrder",
    payload: createOrder({ fraudData: [{ fraudType: "KOUNT", fraudScore: 350, fraudTransactionID: "t".repeat(201), fraudState: "ACCEPTED" }] }),
    path: "/fraudData/0/fraudTransactionID",
    says: ["fraudTransactionID is over 200 characters", "outside the five documents, which give none (our reading)"],
    neverSays: ["External Fraud guide"],
  },
  ...(["KOUNT", "EXTERNAL"] as const).map((fraudType) => ({
    // A fraud score is no amount: the message says only what it is, a negative value no document bounds.
    name: `a negative fraudScore (${fraudType}): called a value, not an amount`,
    kind: "createOrder" as const,
    payload: createOrder({ fraudData: [{ fraudType, fraudScore: -1, fraudTransactionID: "t-1", fraudState: "ACCEPTED" }] }),
    path: "/fraudData/0/fraudScore",
    says: ["fraudScore is negative: a negative value here is likely a mistake", "our reading"],
    neverSays: ["amount"],
  })),
  // The External Fraud guide, to which both order documents refer, is none of the five documents: what it
  // requires of fraudType EXTERNAL is a warning, and its message says it is our reading (audit of the rules' trust).
  ...(
    [
      ["fraudScore missing", { fraudState: "REVIEW" }, "/fraudData/0/fraudScore"],
      ["fraudState missing", { fraudScore: 0 }, "/fraudData/0/fraudState"],
      ["fraudState unlisted", { fraudScore: 0, fraudState: "DECLINED" }, "/fraudData/0/fraudState"],
      ["fraudScore a string", { fraudScore: "0", fraudState: "REVIEW" }, "/fraudData/0/fraudScore"],
      ["fraudFactors no array", { fraudScore: 0, fraudState: "REVIEW", fraudFactors: "velocity" }, "/fraudData/0/fraudFactors"],
    ] as const
  ).map(([what, fields, path]) => ({
    name: `fraudType EXTERNAL with ${what}: the External Fraud guide's requirement is said to be our reading`,
    kind: "createOrder" as const,
    payload: createOrder({ fraudData: [{ fraudType: "EXTERNAL", ...fields }] }),
    path,
    says: ["External Fraud guide", "outside the five documents", "our reading"],
    neverSays: [],
  })),
];

describe("schema messages claim only what the documents say", () => {
  for (const { name, kind, payload, path, says, neverSays } of cases) {
    it(name, () => {
      const messages = validate(kind, payload).diagnostics.filter((d) => d.path === path).map((d) => d.message);
      expect(messages.length).toBe(1);
      for (const part of says) expect(messages[0]).toContain(part);
      for (const part of neverSays) expect(messages[0]).not.toContain(part);
    });
  }
});

describe("the parse finding's description (SARIF, hover) gives no consequence the documents do not", () => {
  it("says JSON is the documents' supported format, and not that the OMS answers Bad Request (no document says what it does with text that is not JSON)", () => {
    const parse = pseudoRules.find((rule) => rule.id === "parse");
    expect(parse?.description).toContain("the documents give JSON as the supported format");
    expect(parse?.description).not.toContain("Bad Request");
  });
});

describe("a rule's message says which part is the document's and which is our reading", () => {
  // Since the audit of 2026-12-07 a free line's real tax is that line's own warning, not the total's error: the cap's order
  // total words are read here on the total a free line still draws, over by float noise (tax-rate-cap-float-noise's).
  it("the cap's order total: the document adds \"all items’ tax values\"; leaving shippingTax out is ours, not the document's word", () => {
    const line = (actualPrice: number, itemTaxOverride: number) => ({ product: { partNumber: `P${actualPrice}`, name: "P", availability: "Y" }, itemSpecifics: { actualPrice, quantity: 1, itemTaxOverride } });
    const order = createOrder({ shippingTax: 100, orderItems: [line(0.1, 0.02), line(0, 0.1 + 0.2 - 0.3)] });
    const [finding] = validate("createOrder", order).diagnostics.filter((d) => d.ruleId === "tax-rate-cap-float-noise" && d.path === "/orderItems");
    expect(finding?.message).toContain("as the document adds “all items’ tax values”");
    expect(finding?.message).toContain("so we leave it out");
    expect(finding?.message).not.toContain("shippingTax does not count");
  });
});

describe("a rule's description (SARIF, hover, editor settings) keeps the documents' strength", () => {
  it("custom-data-hash: the custom data API's limits are said to be that API's, and holding for an order's hashes our reading", () => {
    const rule = rules.find((r) => r.meta.id === "custom-data-hash");
    expect(rule?.meta.description).toContain("the custom data API's limits");
    expect(rule?.meta.description).toContain("our reading");
  });

  it("request/body-not-allowed: \"There is no required body of the request\" is said of DELETE, not of GET too", () => {
    const rule = [...builtInLinter.ruleSet.rules].find((r) => r.meta.id === "request/body-not-allowed");
    expect(rule?.meta.description).toContain('of DELETE: "There is no required body of the request"');
    expect(rule?.meta.description).not.toContain('describe none for them ("There is no required body');
  });

  it("currency-locale: \"en-CA\" should not be used (advice), not never is", () => {
    const rule = rules.find((r) => r.meta.id === "currency-locale");
    expect(rule?.meta.description).toContain("en-CA should not be used");
    expect(rule?.meta.description).not.toContain("never");
  });
});
