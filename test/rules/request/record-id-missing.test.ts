import { recordIdMissing } from "../../../rules/request/record-id-missing.js";
import { describe, expect, it } from "vitest";
import { checkRequest, lintHttpFile } from "../../../src/index.js";
import { requestRuleTester } from "../../support/ruleTester.js";

const order = "https://integration.shopatron.com/api/v2/order/555555/customData";
const item = "https://12345-translation.mozu.com/api/v2/orderItem/100001/customData/?orderID=555555";
const body = 'Content-Type: application/json\n\n{"name": "Gift message", "value": "Happy birthday!"}\n';

/** A Postman collection of one request, written as Postman saves it (two-space indent). */
const collection = (method: string, url: string) =>
  JSON.stringify(
    {
      info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: [{ name: "edit", request: { method, url, header: [{ key: "x-vol-tenant", value: "12345" }] } }],
    },
    null,
    2,
  );
/** The line of the collection's "method" member, 1-based: where a method finding stands. */
const methodLine = (text: string) => text.split("\n").findIndex((line) => line.trimStart().startsWith('"method":')) + 1;

// What the documents say of each call, quoted in the finding as they write it.
const listed = 'lists "POST, PUT, DELETE, GET" for this call';
const ourReading = "that the OMS does not take a";
const orderPut = 'says "The header specifies the Order ID of the order being edited, as well as the Custom Order Data ID"';
const orderDelete = 'says "the header specifies which data element is being deleted based on the customDataID"';
const itemPut = 'says "The header must specify the order and item IDs, but also includes the specific custom data ID before the order ID is appended."';
const itemDelete = 'says "the header specifies which data element is being deleted based on the IDs that are provided"';

requestRuleTester(recordIdMissing, {
  valid: [
    { name: "a PUT with the record ID", http: `PUT ${order}/111111\n${body}` },
    { name: "a DELETE with the record ID", http: `DELETE ${order}/111111\n` },
    { name: "an item DELETE with the record ID", http: `DELETE https://12345-translation.mozu.com/api/v2/orderItem/100001/customData/999999?orderID=555555\nx-vol-tenant: 12345\n` },
    { name: "a record ID that is a variable", http: `DELETE ${order}/{{recordID}}\n` },
    { name: "a method variable may stand for POST or GET", http: `{{method}} ${order}\n${body}` },
    { name: "a Postman method variable", postman: collection("{{method}}", order) },
    { name: "POST and GET on the collection are its own", http: `POST ${order}\n${body}\n###\nGET ${order}\n` },
    // A method the call's row does not list is method-not-allowed's error, not this warning.
    { name: "PATCH on the collection: method-not-allowed's", http: `PATCH ${order}\n${body}` },
    { name: "DELETE on Create Order: method-not-allowed's", http: "DELETE https://integration.shopatron.com/api/v2/createOrder/\n" },
    // The search's row lists GET alone: a PUT there is method-not-allowed's stated error.
    { name: "PUT on the search: method-not-allowed's", http: "PUT https://integration.shopatron.com/api/v2/orderItem/?orderID=555555\n" },
    { name: "a path the documents do not describe", http: "DELETE https://integration.shopatron.com/api/v2/order/555555/notes\n" },
  ],
  invalid: [
    {
      name: "a custom order data PUT without the record ID",
      http: `PUT ${order}\n${body}`,
      errors: [
        {
          messageId: "noRecordId",
          line: 1,
          column: 1,
          messageIncludes: [
            "PUT /api/v2/order/{orderID}/customData has no record ID, so it does not name the record to update",
            `the Custom Order Data API document ${listed}`,
            orderPut,
            "(the record's path: /api/v2/order/{orderID}/customData/{orderCustomDataID})",
            `${ourReading} PUT without it is our reading, not the document's word: add the record ID`,
          ],
        },
      ],
    },
    {
      name: "a custom order data DELETE without the record ID (a trailing slash is no record ID)",
      http: `DELETE ${order}/\n`,
      errors: [{ messageId: "noRecordId", line: 1, column: 1, messageIncludes: ["the record to delete", orderDelete, `${ourReading} DELETE without it is our reading`] }],
    },
    {
      name: "a lower-case method is the same method",
      http: `delete ${order}\n`,
      errors: [{ messageId: "noRecordId", line: 1, messageIncludes: ["DELETE /api/v2/order/{orderID}/customData has no record ID"] }],
    },
    {
      name: "an item data PUT without the record ID",
      http: `PUT ${item}\nx-vol-tenant: 12345\n${body}`,
      errors: [
        {
          messageId: "noRecordId",
          line: 1,
          messageIncludes: [
            "PUT /api/v2/orderItem/{orderItemID}/customData/ has no record ID",
            `the Custom Order Item Data API document ${listed}`,
            itemPut,
            "(the record's path: /api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID})",
          ],
        },
      ],
    },
    {
      name: "an item data DELETE without the record ID, after another request",
      http: `GET ${item}\nx-vol-tenant: 12345\n\n###\nDELETE ${item}\nx-vol-tenant: 12345\n`,
      errors: [{ messageId: "noRecordId", line: 5, messageIncludes: ["the record to delete", itemDelete] }],
    },
    {
      name: "Postman: a custom order data DELETE without the record ID, at the method",
      postman: collection("DELETE", order),
      errors: [{ messageId: "noRecordId", line: methodLine(collection("DELETE", order)), messageIncludes: [orderDelete] }],
    },
    {
      name: "Postman: an item data PUT without the record ID, at the method",
      postman: collection("PUT", item),
      errors: [{ messageId: "noRecordId", line: methodLine(collection("PUT", item)), messageIncludes: [itemPut] }],
    },
  ],
});

// Found by the audit of the README's promises: with the record ID missing, the body went unchecked,
// and a pre-submit check called a PUT whose body lacks its value valid.
describe("a PUT without the record ID: its body is still the record's, and checked", () => {
  it("a .http file and a pre-submit check report the body's refusals beside the warning", () => {
    const broken = 'Content-Type: application/json\n\n{"name": 5}\n';
    const messages = lintHttpFile(`PUT ${order}\n${broken}`, "a.http").messages.map((m) => [m.ruleId, m.line, m.message.split(" (")[0]]);
    expect(messages).toEqual([
      ["request/record-id-missing", 1, expect.any(String)],
      ["schema", 4, "value is required"],
      ["schema", 4, "name must be a string"],
    ]);
    const checked = checkRequest({ method: "PUT", url: order, headers: { "content-type": "application/json" }, body: '{"name": 5}' });
    expect(checked).toMatchObject({ valid: false, errorCount: 2, warningCount: 1 });
  });
});
