import { describe, expect, it } from "vitest";
import { checkRequest } from "../../../src/index.js";
import { headMethod } from "../../../rules/request/head-method.js";
import { requestRuleTester } from "../../support/ruleTester.js";

/** The words RFC 9110 gives HEAD, which the message quotes. */
const rfcWords = ['RFC 9110 says "All general-purpose servers MUST support the methods GET and HEAD" (§9.1)', '"is identical to GET except that the server MUST NOT send content in the response" (§9.3.2)', "(our reading)"];

requestRuleTester(headMethod, {
  valid: [
    { name: "GET on the search", http: "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=5\n" },
    { name: "a method variable, which may stand for HEAD or not", http: "{{method}} https://integration.shopatron.com/api/v2/orderItem/?orderID=5\n" },
    // Where the endpoint takes no GET, HEAD is no GET without content: request/method-not-allowed's error.
    { name: "HEAD on Create Order, which takes POST alone: method-not-allowed's", http: "HEAD https://integration.shopatron.com/api/v2/createOrder/\n" },
    { name: "HEAD on a path no document describes: unknown-endpoint's", http: "HEAD https://integration.shopatron.com/api/v2/order/1/notes\n" },
  ],
  invalid: [
    {
      name: "HEAD on the search, which takes GET",
      http: "HEAD https://integration.shopatron.com/api/v2/orderItem/?orderID=5\n",
      errors: [{ messageId: "headAsGet", line: 1, column: 1, messageIncludes: ["HEAD is in no document's HTTP Method row, and no document refuses it: /api/v2/orderItem/ takes GET", ...rfcWords] }],
    },
    {
      name: "head in lower case on a custom data record, which takes GET among others",
      http: "### one\nhead https://integration.shopatron.com/api/v2/order/555555/customData/111111\n",
      // The record path takes PUT, DELETE, GET; the document's row reads "HTTP MethodPOST, PUT, DELETE, GET" (seeds 000, 001):
      // the message said the row "lists PUT, DELETE, GET", crediting the document with a list it does not give (review of 1b094096).
      errors: [{ messageId: "headAsGet", line: 2, column: 1, messageIncludes: ["/api/v2/order/{orderID}/customData/{orderCustomDataID} takes PUT, DELETE, GET", ...rfcWords], messageExcludes: ["it lists", "row for"] }],
    },
    {
      name: "HEAD in a Postman collection",
      postman: JSON.stringify({ info: { name: "c", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "search", request: { method: "HEAD", url: "https://integration.shopatron.com/api/v2/orderItem/?orderID=5" } }] }),
      errors: [{ messageId: "headAsGet", line: 1, messageIncludes: rfcWords }],
    },
  ],
});

describe("HEAD's message credits the documents with their own words alone", () => {
  it("on a custom data record names what the endpoint takes, not a row the document does not have", () => {
    const [finding] = checkRequest({ method: "HEAD", url: "https://integration.shopatron.com/api/v2/order/5/customData/7" }).diagnostics.filter((f) => f.ruleId === "request/head-method");
    expect(finding?.message).toContain("takes PUT, DELETE, GET");
    expect(finding?.message).not.toMatch(/row for|it lists/);
  });
});
