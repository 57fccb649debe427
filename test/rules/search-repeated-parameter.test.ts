import { searchRepeatedParameter } from "../../rules/search-repeated-parameter.js";
import { ruleTester } from "../support/ruleTester.js";

const search = "https://integration.shopatron.com/api/v2/orderItem/";

// A repeat is known from the URL or query string, whose findings point at it (""), or from an
// array in the object form (a key written twice in JSON is duplicate-key's), at the parameter.
// URLSearchParams writes an array as String(array) (orderID=555555%2C555556), qs's repeat
// format and axios's `indexes: null` as one parameter a value, and every one of them writes
// a number as its String: an array of numbers is sent as the array of their strings is.
ruleTester(searchRepeatedParameter, {
  valid: [
    { name: "each parameter once", payload: `${search}?orderID=5&perPage=10&page=2` },
    { name: "a comma-separated list, as the document writes several terms", payload: "?orderID=555555,555556&itemState=NORMAL,CANCELED" },
    { name: "the object form", payload: { orderID: "5", perPage: "10" } },
    { name: "two names that differ only in case are two parameters", payload: "orderID=5&perpage=1&perPage=2" },
    { name: "the object form, an array of one number: the parameter given once", payload: { orderID: [5] } },
    { name: "the object form, nested arrays: no parameter's values (the schema's finding), no repeat", payload: { orderID: [[555555, 555556]] } },
    { name: "the object form, an empty array: sent empty (perPage=) or not at all, no repeat", payload: { orderID: "5", perPage: [] } },
  ],
  invalid: [
    {
      name: "perPage=10&perPage=20: each value is in range; the repeat is the finding, named",
      payload: `${search}?orderID=5&perPage=10&perPage=20`,
      errors: [{ path: "", messageId: "repeated", messageIncludes: ["perPage is given 2 times", "do not say how the OMS reads a parameter given more than once", "our reading"] }],
    },
    {
      name: "a comma-list parameter repeated: the message says to write one list",
      payload: "?orderID=5&orderID=6&orderID=7",
      errors: [{ path: "", messageId: "repeatedList", messageIncludes: ["orderID is given 3 times", "as a comma-separated list"] }],
    },
    {
      name: "itemState and sortBy take lists too",
      payload: "orderID=5&itemState=NORMAL&sortBy=a&itemState=CANCELED&sortBy=-b",
      errors: [
        { path: "", messageId: "repeatedList", messageIncludes: ["itemState is given 2 times"] },
        { path: "", messageId: "repeatedList", messageIncludes: ["sortBy is given 2 times"] },
      ],
    },
    {
      name: "a name written encoded is the same parameter",
      payload: "orderID=5&page=1&%70age=2",
      errors: [{ path: "", messageId: "repeated", messageIncludes: ["page is given 2 times"] }],
    },
    {
      name: "perPage=101&perPage=10: the documents refuse 101 and take 10; the message names the refused value and why",
      payload: "orderID=5&perPage=101&perPage=10",
      errors: [{ path: "", messageId: "repeatedRefused", messageIncludes: ["perPage is given 2 times", "they refuse perPage=101 (perPage must be an integer from 1 to 100", "if the OMS reads a value they refuse, it refuses the search", "our reading"] }],
    },
    {
      name: "two refused values beside one taken: both named, the refusal once",
      payload: "orderID=5&page=0&page=3&page=x",
      errors: [{ path: "", messageId: "repeatedRefused", messageIncludes: ["page is given 3 times", "they refuse page=0 and page=x (page must be a positive integer (the documents: default and minimum value 1))"] }],
    },
    {
      name: "a comma-list parameter with a refused term beside a taken one",
      payload: "orderID=abc&orderID=5",
      errors: [{ path: "", messageId: "repeatedListRefused", messageIncludes: ["orderID is given 2 times", "they refuse orderID=abc (orderID must be a positive integer or a comma-separated list of positive integers", "as a comma-separated list of values they take"] }],
    },
    {
      name: "every value refused: the repeat's plain warning (the schema's error says the rest)",
      payload: "orderID=5&perPage=0&perPage=101",
      errors: [{ path: "", messageId: "repeated", messageIncludes: ["perPage is given 2 times"] }],
    },
    {
      name: "the object form, an array of numbers: the repeat, at the parameter, as for their strings",
      payload: { orderID: [555555, 555556] },
      errors: [{ path: "/orderID", messageId: "repeatedList", messageIncludes: ["orderID is given 2 times", "as a comma-separated list", "our reading"] }],
    },
    {
      name: "the object form, an array of strings",
      payload: { orderID: ["555555", "555556"] },
      errors: [{ path: "/orderID", messageId: "repeatedList", messageIncludes: ["orderID is given 2 times"] }],
    },
    {
      name: "the object form, strings and numbers mixed",
      payload: { orderID: ["555555", 555556, 7] },
      errors: [{ path: "/orderID", messageId: "repeatedList", messageIncludes: ["orderID is given 3 times"] }],
    },
    {
      name: "the object form, [5, 0]: the documents refuse 0 (\"They must be positive integers\"), the message names it",
      payload: { orderID: [5, 0] },
      errors: [{ path: "/orderID", messageId: "repeatedListRefused", messageIncludes: ["orderID is given 2 times", "they refuse orderID=0 (orderID must be a positive integer"] }],
    },
    {
      name: "the object form, perPage [10, 200]: 200 is past the documents' maximum, named; 10 is not",
      payload: { orderID: "5", perPage: [10, 200] },
      errors: [{ path: "/perPage", messageId: "repeatedRefused", messageIncludes: ["perPage is given 2 times", "they refuse perPage=200 (perPage must be an integer from 1 to 100"], messageExcludes: ["perPage=10 "] }],
    },
    {
      name: "the object form, perPage [10, 20]: each value in range, the repeat alone",
      payload: { orderID: "5", perPage: [10, 20] },
      errors: [{ path: "/perPage", messageId: "repeated", messageIncludes: ["perPage is given 2 times"], messageExcludes: ["they refuse"] }],
    },
    {
      name: "in a .json file, at the repetition in the string",
      text: '"?orderID=5&perPage=10&perPage=20"',
      errors: [{ path: "", messageId: "repeated", line: 1, column: 24 }],
    },
  ],
});
