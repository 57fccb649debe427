import { missingQueryParameter } from "../../../rules/request/missing-query-parameter.js";
import { requestRuleTester } from "../../support/ruleTester.js";

requestRuleTester(missingQueryParameter, {
  valid: [
    { name: "item custom data with its orderID", http: "GET https://12345-translation.mozu.com/api/v2/orderItem/1/customData/?orderID=2\nx-vol-tenant: 1\n" },
    { name: "a search with its orderID", http: "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=555555\n" },
    { name: "a search's empty orderID is its query schema's, at the parameter", http: "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=\n" },
    { name: "order custom data needs none", http: "GET https://integration.shopatron.com/api/v2/order/555555/customData\n" },
  ],
  invalid: [
    {
      name: "an item custom data call without ?orderID=",
      http: "GET https://12345-translation.mozu.com/api/v2/orderItem/1/customData/\nx-vol-tenant: 1\n",
      errors: [{ messageId: "missing", line: 1, column: 5, messageIncludes: ["needs the query parameter ?orderID="] }],
    },
    {
      name: "a search without orderID",
      http: "GET https://integration.shopatron.com/api/v2/orderItem/?perPage=5\n",
      errors: [{ messageId: "missing", line: 1, messageIncludes: ["/api/v2/orderItem/ needs the query parameter ?orderID="] }],
    },
    {
      name: "an item custom data call with an empty orderID",
      http: "GET https://integration.shopatron.com/api/v2/orderItem/1/customData/?orderID=\n",
      errors: [{ messageId: "missing", line: 1, messageIncludes: ["/api/v2/orderItem/{orderItemID}/customData/"] }],
    },
  ],
});
