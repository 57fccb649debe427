import { missingQueryParameter } from "../../../rules/request/missing-query-parameter.js";
import { requestRuleTester } from "../../support/ruleTester.js";

const item = "https://12345-translation.mozu.com/api/v2/orderItem/100001/customData";
const tenant = "x-vol-tenant: 12345\n";
const body = 'Content-Type: application/json\n\n{"name": "Gift message", "value": "Happy birthday!"}\n';
const searchSays =
  'the Search for Order Item API document says "As this guide shows, however, an Order ID is necessary and thus items cannot be searched for if the associated order is unknown."';
const putSays =
  'the Custom Order Item Data API document says of PUT "The header must specify the order and item IDs, but also includes the specific custom data ID before the order ID is appended."';

requestRuleTester(missingQueryParameter, {
  valid: [
    { name: "item custom data with its orderID", http: `GET ${item}/?orderID=2\n${tenant}` },
    { name: "an item data PUT with its orderID", http: `PUT ${item}/999999?orderID=555555\n${tenant}${body}` },
    { name: "a search with its orderID", http: "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=555555\n" },
    { name: "a search's empty orderID is its query schema's, at the parameter", http: "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=\n" },
    { name: "an item data PUT with one empty orderID and one given: given (the repeat is request/repeated-query-parameter's)", http: `PUT ${item}/999999?orderID=&orderID=5\n${tenant}${body}` },
    { name: "order custom data needs none", http: "GET https://integration.shopatron.com/api/v2/order/555555/customData\n" },
    // The document says "must" of the PUT alone: the other methods are the inferred rule's warning.
    { name: "an item data GET without orderID: the inferred rule's", http: `GET ${item}\n${tenant}` },
    { name: "an item data POST without orderID: the inferred rule's", http: `POST ${item}\n${tenant}${body}` },
    { name: "an item data DELETE without orderID: the inferred rule's", http: `DELETE ${item}/999999\n${tenant}` },
    { name: "a method variable may stand for GET", http: `{{method}} ${item}/999999\n${tenant}${body}` },
    { name: "a variable in place of the query's name may hold orderID", http: `PUT ${item}/999999?{{query}}\n${tenant}${body}` },
    // Found by the audit of .http variables: a line that is only a variable was read before it was filled.
    { name: "a continuation line that is only a variable holding ?orderID=", http: "@q = ?orderID=555555\nGET https://integration.shopatron.com/api/v2/orderItem/\n{{q}}\n" },
    { name: "a URL variable whose value breaks (\\n) before its ?orderID= continuation", http: "@u = https://integration.shopatron.com/api/v2/orderItem/\\n?orderID=555555\nGET {{u}}\n" },
    // Found by the rules audit: a POST to the search's path got this error beside method-not-allowed's,
    // quoting the search document for a request that is no search. The method is the one cause.
    {
      name: "a POST to the search's path: the method is refused (request/method-not-allowed's), no search that lacks orderID",
      http: 'POST https://integration.shopatron.com/api/v2/orderItem/\nContent-Type: application/json\n\n{"name": "finalSale", "value": "true"}\n',
    },
    { name: "a DELETE to the search's path likewise", http: "DELETE https://integration.shopatron.com/api/v2/orderItem/?perPage=5\n" },
    { name: "a PATCH to an item data record without orderID: the method is the cause", http: `PATCH ${item}/999999\n${tenant}${body}` },
    // A line of the head that is only a variable the file does not define (an environment's) may hold any continuation or header: nothing is missing then.
    { name: "a search under a line that is only an environment's variable, which may hold ?orderID=", http: "GET https://integration.shopatron.com/api/v2/orderItem/\n{{rest}}\n" },
    { name: "an item data PUT likewise, the variable line before its headers", http: `PUT ${item}/999999\n{{query}}\n${tenant}${body}` },
  ],
  invalid: [
    // Found by the second review of the request files: a name that decodes to `{{q}}` was taken
    // for a variable that may hold orderID; the client sends `%7B%7Bq%7D%7D` unsubstituted.
    {
      name: "an item data PUT whose only query's name is percent-encoded braces: no variable, orderID is missing",
      http: `PUT ${item}/999999?%7B%7Bq%7D%7D=1\n${tenant}${body}`,
      errors: [{ messageId: "missingOfMethod", line: 1, messageIncludes: ["needs the query parameter ?orderID=", putSays] }],
    },
    // Found by the fix of request files: a search's `?orderid=1` says "did you mean orderID?", an item data PUT's did not.
    {
      name: "an item data PUT with ?orderid= (misspelt): the finding names it and the parameter meant",
      http: `PUT ${item}/999999?orderid=555555\n${tenant}${body}`,
      errors: [{ messageId: "missingOfMethod", line: 1, messageIncludes: ['needs the query parameter ?orderID= ("orderid" stands in its place: did you mean orderID?)', putSays] }],
    },
    {
      name: "an item data PUT without ?orderID=",
      http: `PUT ${item}/999999\n${tenant}${body}`,
      errors: [
        {
          messageId: "missingOfMethod",
          line: 1,
          column: 5,
          messageIncludes: ["PUT /api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID} needs the query parameter ?orderID=", putSays],
        },
      ],
    },
    {
      name: "an item data PUT without the record ID or ?orderID= (record-id-missing's too, for the ID)",
      http: `put ${item}/\n${tenant}${body}`,
      errors: [{ messageId: "missingOfMethod", line: 1, messageIncludes: ["PUT /api/v2/orderItem/{orderItemID}/customData/ needs the query parameter ?orderID=", putSays] }],
    },
    {
      name: "an item data PUT with an empty orderID",
      http: `PUT ${item}/999999?orderID=\n${tenant}${body}`,
      errors: [{ messageId: "missingOfMethod", line: 1, messageIncludes: [putSays] }],
    },
    // Found by the review of the request files: `?orderID=&orderID=` was read joined (","), not empty.
    {
      name: "an item data PUT whose orderID is given only as empty values: missing, as one empty value is",
      http: `PUT ${item}/999999?orderID=&orderID=\n${tenant}${body}`,
      errors: [{ messageId: "missingOfMethod", line: 1, messageIncludes: [putSays] }],
    },
    {
      name: "a search without orderID",
      http: "GET https://integration.shopatron.com/api/v2/orderItem/?perPage=5\n",
      errors: [{ messageId: "missing", line: 1, messageIncludes: ["/api/v2/orderItem/ needs the query parameter ?orderID=", searchSays] }],
    },
    {
      name: "a search by a method variable: the search's words hold for every method",
      http: "{{method}} https://integration.shopatron.com/api/v2/orderItem/?perPage=5\n",
      errors: [{ messageId: "missing", line: 1, messageIncludes: [searchSays] }],
    },
  ],
});
