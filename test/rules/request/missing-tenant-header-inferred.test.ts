import { missingTenantHeaderInferred } from "../../../rules/request/missing-tenant-header-inferred.js";
import { requestRuleTester } from "../../support/ruleTester.js";

requestRuleTester(missingTenantHeaderInferred, {
  valid: [
    { name: "with the header", http: "GET https://12345-translation.mozu.com/api/v2/order/555555/customData\nx-vol-tenant: 12345\n" },
    { name: "the classic host needs none", http: "POST https://integration.shopatron.com/api/v2/createOrder/\n\n{}\n" },
    { name: "behind a host variable, an endpoint the classic host serves too", http: "POST {{base}}/createOrder/\n\n{}\n" },
    // Found by the audit of .http variables: a line that is only a variable was read before it was filled.
    { name: "the header held in a file variable, on a line of its own", http: "@tenant = x-vol-tenant: 12345\nGET https://12345-translation.mozu.com/api/v2/order/555555/customData\n{{tenant}}\n" },
    {
      name: "Custom Order Item Data, whose document says so, is request/missing-tenant-header's error",
      http: "GET https://12345-translation.mozu.com/api/v2/orderItem/1/customData/?orderID=2\n",
    },
    // A line of the head that is only a variable the file does not define (an environment's) may hold any continuation or header: nothing is missing then.
    { name: "a line that is only an environment's variable may hold the header", http: "GET https://12345-translation.mozu.com/api/v2/order/555555/customData\n{{auth}}\n" },
    // Found by the audit of this session's .http changes: the parse warning at its line (no colon) is the one finding.

  ],
  invalid: [
    // Found by the audit of request files: an empty one was said to be missing, at the request line.
    {
      name: "sent empty: said so, at its line",
      http: "GET https://12345-translation.mozu.com/api/v2/order/555555/customData\nx-vol-tenant: \n",
      errors: [{ messageId: "empty", line: 2, column: 1, messageIncludes: ["x-vol-tenant is empty", "likely needs the tenant ID in it", "(our reading)"] }],
    },
    {
      name: "Custom Order Data on a translation host: the vendor's other pages ask for it, the five documents do not",
      http: "GET https://12345-translation.mozu.com/api/v2/order/555555/customData\n",
      errors: [{ messageId: "missing", line: 1, messageIncludes: ["likely needs the x-vol-tenant header", "the vendor's other pages", "not the Custom Order Data API document"] }],
    },
    {
      name: "Search for Order Item on a translation host",
      http: "GET https://12345-translation.mozu.com/api/v2/orderItem/?orderID=555555\n",
      errors: [{ messageId: "missing", line: 1, messageIncludes: ["not the Search for Order Item API document"] }],
    },
    {
      name: "Create Order on the sandbox host",
      http: "POST https://12345-translation.sandbox.mozu.com/api/v2/createOrder/\nContent-Type: application/json\n\n{}\n",
      errors: [{ messageId: "missing", line: 1, messageIncludes: ["not the Create Order API document"] }],
    },
  ],
});
