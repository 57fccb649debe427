import { missingQueryParameterInferred } from "../../../rules/request/missing-query-parameter-inferred.js";
import { requestRuleTester } from "../../support/ruleTester.js";

const item = "https://12345-translation.mozu.com/api/v2/orderItem/100001/customData";
const tenant = "x-vol-tenant: 12345\n";
const body = 'Content-Type: application/json\n\n{"name": "Gift message", "value": "Happy birthday!"}\n';
const onlyPut =
  'lists orderID under Optional Parameters and says "must" only of PUT ("The header must specify the order and item IDs, but also includes the specific custom data ID before the order ID is appended.")';
const collectionUrl = "(https://{tenantId}-translation.mozu.com/api/v2/orderItem/000000/customData/?orderID=012345)";
const recordUrl = "(https://{tenantId}-translation.mozu.com/api/v2/orderItem/000000/customData/999999?orderID=012345)";

/** A Postman collection of one request (two-space indent, as Postman saves it). */
const collection = (method: string, url: string) =>
  JSON.stringify(
    { info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "get", request: { method, url, header: [{ key: "x-vol-tenant", value: "12345" }] } }] },
    null,
    2,
  );
const urlLine = (text: string) => text.split("\n").findIndex((line) => line.trimStart().startsWith('"url":')) + 1;

requestRuleTester(missingQueryParameterInferred, {
  valid: [
    { name: "an item data GET with its orderID", http: `GET ${item}/?orderID=555555\n${tenant}` },
    { name: "an item data POST with its orderID", http: `POST ${item}/?orderID=555555\n${tenant}${body}` },
    { name: "an item data PUT without it is the stated rule's error", http: `PUT ${item}/999999\n${tenant}${body}` },
    { name: "a search without orderID is the stated rule's error", http: "GET https://integration.shopatron.com/api/v2/orderItem/?perPage=5\n" },
    { name: "order custom data takes no orderID query", http: "GET https://integration.shopatron.com/api/v2/order/555555/customData\n" },
    { name: "a variable in place of the query's name may hold orderID", http: `GET ${item}?{{query}}\n${tenant}` },
    // Found by the rules audit: a method the endpoint does not take is request/method-not-allowed's
    // one finding; what the endpoint's own methods need of the query is not this request's.
    { name: "a PATCH to item data without orderID: the method is the cause", http: `PATCH ${item}/\n${tenant}${body}` },
  ],
  invalid: [
    // Found by the fix of request files: a search's `?orderid=1` says "did you mean orderID?", an item data GET's did not.
    {
      name: "an item data GET with ?OrderID= (misspelt): the warning names it and the parameter meant",
      http: `GET ${item}/?OrderID=555555\n${tenant}`,
      errors: [{ messageId: "missing", line: 1, messageIncludes: ['has no ?orderID= ("OrderID" stands in its place: did you mean orderID?)'] }],
    },
    {
      name: "an item data GET without ?orderID= (the audit's repro)",
      http: `GET ${item}\n${tenant}`,
      errors: [
        {
          messageId: "missing",
          line: 1,
          column: 5,
          messageIncludes: [
            "GET /api/v2/orderItem/{orderItemID}/customData/ has no ?orderID=",
            `the Custom Order Item Data API document shows it in the GET's URL ${collectionUrl} and says "The first header only specifies item and order IDs"`,
            onlyPut,
            "that the OMS refuses a GET without it is our reading, not the document's word: add ?orderID= with the order's ID",
          ],
        },
      ],
    },
    // Found by the request files audit: the one-record GET quoted the all-records URL and "The
    // first header only specifies item and order IDs", words the document says of the other call.
    {
      name: "an item data GET of one record without ?orderID=: the document's URL and words for that call",
      http: `GET ${item}/9\n${tenant}`,
      errors: [
        {
          messageId: "missing",
          line: 1,
          messageIncludes: [
            "GET /api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID} has no ?orderID=",
            `the Custom Order Item Data API document shows it in the GET's URL ${recordUrl} and says "The second option specifies a particular orderItemCustomDataID"`,
            onlyPut,
          ],
          messageExcludes: ["The first header", collectionUrl],
        },
      ],
    },
    // HEAD is read as the GET it mirrors (request/head-method's warning, RFC 9110 §9.3.2), no longer a
    // refused method: its query is the GET's, and without orderID it gets the GET's warning.
    {
      name: "a HEAD to an item data record without orderID, read as the GET",
      http: `HEAD ${item}/999999\n${tenant}`,
      errors: [{ messageId: "missingAnyMethod", line: 1, messageIncludes: ["HEAD /api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID} has no ?orderID=", "our reading"] }],
    },
    {
      name: "an item data POST without ?orderID=",
      http: `POST ${item}/\n${tenant}${body}`,
      errors: [
        {
          messageId: "missing",
          line: 1,
          messageIncludes: [`in the POST's URL ${collectionUrl} and says "The header specifies the IDs of the item being edited and the order that it belongs to."`, onlyPut],
        },
      ],
    },
    {
      name: "an item data DELETE with an empty orderID",
      http: `DELETE ${item}/999999?orderID=\n${tenant}`,
      errors: [
        {
          messageId: "missing",
          line: 1,
          messageIncludes: [
            "DELETE /api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID} has no ?orderID=",
            `in the DELETE's URL ${recordUrl} and says "the header specifies which data element is being deleted based on the IDs that are provided"`,
          ],
        },
      ],
    },
    // Found by the review of the request files: `?orderID=&orderID=` was read joined (","), not empty.
    {
      name: "an item data GET whose orderID is given only as empty values",
      http: `GET ${item}/9?orderID=&orderID=\n${tenant}`,
      errors: [{ messageId: "missing", line: 1, messageIncludes: ["GET /api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID} has no ?orderID=", "our reading"] }],
    },
    {
      name: "an item data DELETE whose orderID is given only as empty values",
      http: `DELETE ${item}/9?orderID=&orderID=\n${tenant}`,
      errors: [{ messageId: "missing", line: 1, messageIncludes: ["DELETE /api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID} has no ?orderID="] }],
    },
    {
      name: "a method variable: what the document shows of every method",
      http: `{{method}} ${item}/999999\n${tenant}`,
      errors: [{ messageId: "missingAnyMethod", line: 1, messageIncludes: ["{{method}} /api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID} has no ?orderID=", "in the URL of every method it describes", onlyPut, "our reading"] }],
    },
    {
      name: "Postman: an item data GET without orderID, at the URL",
      postman: collection("GET", item),
      errors: [{ messageId: "missing", line: urlLine(collection("GET", item)), messageIncludes: ["has no ?orderID=", "our reading"] }],
    },
  ],
});
