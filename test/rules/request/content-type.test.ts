import { contentType } from "../../../rules/request/content-type.js";
import { requestRuleTester } from "../../support/ruleTester.js";

requestRuleTester(contentType, {
  valid: [
    { name: "application/json", http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n{}\n" },
    { name: "with a charset", http: "POST https://integration.shopatron.com/api/v2/createOrder/\ncontent-type: application/json; charset=utf-8\n\n{}\n" },
    { name: "a variable", http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: {{type}}\n\n{}\n" },
    { name: "no body: body-required's", http: "POST https://integration.shopatron.com/api/v2/createOrder/\n" },
    { name: "a GET", http: "GET https://integration.shopatron.com/api/v2/order/1/customData\n" },
  ],
  invalid: [
    {
      name: "no Content-Type",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\n\n{}\n",
      // "Supported Formats JSON" is all the documents say: the header is our reading of it, and the message says whose.
      errors: [
        {
          messageId: "missing",
          line: 1,
          messageIncludes: ["sends no Content-Type: the documents give JSON as the supported format, so send Content-Type: application/json", "they do not say what the OMS does with a body sent without one"],
        },
      ],
    },
    {
      name: "another type",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: text/plain\n\n{}\n",
      errors: [{ messageId: "other", line: 1, messageIncludes: ['Content-Type is "text/plain": the documents give JSON as the supported format, so send application/json', "they do not say what the OMS does with another type"] }],
    },
  ],
});
