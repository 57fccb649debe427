import { searchUrlEndpoint } from "../../rules/search-url-endpoint.js";
import { ruleTester } from "../support/ruleTester.js";

const host = "https://integration.shopatron.com";

// Found by the audit of diagnostic wording: a createOrder URL given as a search passed, kind
// orderItemSearch, no findings, exit 0. Findings about a string point at it ("").
ruleTester(searchUrlEndpoint, {
  valid: [
    { name: "the search endpoint", payload: `${host}/api/v2/orderItem/?orderID=5` },
    { name: "without its trailing slash", payload: `${host}/api/v2/orderItem?orderID=5` },
    { name: "on a translation host", payload: "https://1234-translation.mozu.com/api/v2/orderItem/?orderID=5" },
    { name: "a path alone", payload: "/api/v2/orderItem/?orderID=5" },
    { name: "a query string has no path", payload: "?orderID=5&perPage=20" },
    { name: "nor one without its ?, even with a / in a value", payload: "orderID=5&sortBy=a/b" },
    { name: "the object form", payload: { orderID: "5" } },
  ],
  invalid: [
    {
      name: "the Create Order endpoint",
      payload: `${host}/api/v2/createOrder/?orderID=5`,
      errors: [{ path: "", messageId: "otherEndpoint", messageIncludes: ["/api/v2/createOrder/", "Create Order", "/api/v2/orderItem/", "our reading"] }],
    },
    {
      name: "the order custom data endpoint",
      payload: `${host}/api/v2/order/5/customData?orderID=5`,
      errors: [{ path: "", messageId: "otherEndpoint", messageIncludes: ["/api/v2/order/5/customData"] }],
    },
    {
      name: "a path of no endpoint the documents give",
      payload: `${host}/api/v2/order/?orderID=5`,
      errors: [{ path: "", messageId: "noEndpoint", messageIncludes: ["/api/v2/order/", "/api/v2/orderItem/"] }],
    },
    {
      name: "a URL with no path",
      payload: `${host}?orderID=5`,
      errors: [{ path: "", messageId: "noEndpoint", messageIncludes: ['path is "/"'] }],
    },
    {
      name: "in a .json file, at the string",
      text: `"${host}/api/v2/createOrder/?orderID=5"`,
      errors: [{ path: "", messageId: "otherEndpoint", line: 1, column: 1 }],
    },
  ],
});
