import { pathParameter } from "../../../rules/request/path-parameter.js";
import { requestRuleTester } from "../../support/ruleTester.js";

requestRuleTester(pathParameter, {
  valid: [
    { name: "positive integers", http: "GET https://integration.shopatron.com/api/v2/order/555555/customData/111111\n" },
    { name: "leading zeros, as in the documents' URLs", http: "GET https://12345-translation.mozu.com/api/v2/orderItem/000001/customData/?orderID=012345\nx-vol-tenant: 1\n" },
    {
      name: "a record ID of zero: the documents give it as an integer with no minimum (the body schema takes 0 too)",
      http: "DELETE https://integration.shopatron.com/api/v2/order/555555/customData/0\n",
    },
    {
      name: "a negative record ID is an integer too: the documents give no minimum (the body schema takes -1 as well)",
      http: "PUT https://integration.shopatron.com/api/v2/orderItem/7/customData/-1?orderID=5\n\n{\"name\":\"n\",\"value\":\"v\"}\n",
    },
    { name: "variables stand for valid IDs", http: "GET https://integration.shopatron.com/api/v2/order/{{orderID}}/customData\n" },
    { name: "the search's orderID is its query schema's, at the parameter", http: "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=1,x\n" },
    { name: "a missing orderID is missing-query-parameter's", http: "GET https://integration.shopatron.com/api/v2/orderItem/\n" },
  ],
  invalid: [
    {
      name: "a path ID that is not a positive integer",
      http: "GET https://integration.shopatron.com/api/v2/order/abc/customData\n",
      errors: [{ messageId: "pathParameter", line: 1, column: 5, messageIncludes: ['path parameter orderID must be a positive integer, not "abc"'] }],
    },
    {
      name: "an order ID of zero (the documents: minimum value 1)",
      http: "DELETE https://integration.shopatron.com/api/v2/order/0/customData/111111\n",
      errors: [{ messageId: "pathParameter", line: 1, messageIncludes: ['orderID must be a positive integer, not "0"'] }],
    },
    {
      name: "a record ID that is no integer",
      http: "DELETE https://integration.shopatron.com/api/v2/order/555555/customData/1.5\n",
      errors: [{ messageId: "pathParameter", line: 1, messageIncludes: ['orderCustomDataID must be an integer, not "1.5"'] }],
    },
    {
      name: "an item custom data call's orderID",
      http: "GET https://integration.shopatron.com/api/v2/orderItem/7/customData/?orderID=x\n",
      errors: [{ messageId: "queryParameter", line: 1, messageIncludes: ['query parameter orderID must be a positive integer, not "x"'] }],
    },
  ],
});
