import { pathParameter } from "../../../rules/request/path-parameter.js";
import { requestRuleTester } from "../../support/ruleTester.js";

requestRuleTester(pathParameter, {
  valid: [
    { name: "positive integers", http: "GET https://integration.shopatron.com/api/v2/order/555555/customData/111111\n" },
    { name: "leading zeros, as in the documents' URLs", http: "GET https://12345-translation.mozu.com/api/v2/orderItem/000001/customData/?orderID=012345\nx-vol-tenant: 1\n" },
    { name: "variables stand for valid IDs", http: "GET https://integration.shopatron.com/api/v2/order/{{orderID}}/customData\n" },
    { name: "a missing orderID is missing-query-parameter's", http: "GET https://integration.shopatron.com/api/v2/orderItem/\n" },
  ],
  invalid: [
    {
      name: "a path ID that is not a positive integer",
      http: "GET https://integration.shopatron.com/api/v2/order/abc/customData\n",
      errors: [{ messageId: "pathParameter", line: 1, column: 5, messageIncludes: ['path parameter orderID must be a positive integer, not "abc"'] }],
    },
    {
      name: "zero",
      http: "DELETE https://integration.shopatron.com/api/v2/order/555555/customData/0\n",
      errors: [{ messageId: "pathParameter", line: 1, messageIncludes: ["orderCustomDataID", '"0"'] }],
    },
    {
      name: "the search's orderID list",
      http: "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=1,x\n",
      errors: [{ messageId: "queryParameter", line: 1, messageIncludes: ["query parameter orderID must be positive integers separated by commas"] }],
    },
  ],
});
