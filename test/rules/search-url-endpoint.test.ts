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
    // Found by the request files review: a path with dot segments was compared as written, and
    // `…/api/v2/./orderItem/` said to be for another endpoint. new URL() removes them.
    { name: "a . segment, which the URL parser removes", payload: `${host}/api/v2/./orderItem/?orderID=1` },
    { name: "a .. segment after another", payload: `${host}/api/v2/createOrder/../orderItem/?orderID=1` },
    { name: "percent-encoded dots", payload: `${host}/api/%2E/v2/x/%2e%2E/orderItem?orderID=1` },
    { name: "a dot segment at the end", payload: `${host}/api/v2/orderItem/.?orderID=1` },
    { name: "in a path alone", payload: "/api/v2/orderItem/x/..?orderID=1" },
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
    // The reverse: dot segments that lead the path away from the search, once removed.
    {
      name: "a .. segment that leaves /api/v2/",
      payload: `${host}/api/v2/orderItem/..?orderID=1`,
      errors: [{ path: "", messageId: "noEndpoint", messageIncludes: ['path is "/api/v2/orderItem/.."'] }],
    },
    {
      name: "a .. segment that leads to Create Order",
      payload: `${host}/api/v2/orderItem/../createOrder/?orderID=1`,
      errors: [{ path: "", messageId: "otherEndpoint", messageIncludes: ['path is "/api/v2/orderItem/../createOrder/"', "Create Order"] }],
    },
    // `//` stays (new URL() keeps it): whether the OMS merges it the documents do not say.
    {
      name: "an empty segment: the search's path only with its slashes merged",
      payload: `${host}/api/v2//orderItem/?orderID=1`,
      errors: [{ path: "", messageId: "emptySegment", messageIncludes: ['path is "/api/v2//orderItem/"', "only with its slashes merged", "servers differ", "our reading", "write one slash"] }],
    },
    {
      name: "an empty segment at the end",
      payload: `${host}/api/v2/orderItem//?orderID=1`,
      errors: [{ path: "", messageId: "emptySegment" }],
    },
    {
      name: "in a .json file, at the string",
      text: `"${host}/api/v2/createOrder/?orderID=5"`,
      errors: [{ path: "", messageId: "otherEndpoint", line: 1, column: 1 }],
    },
  ],
});
