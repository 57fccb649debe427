import { unknownEndpoint } from "../../../rules/request/unknown-endpoint.js";
import { requestRuleTester } from "../../support/ruleTester.js";

const oms = "https://integration.shopatron.com/api/v2";
const json = "Content-Type: application/json\n\n{}\n";
/** A collection of one request to `url`, as Postman saves it, with the collection's variables. */
const collection = (url: unknown, variable: readonly { key: string; value: string }[] = []) =>
  JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, variable, item: [{ name: "x", request: { method: "GET", url } }] }, null, 2);
const urlLine = (text: string) => text.split("\n").findIndex((line) => line.trimStart().startsWith('"url":')) + 1;

requestRuleTester(unknownEndpoint, {
  valid: [
    { name: "Create Order on the classic host", http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n{}\n" },
    { name: "a host variable may hold /api/v2", http: "GET {{base}}/order/555555/customData\n" },
    // Found by the audit of .http variables: a value's line break (`\n`) was kept in the URL. REST
    // Client splits the filled request at it (on Linux and macOS), making the rest a continuation line.
    { name: "a URL variable whose value breaks before a continuation", http: "@u = https://integration.shopatron.com/api/v2/orderItem/\\n?orderID=5\nGET {{u}}\n" },
    // Found by the request files audit: REST Client sends the URL through got, which parses it with
    // new URL(): its dot segments are removed before it is sent, so it calls Create Order.
    { name: "a dot segment REST Client removes", http: `POST ${oms}/./createOrder/\n${json}` },
    { name: "a .. segment REST Client resolves", http: `POST ${oms}/importOrder/../createOrder/\n${json}` },
    { name: "a percent-encoded dot segment", http: `GET ${oms}/%2e/order/5/customData\n` },
    { name: "a trailing slash is no empty segment", http: `GET ${oms}/order/5/customData/\n` },
    // Found by the request files audit: a variable holding the whole URL (or the whole path) was
    // "/ is none of the OMS v2 endpoints"; it names no endpoint oms-lint can check.
    { name: "a variable holding the whole URL", http: "GET {{url}}\n" },
    { name: "a variable holding the whole URL, with a query", http: "GET {{url}}?orderID=1\n" },
    { name: "a variable holding the whole path", http: "GET https://integration.shopatron.com/{{path}}\n" },
    { name: "a Postman URL that is a variable", postman: collection("{{url}}") },
    // Found by the audit of request files: an empty collection variable was read as final, and the
    // path as /order//customData; an empty value is how a collection leaves it to the environment.
    { name: "a path variable the collection leaves empty, for the environment to fill", postman: collection(`${oms}/order/{{orderId}}/customData`, [{ key: "orderId", value: "" }]) },
    { name: "item custom data on the translation host", http: "GET https://12345-translation.mozu.com/api/v2/orderItem/1/customData/?orderID=2\nx-vol-tenant: 12345\n" },
    // Found by the request files audit: the documents give each call's schema URL (their "Schema"
    // lines), and a GET of one was warned as none of the endpoints they describe.
    { name: "the search's schema URL (seed 002's Schema line)", http: "GET https://integration.shopatron.com/api/v2/schema/orderItemSearch.json\n" },
    { name: "the order custom data schema URL (seed 000's Schema line)", http: "GET https://integration.shopatron.com/api/v2/schema/order/orderCustomData.json\n" },
    { name: "Create Order's and the import's schema URLs", http: "GET https://integration.shopatron.com/api/v2/schema/createOrder.json\n\n###\nGET https://integration.shopatron.com/api/v2/schema/importOrder.json\n" },
    { name: "a schema URL behind a base URL variable", http: "GET {{base}}/schema/orderItemSearch.json\n" },
    // Found by the request-files audit: a URL with no scheme whose host starts with a variable was
    // read with the variable alone for its host, and the host's rest for the path's start.
    { name: "no scheme, a host that starts with the tenant's variable", http: "GET {{tenantId}}-translation.mozu.com/api/v2/orderItem/1/customData/?orderID=2\nx-vol-tenant: 12345\n" },
    { name: "no scheme, a host variable and a port variable", http: "GET {{host}}:{{port}}/api/v2/order/1/customData\n" },
    { name: "a base URL variable that ends in /api/v2/, then the path", http: "GET {{base}}order/1/customData\n" },
    {
      name: "a Postman url whose host starts with the tenant's variable, with no protocol",
      postman: collection({ host: ["{{tenantId}}-translation", "mozu", "com"], path: ["api", "v2", "order", "1", "customData"] }),
    },
  ],
  invalid: [
    {
      // Found by the property of test/requests/leadingVariableHost.test.ts under other seeds: the
      // variable holds the host and the path's first `/` (`{{baseUrl}}api/v2/…`), and the path was
      // quoted without it, where the same URL written out is quoted /api/v2/orders.
      name: "a base URL variable ending in a slash, then a path no endpoint has: the path quoted from its /",
      http: `POST {{v}}api/v2/orders\n${json}`,
      errors: [{ messageId: "noEndpointNearest", line: 1, messageIncludes: ["/api/v2/orders is none of the OMS v2 endpoints the documents describe"] }],
    },
    {
      name: "a schema the documents do not give is no endpoint they describe",
      http: "GET https://integration.shopatron.com/api/v2/schema/orderItemCustomData.json\n",
      errors: [{ messageId: "noEndpointNearest", line: 1, messageIncludes: ["/api/v2/schema/orderItemCustomData.json is none of the OMS v2 endpoints the documents describe"] }],
    },
    {
      name: "a documented schema URL sent by POST: the documents give it to be read, not written to",
      http: "POST https://integration.shopatron.com/api/v2/schema/orderItemSearch.json\n",
      errors: [{ messageId: "schemaNotGet", line: 1, messageIncludes: ["/api/v2/schema/orderItemSearch.json is the schema the Search for Order Item document gives (\"Schema\")", "read it with GET, not POST"] }],
    },
    {
      name: "an empty segment: matched only with the slashes merged, which no client does",
      http: `POST ${oms}//createOrder/\n${json}`,
      errors: [
        {
          messageId: "emptySegment",
          line: 1,
          column: 6,
          messageIncludes: ['the path "/api/v2//createOrder/" is /api/v2/createOrder/ only with its slashes merged', "servers differ", "our reading", "write one slash"],
        },
      ],
    },
    // Found by the review of the request files: a trailing `//` was taken for a trailing slash.
    ...[
      ["a search", "GET", "/orderItem//?orderID=1", ""],
      ["createOrder", "POST", "/createOrder//", json],
      ["a custom data collection", "GET", "/order/5/customData//", ""],
      ["a custom data record", "GET", "/order/5/customData/111111//", ""],
      ["three trailing slashes", "GET", "/order/5/customData///", ""],
    ].map(([name, method, path, rest]) => ({
      name: `a trailing // is an empty segment too: ${name}`,
      http: `${method} ${oms}${path}\n${rest}`,
      errors: [{ messageId: "emptySegment", line: 1, column: (method as string).length + 2, messageIncludes: [`the path "/api/v2${(path as string).split("?")[0]}" is /api/v2/`, "only with its slashes merged", "write one slash"] }],
    })),
    {
      name: "Postman sends a dot segment as written (postman-url-encoder's toNodeUrl)",
      postman: collection(`${oms}/./order/5/customData`),
      errors: [
        {
          messageId: "dotSegment",
          line: urlLine(collection(`${oms}/./order/5/customData`)),
          messageIncludes: ['the path "/api/v2/./order/5/customData" is /api/v2/order/{orderID}/customData only with its . and .. segments removed: Postman sends them as written', "our reading"],
        },
      ],
    },
    {
      name: "a .. segment that leaves no endpoint in REST Client",
      http: `POST ${oms}/createOrder/../orders/\n${json}`,
      errors: [{ messageId: "noEndpointNearest", line: 1, messageIncludes: ['/api/v2/createOrder/../orders/ is none of the OMS v2 endpoints'] }],
    },
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
