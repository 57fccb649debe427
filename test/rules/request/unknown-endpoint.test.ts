import { unknownEndpoint } from "../../../rules/request/unknown-endpoint.js";
import { requestRuleTester } from "../../support/ruleTester.js";

requestRuleTester(unknownEndpoint, {
  valid: [
    { name: "Create Order on the classic host", http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n{}\n" },
    { name: "a host variable may hold /api/v2", http: "GET {{base}}/order/555555/customData\n" },
    { name: "item custom data on the translation host", http: "GET https://12345-translation.mozu.com/api/v2/orderItem/1/customData/?orderID=2\nx-vol-tenant: 12345\n" },
  ],
  invalid: [
    {
      name: "a path no endpoint has, with the nearest one",
      http: "POST {{base}}/order/555555/customdata\n\n{}\n",
      errors: [{ messageId: "noEndpointNearest", line: 1, column: 6, messageIncludes: ["is none of the OMS v2 endpoints the documents describe; did you mean /api/v2/order/{orderID}/customData?"] }],
    },
    {
      name: "no path at all",
      http: "GET https://integration.shopatron.com\n",
      errors: [{ messageId: "noEndpointNearest", line: 1, messageIncludes: ["/ is none of the OMS v2 endpoints the documents describe;"] }],
    },
  ],
});
