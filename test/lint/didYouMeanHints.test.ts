import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import { shortCodeNear } from "../../src/lint/shortCodeNear.js";
import { nearestField } from "../../src/engine/nearestName.js";
import { createOrder, orderItem, orderWithItems } from "../support/payloads.js";
import { withValueAt } from "../support/mutate.js";

/**
 * "Did you mean" on an enum of short codes (currency, cardIssuer, availability): a code one edit
 * from another is another code, so following the hint would charge in another country's money,
 * bill another card or ship what is not in stock (audit at d7d7efe9). Only the same code in other
 * letter case, or its letters with one adjacent pair swapped, is offered.
 */
const currency = "/currency";
const cardIssuer = "/orderPayments/0/paymentMethod/cardIssuer";
const availability = "/orderItems/0/product/availability";

const messageAt = (path: string, value: unknown) => {
  const found = validate("createOrder", withValueAt(createOrder(), path, value)).diagnostics.filter((d) => d.path === path);
  expect(found).toHaveLength(1);
  return found[0]!.message;
};

describe("short codes: no edit-distance neighbour offered", () => {
  const refused: readonly [string, string][] = [
    [currency, "RMB"], // not RUB
    [currency, "NTD"], // not NZD
    [currency, "SFR"], // not SAR
    [currency, "TRL"], // not BRL
    [currency, "USX"], // not USD: one letter changed is another code's letter
    [cardIssuer, "DS"], // Discover's no-operation subtype, not DB
    [cardIssuer, "CA"], // not CL
    [cardIssuer, "IV"], // VI swapped, but SV one letter changed
    [availability, "X"], // not Y (in stock)
    [availability, "Q"],
    [availability, "B"],
    [availability, "Z"],
    [availability, ""],
  ];
  it.each(refused)("%s %j: quoted, no guess", (path, value) => {
    const message = messageAt(path, value);
    expect(message).toContain(`got ${JSON.stringify(value)}`);
    expect(message).not.toContain("did you mean");
    expect(message).not.toContain("listed as");
  });
});

describe("short codes: the same code in other case or with a swapped pair keeps its hint", () => {
  const kept: readonly [string, string, string][] = [
    [currency, "usd", 'listed as "USD"'],
    [currency, "UDS", "did you mean USD?"],
    [currency, "uds", "did you mean USD?"],
    [cardIssuer, "vi", 'listed as "VI"'],
    [cardIssuer, "ID", "did you mean DI?"], // IV is no VI: SV is one letter away
    [availability, "y", 'listed as "Y"'],
  ];
  it.each(kept)("%s %j: %s", (path, value, hint) => expect(messageAt(path, value)).toContain(hint));

  it("a long enum keeps the nearest by edits: CANCELLED is CANCELED", () => {
    const [found] = validate("orderItemSearch", { orderID: "1", itemState: "CANCELLED" }).diagnostics;
    expect(found?.message).toContain("did you mean CANCELED?");
  });
});

