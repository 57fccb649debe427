import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customDataHash } from "../../rules/custom-data-hash.js";
import { createOrder, importOrder, orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";
import { ruleDiagnostics, ruleTester } from "../support/ruleTester.js";

const withOrderData = (hash: JsonObject) => createOrder({ customOrderData: hash });
const key101 = "k".repeat(101);

ruleTester(customDataHash, {
  valid: [
    { name: "the documents' example hashes", payload: createOrder() },
    { name: "the Historic Order Import example", kind: "importOrder", payload: importOrder() },
    { name: "a key of 1 and a key of 100 characters", payload: withOrderData({ k: "v", ["k".repeat(100)]: "v" }) },
    { name: "a value of 1000 characters", payload: withOrderData({ notes: "v".repeat(1000) }) },
    { name: "a null hash", payload: createOrder({ customOrderData: null }) },
    { name: "non-string values are custom-data-value-type's business", payload: withOrderData({ count: 12, flag: true, text: "" }) },
    { name: "customerOrderDate is no hash of the import (unknown-property's business)", kind: "importOrder", payload: importOrder({ customerOrderDate: { "": "x" } }) },
    { name: "the search kind has no hashes", kind: "orderItemSearch", payload: { orderID: "555555" } },
  ],
  invalid: [
    {
      name: "an empty key",
      payload: withOrderData({ "": "value" }),
      errors: [{ path: "/customOrderData/", messageId: "emptyKey", messageIncludes: ["customOrderData has an empty key"] }],
    },
    {
      name: "a key of 101 characters",
      payload: withOrderData({ ok: "v", [key101]: "v" }),
      errors: [{ path: `/customOrderData/${key101}`, messageId: "keyTooLong", messageIncludes: ['customOrderData key "kkkkkkkkkk', "is 101 characters long"] }],
    },
    {
      // The documents do not say how they count characters: both counts, where they differ.
      name: "a key of 100 emoji: 200 UTF-16 units, 100 characters",
      payload: withOrderData({ ["😀".repeat(100)]: "v" }),
      errors: [{ path: `/customOrderData/${"😀".repeat(100)}`, messageId: "keyTooLong", messageIncludes: ["is 200 UTF-16 units (100 characters) long: the custom data API takes names of at most 100 characters"] }],
    },
    {
      name: "a value of 1001 characters",
      payload: withOrderData({ notes: "v".repeat(1001) }),
      errors: [{ path: "/customOrderData/notes", messageId: "valueTooLong", messageIncludes: ['the value of customOrderData key "notes" is 1001 characters'] }],
    },
    {
      name: "a key and its value both too long",
      payload: withOrderData({ [key101]: "v".repeat(1001) }),
      errors: [
        { path: `/customOrderData/${key101}`, messageId: "keyTooLong" },
        { path: `/customOrderData/${key101}`, messageId: "valueTooLong" },
      ],
    },
    {
      name: "a key too long stands at the key in the text, its value too long at the value",
      text: `{\n  "customOrderData": {\n    "${key101}": "${"v".repeat(1001)}",\n    "": "x"\n  }\n}`,
      errors: [
        { path: `/customOrderData/${key101}`, messageId: "keyTooLong", line: 3, column: 5 },
        { path: `/customOrderData/${key101}`, messageId: "valueTooLong", line: 3, column: 5 + key101.length + 2 + 2 },
        { path: "/customOrderData/", messageId: "emptyKey", line: 4, column: 5 },
      ],
    },
    {
      name: "a key with / and ~ is escaped in the pointer",
      payload: withOrderData({ "a/b~c": "v".repeat(1001) }),
      errors: [{ path: "/customOrderData/a~1b~0c", messageId: "valueTooLong" }],
    },
    {
      name: "an item's customItemData and customData",
      payload: orderWithItems([
        orderItem(),
        orderItem({ itemSpecifics: { customItemData: { serial: "s".repeat(1001) }, customData: { "": "x" } } }),
      ]),
      errors: [
        { path: "/orderItems/1/itemSpecifics/customItemData/serial", messageId: "valueTooLong", messageIncludes: ['customItemData key "serial"'] },
        { path: "/orderItems/1/itemSpecifics/customData/", messageId: "emptyKey" },
      ],
    },
    {
      name: "customerOrderDate, the Create Order table's name for the order's hash",
      payload: createOrder({ customerOrderDate: { "": "x", notes: "v".repeat(1001) } }),
      errors: [
        { path: "/customerOrderDate/", messageId: "emptyKey", messageIncludes: ["customerOrderDate has an empty key"] },
        { path: "/customerOrderDate/notes", messageId: "valueTooLong", messageIncludes: ['customerOrderDate key "notes"'] },
      ],
    },
    {
      name: "applies to imports too",
      kind: "importOrder",
      payload: importOrder({ customOrderData: { [key101]: "v" } }),
      errors: [{ path: `/customOrderData/${key101}`, messageId: "keyTooLong" }],
    },
  ],
});

describe("custom-data-hash at the length boundaries", () => {
  const settings = { seed: 20261123, numRuns: 200 };
  const reported = (hash: JsonObject) => ruleDiagnostics(customDataHash, { payload: withOrderData(hash) }).map((d) => d.path);

  it("reports a key iff it has 0 or more than 100 characters", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(0, 1, 100, 101), fc.integer({ min: 0, max: 110 })), fc.constantFrom("k", "é", "字"), (length, char) => {
        const key = char.repeat(length);
        expect(reported({ [key]: "v" })).toEqual(length === 0 || length > 100 ? [`/customOrderData/${key}`] : []);
      }),
      settings,
    );
  });

  it("reports a value iff it has more than 1000 characters", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(1000, 1001), fc.integer({ min: 0, max: 1010 })), (length) => {
        expect(reported({ notes: "v".repeat(length) })).toEqual(length > 1000 ? ["/customOrderData/notes"] : []);
      }),
      settings,
    );
  });

  it("counts UTF-16 code units, as JavaScript's and Java's String length do", () => {
    // "😀" is one code point but two code units: 50 of them are a 100-character key, 51 are 102.
    expect(reported({ ["😀".repeat(50)]: "v" })).toEqual([]);
    expect(reported({ ["😀".repeat(51)]: "v" })).toHaveLength(1);
  });
});
