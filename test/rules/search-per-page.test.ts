import { searchPerPage } from "../../rules/search-per-page.js";
import { ruleTester } from "../support/ruleTester.js";

const search = (perPage: unknown) => ({ orderID: "555555", perPage });

ruleTester(searchPerPage, {
  valid: [
    { name: "no perPage (default 10)", payload: { orderID: "555555" } },
    { name: "the documents' perPage=2", payload: search("2") },
    { name: "20, the prose's maximum", payload: search("20") },
    { name: "20 as a number", payload: search(20) },
    { name: "a URL with perPage=20", payload: "https://integration.shopatron.com/api/v2/orderItem/?orderID=1&perPage=20&page=2" },
    { name: "not digits is the schema's error", payload: search("twenty-one") },
    { name: "a sign is the schema's error", payload: search("+50") },
  ],
  invalid: [
    { name: "21", payload: search("21"), errors: [{ path: "/perPage", messageId: "aboveTwenty", messageIncludes: ["perPage is 21"] }] },
    { name: "100, the parameter table's maximum", payload: search(100), errors: [{ path: "/perPage", messageId: "aboveTwenty" }] },
    { name: "leading zeros", payload: search("0050"), errors: [{ path: "/perPage", messageId: "aboveTwenty", messageIncludes: ["perPage is 50"] }] },
    { name: "above 100 too (the schema errs as well)", payload: search("500"), errors: [{ path: "/perPage", messageId: "aboveTwenty" }] },
    {
      name: "in a URL: the whole string",
      payload: "?orderID=555555&perPage=50",
      errors: [{ path: "", messageId: "aboveTwenty", messageIncludes: ["50"] }],
    },
  ],
});