describe("shortCodeNear", () => {
  const letters = (text: string) => [...text.toLowerCase()].sort().join("");
  it("offers only a code of the same letters, in any case and order", () => {
    const code = fc.string({ unit: fc.constantFrom("A", "B", "C", "D", "a", "b"), minLength: 0, maxLength: 3 });
    fc.assert(
      fc.property(fc.uniqueArray(code, { minLength: 1, maxLength: 8, size: "max" }), code, (names, value) => {
        const near = shortCodeNear(value, names);
        if (near !== undefined) expect(letters(near)).toBe(letters(value));
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
  it("offers nothing where two codes answer alike", () => {
    expect(shortCodeNear("ab", ["AB", "ab"])).toBeUndefined();
    expect(shortCodeNear("BAC", ["ABC", "BCA"])).toBeUndefined();
  });
});

const paymentType = "/orderPayments/0/paymentMethod/paymentType";
const schemaFile = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}.json`, import.meta.url), "utf8"));
const definitions = schemaFile("definitions").definitions;
const codeOf = (list: readonly unknown[]) => list.filter((code): code is string => typeof code === "string");
/** Every short-code list, by where an order carries it. */
const shortCodeLists: readonly [string, readonly string[]][] = [
  [currency, codeOf(schemaFile("createOrder").properties.currency.enum)],
  [cardIssuer, codeOf(definitions.cardIssuer.enum)],
  [availability, codeOf(definitions.availability.enum)],
  [paymentType, codeOf(definitions.paymentType.enum)],
];

describe("short codes: a swapped pair that is also one edit from another code is no hint (audit at 3df60815)", () => {
  const refused: readonly [string, string][] = [
    [currency, "AUH"], // UAH swapped, AUD one letter changed
    [currency, "IRN"], // INR swapped, IRR one letter changed
    [currency, "KWR"], // KRW swapped, KWD one letter changed
    [cardIssuer, "MA"], // Macy in the no-operation table: AM swapped, MS and MC one letter changed
    [cardIssuer, "VS"], // SV swapped, VI one letter changed
    [paymentType, "ON"], // the implementation's own code, maybe: the documents' list is not the whole of it
    [paymentType, "CP"], // no swap offered for paymentType at all (PC is none either)
  ];
  it.each(refused)("%s %j: quoted, no guess", (path, value) => {
    const message = messageAt(path, value);
    expect(message).toContain(`got ${JSON.stringify(value)}`);
    expect(message).not.toContain("did you mean");
  });
  it("paymentType keeps the note for a listed code in other case", () => expect(messageAt(paymentType, "cc")).toContain('listed as "CC"'));

  /** `code` with one character changed, put in or taken out. */
  const oneEditFrom = (code: string) =>
    fc.tuple(fc.nat(code.length), fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz"), fc.constantFrom("substitute", "insert", "delete")).map(
      ([at, char, edit]) => (edit === "insert" ? code.slice(0, at) + char + code.slice(at) : code.slice(0, at) + (edit === "substitute" ? char : "") + code.slice(at + 1)),
    );
  const editDistanceOne = (a: string, b: string) => {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (x === y || Math.abs(x.length - y.length) > 1) return false;
    return [...Array(Math.max(x.length, y.length)).keys()].some((i) => x.slice(0, i) + x.slice(i + 1) === y || y.slice(0, i) + y.slice(i + 1) === x || (x.length === y.length && x.slice(0, i) + x.slice(i + 1) === y.slice(0, i) + y.slice(i + 1)));
  };
  it.each(shortCodeLists)("%s: a value one edit from two listed codes gets no hint", (path, codes) => {
    const nearTwo = fc
      .constantFrom(...codes)
      .chain(oneEditFrom)
      .filter((value) => !codes.some((code) => code.toLowerCase() === value.toLowerCase()) && codes.filter((code) => editDistanceOne(value, code)).length >= 2);
    fc.assert(
      fc.property(nearTwo, (value) => {
        expect(messageAt(path, value)).not.toMatch(/did you mean|listed as/);
      }),
      { seed: 20261206, numRuns: 150 },
    );
  });
});

describe("property names: no word put between two of a field's words", () => {
  /** The findings at an unknown key: unknown-property's, or the missing field's said at the key that stands for it. */
  const unknownAt = (payload: unknown, path: string) => validate("createOrder", payload).diagnostics.filter((d) => d.path === path).map((d) => d.message);
  it("shippingRate is no shippingTaxRate (a price renamed as a tax rate)", () => {
    const order = { ...createOrder(), shippingRate: 5 };
    const [message] = unknownAt(order, "/shippingRate");
    expect(message).toContain('"shippingRate"');
    expect(message).not.toContain("shippingTaxRate");
  });
  it("a misspelling keeps its hint: shipingAddress is shippingAddress", () => {
    const { shippingAddress, ...rest } = createOrder();
    expect(unknownAt({ ...rest, shipingAddress: shippingAddress }, "/shipingAddress")).toEqual([expect.stringContaining("did you mean shippingAddress?")]);
  });
  it("an abbreviation keeps its hint: itemTax is itemTaxOverride", () => {
    const order = orderWithItems([orderItem({ itemSpecifics: { itemTax: 0.1 } })]);
    delete ((order.orderItems as { itemSpecifics: Record<string, unknown> }[])[0]!.itemSpecifics).itemTaxOverride;
    expect(unknownAt(order, "/orderItems/0/itemSpecifics/itemTax")).toEqual([expect.stringContaining("did you mean itemTaxOverride?")]);
  });
});

describe("nearestField: a word put between a field's words is no hint, a slip or an abbreviation is", () => {
  const known = ["shippingTaxRate", "shippingAddress", "paymentMethodID", "addressLine1", "itemTaxOverride", "cardSecurityCode", "optInRetailer", "catalogIDs"];
  it.each([
    ["shippingRate", undefined],
    ["shipRate", undefined],
    ["shippingTaxRates", "shippingTaxRate"],
    ["paymentID", undefined],
    ["shipingAddress", "shippingAddress"],
    ["address1", "addressLine1"],
    ["itemTax", "itemTaxOverride"],
    ["cardSec", "cardSecurityCode"],
    ["optRetailer", "optInRetailer"],
    ["catalogDs", "catalogIDs"],
  ] as const)("%s: %s", (written, answer) => expect(nearestField(written, known)).toBe(answer));
});
