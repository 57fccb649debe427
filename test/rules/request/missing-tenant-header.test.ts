import { missingTenantHeader } from "../../../rules/request/missing-tenant-header.js";
import { requestRuleTester } from "../../support/ruleTester.js";

requestRuleTester(missingTenantHeader, {
  valid: [
    { name: "with the header", http: "POST https://12345-translation.mozu.com/api/v2/createOrder/\nx-vol-tenant: 12345\n\n{}\n" },
    { name: "header names are case-insensitive", http: "POST https://12345-translation.mozu.com/api/v2/createOrder/\nX-Vol-Tenant: 12345\n\n{}\n" },
    { name: "the classic host needs none", http: "POST https://integration.shopatron.com/api/v2/createOrder/\n\n{}\n" },
    { name: "behind a host variable, an endpoint the classic host serves too", http: "POST {{base}}/createOrder/\n\n{}\n" },
  ],
  invalid: [
    {
      name: "a translation host without it",
      http: "POST https://12345-translation.mozu.com/api/v2/createOrder/\nContent-Type: application/json\n\n{}\n",
      errors: [{ messageId: "missing", line: 1, messageIncludes: ["needs the x-vol-tenant header"] }],
    },
    {
      name: "the sandbox host",
      http: "GET https://12345-translation.sandbox.mozu.com/api/v2/orderItem/1/customData/?orderID=2\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
  ],
});
