import { bodyRequired } from "../../../rules/request/body-required.js";
import { requestRuleTester } from "../../support/ruleTester.js";
import { collectionOf } from "./postmanRequests.js";

/**
 * A Postman file body is sent only from the file its `src` names: postman-runtime's file loader
 * (lib/runner/request-helpers-presend.js) calls util.createReadStream(resolver, filedata.src, …),
 * which refuses a src that is no non-empty string ("invalid or missing file source"), and on any
 * error deletes filedata.content; the body builder (lib/requester/core-body-builder.js) sends
 * `content && content.content`: nothing. Found by the audit of request files: a body with
 * `content` and no `src` drew no finding (postman-collection's isEmpty counts it), and Newman
 * sends the POST without a body.
 */
const createOrderFile = (file: string) => collectionOf("POST", "/api/v2/createOrder/", `        "mode": "file",\n        "file": ${file}`);

requestRuleTester(bodyRequired, {
  valid: [
    { name: "a POST with a body", http: "POST https://integration.shopatron.com/api/v2/createOrder/\n\n{}\n" },
    { name: "a body from a file", http: "PUT https://integration.shopatron.com/api/v2/order/1/customData/2\n\n< ./body.json\n" },
    { name: "a DELETE without the record ID needs none", http: "DELETE https://integration.shopatron.com/api/v2/order/1/customData\n" },
    { name: "a GET needs none", http: "GET https://integration.shopatron.com/api/v2/order/1/customData\n" },
    { name: "a Postman file body whose src names its file", postman: createOrderFile('{ "src": "orders/order.json" }') },
    { name: "a Postman file body given as its path alone", postman: createOrderFile('"orders/order.json"') },
    { name: "a Postman file body whose src names its file, beside content", postman: createOrderFile('{ "src": "orders/order.json", "content": "{}" }') },
    { name: "a raw body whose disabled is false", postman: collectionOf("POST", "/api/v2/createOrder/", '        "mode": "raw", "raw": "{}", "disabled": false') },
    { name: "a urlencoded list with one parameter enabled: a body is sent", postman: collectionOf("POST", "/api/v2/createOrder/", '        "mode": "urlencoded", "urlencoded": [{ "key": "a", "disabled": true }, { "key": "b" }]') },
  ],
  invalid: [
    {
      name: "a POST without a body",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\n",
      errors: [{ messageId: "needsBody", line: 1, column: 1, messageIncludes: ["POST /api/v2/createOrder/ needs a JSON body (createOrder)"] }],
    },
    {
      name: "a blank body is none",
      http: "PUT https://integration.shopatron.com/api/v2/order/1/customData/2\n\n  \n",
      errors: [{ messageId: "needsBody", line: 1, messageIncludes: ["(orderCustomData)"] }],
    },
    {
      // A head line REST Client fills (a continuation, headers or nothing) is no body: a body it held on its own line would be read as a header.
      name: "a POST whose last head line is a variable the file does not define, and no body under it",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n{{payload}}\n",
      errors: [{ messageId: "needsBody", line: 1 }],
    },
    // Found by the request files review: a PUT without the record ID (record-id-missing's) or a
    // POST with one (record-id-unexpected's) is read as the document gives the method; a missing
    // body is a second cause, and a second finding.
    {
      name: "a PUT without a body to the collection's path: read as the record's PUT",
      http: "PUT https://integration.shopatron.com/api/v2/order/555555/customData\n",
      errors: [{ messageId: "needsBody", line: 1, messageIncludes: ["PUT /api/v2/order/{orderID}/customData needs a JSON body (orderCustomData)"] }],
    },
    {
      name: "a POST without a body to an item record's path: read as the collection's POST",
      http: "POST https://integration.shopatron.com/api/v2/orderItem/100001/customData/999999?orderID=555555\n",
      errors: [{ messageId: "needsBody", line: 1, messageIncludes: ["POST /api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID} needs a JSON body (orderItemCustomData)"] }],
    },
    ...[
      ['{ "content": "{\\"bad\\":1}" }', "content and no src"],
      ['{ "src": null, "content": "{}" }', "content and a null src"],
      ['{ "src": ["orders/order.json"] }', "a src that is a list"],
      ['{ "src": 5 }', "a src that is a number"],
      ['{ "src": "", "content": "{}" }', "an empty src beside content"],
    ].map(([file, what]) => ({
      name: `a Postman file body with ${what}: Newman sends no body`,
      postman: createOrderFile(file!),
      errors: [{ messageId: "fileNamesNone", line: 8, messageIncludes: ["POST /api/v2/createOrder/ needs a JSON body (createOrder)", "src", "content is not sent"] }],
    })),
    // Found by the audit of request files: postman-runtime's getRequestBody (lib/requester/core.js)
    // sends none where the body is disabled (any truthy `disabled`) or postman-collection's
    // RequestBody#isEmpty holds (a body with no mode: RequestBody#update returns before it reads
    // any), and its urlencoded builder drops each disabled parameter: oms-lint linted these as sent.
    ...[
      ['        "raw": "{\\"externalOrderID\\": \\"a\\"}"', "a raw body with no mode"],
      ['        "mode": "", "raw": "{}"', "a raw body whose mode is empty"],
      ['        "mode": "raw", "raw": "{}", "disabled": "true"', "a raw body disabled by the string \"true\""],
      ['        "mode": "raw", "raw": "{}", "disabled": 1', "a raw body disabled by 1"],
      ['        "mode": "urlencoded", "urlencoded": [{ "key": "a", "value": "b", "disabled": true }]', "a urlencoded list whose one parameter is disabled"],
      ['        "mode": "urlencoded", "urlencoded": [{ "key": "a", "disabled": "yes" }, null, { "key": "b", "disabled": true }]', "a urlencoded list whose every parameter is disabled"],
    ].map(([body, what]) => ({
      name: `${what}: Newman sends no body`,
      postman: collectionOf("POST", "/api/v2/createOrder/", body!),
      errors: [{ messageId: "needsBody", line: 4, messageIncludes: ["POST /api/v2/createOrder/ needs a JSON body (createOrder)"] }],
    })),
    {
      name: "a Postman file body with nothing in it: no body, as before",
      postman: createOrderFile("{}"),
      errors: [{ messageId: "needsBody", line: 4, messageIncludes: ["POST /api/v2/createOrder/ needs a JSON body (createOrder)"] }],
    },
  ],
});
