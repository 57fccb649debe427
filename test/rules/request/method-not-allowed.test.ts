import { describe, expect, it } from "vitest";
import { methodNotAllowed } from "../../../rules/request/method-not-allowed.js";
import { lintHttpFile } from "../../../src/builtIn/linter.js";
import { requestRuleTester } from "../../support/ruleTester.js";

requestRuleTester(methodNotAllowed, {
  valid: [
    { name: "POST on Create Order", http: "POST https://integration.shopatron.com/api/v2/createOrder/\n\n{}\n" },
    { name: "a method variable stands for a valid method", http: "{{method}} https://integration.shopatron.com/api/v2/createOrder/\n\n{}\n" },
    { name: "no endpoint: unknown-endpoint's", http: "GET https://integration.shopatron.com/api/v2/nowhere/\n" },
    // The custom data documents list PUT and DELETE for the call ("HTTP MethodPOST, PUT, DELETE,
    // GET") and never say the OMS refuses them without the record ID: record-id-missing's warning.
    { name: "a PUT without the record ID: record-id-missing's", http: "PUT https://integration.shopatron.com/api/v2/order/555555/customData\n\n{}\n" },
    { name: "a DELETE without the record ID: record-id-missing's", http: "DELETE https://integration.shopatron.com/api/v2/order/555555/customData\n" },
    { name: "an item data PUT without the record ID: record-id-missing's", http: "PUT https://integration.shopatron.com/api/v2/orderItem/7/customData/?orderID=5\n\n{}\n" },
    { name: "an item data DELETE without the record ID: record-id-missing's", http: "DELETE https://integration.shopatron.com/api/v2/orderItem/7/customData?orderID=5\n" },
    // HEAD is GET without content (RFC 9110 §9.3.2), which every general-purpose server must take (§9.1);
    // the documents' "HTTP Method GET" does not refuse it: request/head-method's warning, never this error.
    { name: "HEAD on the search, which takes GET: request/head-method's", http: "HEAD https://integration.shopatron.com/api/v2/orderItem/?orderID=5\n" },
    { name: "head, lower case, on a custom data record, which takes GET: request/head-method's", http: "head https://integration.shopatron.com/api/v2/order/555555/customData/111111\n" },
    {
      // The documents give the methods of the endpoints they describe, and mention other calls
      // ("add notes"): of a path beyond them they give no methods, so nothing is claimed of it
      // (unknown-endpoint warns of the path).
      name: "a method no documented endpoint takes, on a path the documents do not describe",
      http: "PATCH https://integration.shopatron.com/api/v2/order/1/notes\n\n{}\n",
    },
  ],
  invalid: [
    {
      // The search's row lists GET alone: its PUT is not the custom data call's PUT without the record ID.
      name: "a PUT to the search is told that item custom data takes it, with an item ID, /customData/ and the record ID",
      http: "PUT https://integration.shopatron.com/api/v2/orderItem/?orderID=5\n\n{}\n",
      errors: [{ messageId: "addToPath", line: 1, column: 1, messageIncludes: ["PUT is not allowed on /api/v2/orderItem/; it takes GET (PUT is on /api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID}: add the item ID and /customData/ and the record ID)"] }],
    },
    {
      name: "PATCH on custom data, which no row of the document lists",
      http: "PATCH https://integration.shopatron.com/api/v2/order/555555/customData\n\n{}\n",
      // Found by the review of the stop: "it takes POST, GET" read as the document's whole list for the call.
      errors: [{ messageId: "notOnCollection", line: 1, messageIncludes: ["PATCH is not allowed on /api/v2/order/{orderID}/customData; it takes POST, GET (the document lists POST, PUT, DELETE, GET for this call: PUT, DELETE, GET on /api/v2/order/{orderID}/customData/{orderCustomDataID}, with the record's ID)"] }],
    },
    {
      name: "a POST to the search is told that item custom data takes it, with an item ID and /customData/ (no record ID is involved)",
      http: "POST https://integration.shopatron.com/api/v2/orderItem/?orderID=5\nContent-Type: application/json\n\n{\"name\": \"n\", \"value\": \"v\"}\n",
      errors: [{ messageId: "addToPath", line: 1, messageIncludes: ["POST is on /api/v2/orderItem/{orderItemID}/customData/: add the item ID and /customData/)"] }],
    },
    {
      name: "GET on Create Order",
      http: "GET https://integration.shopatron.com/api/v2/createOrder/\n",
      errors: [{ messageId: "notOnEndpoint", line: 1, messageIncludes: ["it takes POST"] }],
    },
    {
      name: "HEAD on Create Order, which takes no GET",
      http: "HEAD https://integration.shopatron.com/api/v2/createOrder/\n",
      errors: [{ messageId: "notOnEndpoint", line: 1, messageIncludes: ["HEAD is not allowed on /api/v2/createOrder/; it takes POST"] }],
    },
    {
      name: "a method no documented endpoint takes",
      http: "PATCH https://integration.shopatron.com/api/v2/createOrder/\n\n{}\n",
      // The endpoint's own methods, as for any other it does not take (PATCH is in no document).
      errors: [{ messageId: "notOnEndpoint", line: 1, messageIncludes: ["PATCH is not allowed on /api/v2/createOrder/; it takes POST"] }],
    },
  ],
});

// Found by the rules audit: a POST to the search's path was this error and
// request/missing-query-parameter's, quoting the search document's "an Order ID is necessary" for
// a request that is no search. A refused method is one cause: the query, the body and the headers
// that the endpoint's own methods take are not this request's.
describe("a method the endpoint does not take is the one finding", () => {
  const found = (http: string) => lintHttpFile(http).messages.map((m) => [m.ruleId, m.severity]);

  it.each([
    ["the audit's POST to the search's path", 'POST https://integration.shopatron.com/api/v2/orderItem/\nContent-Type: application/json\n\n{"name": "finalSale", "value": "true"}\n'],
    ["a DELETE to the search's path with a query", "DELETE https://integration.shopatron.com/api/v2/orderItem/?perPage=5&page=0\n"],
    ["a PATCH to item data without orderID", "PATCH https://integration.shopatron.com/api/v2/orderItem/7/customData/\n"],
    ["a PATCH to item data with an orderID that is no ID", "PATCH https://integration.shopatron.com/api/v2/orderItem/7/customData/?orderID=x\n"],
  ])("%s", (_name, http) => {
    expect(found(http)).toEqual([["request/method-not-allowed", 2]]);
  });
});
