import { repeatedQueryParameter } from "../../../rules/request/repeated-query-parameter.js";
import { requestRuleTester } from "../../support/ruleTester.js";

const item = "https://1-translation.mozu.com/api/v2/orderItem/1/customData";
const tenant = "x-vol-tenant: 1\n";
const body = 'Content-Type: application/json\n\n{"name": "n", "value": "v"}\n';

// Found by the request files audit: an item custom data call's `?orderID=5&orderID=5` was read
// as "5,5" and refused; its values are now each checked as written (request/path-parameter), and
// the repeat itself is this warning, as a search's is search-repeated-parameter's.
requestRuleTester(repeatedQueryParameter, {
  valid: [
    { name: "orderID given once", http: `PUT ${item}/9?orderID=5\n${tenant}${body}` },
    { name: "a search's repeat is search-repeated-parameter's, on its query", http: "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=5&orderID=6\n" },
    { name: "a parameter the documents do not give the call is not this rule's", http: `GET ${item}/?orderID=5&x=1&x=2\n${tenant}` },
    { name: "order custom data takes no query", http: "GET https://integration.shopatron.com/api/v2/order/5/customData?orderID=5&orderID=5\n" },
  ],
  invalid: [
    {
      name: "the audit's repro: an item data PUT's orderID given twice, the same value",
      http: `PUT ${item}/9?orderID=5&orderID=5\n${tenant}${body}`,
      errors: [
        {
          messageId: "repeated",
          line: 1,
          column: 5,
          messageIncludes: [
            "orderID is given 2 times",
            "the Custom Order Item Data API document shows it once in each URL (?orderID=012345)",
            "does not say how the OMS reads a parameter given more than once",
            "give it once (our reading)",
          ],
        },
      ],
    },
    {
      name: "an item data GET's orderID given three times",
      http: `GET ${item}/?orderID=5&orderID=6&orderID=7\n${tenant}`,
      errors: [{ messageId: "repeated", line: 1, messageIncludes: ["orderID is given 3 times"] }],
    },
  ],
});
