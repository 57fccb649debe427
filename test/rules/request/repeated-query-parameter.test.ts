import { describe, expect, it } from "vitest";
import { repeatedQueryParameter } from "../../../rules/request/repeated-query-parameter.js";
import { lintHttpFile } from "../../../src/builtIn/linter.js";
import { requestRuleTester } from "../../support/ruleTester.js";

const item = "https://1-translation.mozu.com/api/v2/orderItem/1/customData";
const tenant = "x-vol-tenant: 1\n";
const body = 'Content-Type: application/json\n\n{"name": "n", "value": "v"}\n';

// Found by the request files audit: an item custom data call's `?orderID=5&orderID=5` was read
// as "5,5" and refused; its values are now each checked as written (request/path-parameter), and
// the repeat itself is this warning, as a search's is search-repeated-parameter's.
requestRuleTester(repeatedQueryParameter, {
  valid: [
    { name: "orderID given once", http: `PUT ${item}/9?orderID=5\n${tenant}${body}` },
    { name: "a search's repeat is search-repeated-parameter's, on its query", http: "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=5&orderID=6\n" },
    { name: "a parameter the documents do not give the call is not this rule's", http: `GET ${item}/?orderID=5&x=1&x=2\n${tenant}` },
    { name: "order custom data takes no query", http: "GET https://integration.shopatron.com/api/v2/order/5/customData?orderID=5&orderID=5\n" },
  ],
  invalid: [
    {
      name: "the audit's repro: an item data PUT's orderID given twice, the same value",
      http: `PUT ${item}/9?orderID=5&orderID=5\n${tenant}${body}`,
      errors: [
        {
          messageId: "repeated",
          line: 1,
          // At the repetition as written, as a Postman url object's finding stands at its query entry.
          column: `PUT ${item}/9?orderID=5&`.length + 1,
          messageIncludes: [
            "orderID is given 2 times",
            "the Custom Order Item Data API document shows it once in each URL (?orderID=012345)",
            "does not say how the OMS reads a parameter given more than once",
            "give it once (our reading)",
          ],
        },
      ],
    },
    {
      name: "an item data GET's orderID given three times",
      http: `GET ${item}/?orderID=5&orderID=6&orderID=7\n${tenant}`,
      errors: [{ messageId: "repeated", line: 1, messageIncludes: ["orderID is given 3 times"], messageExcludes: ["refused"] }],
    },
    // Found by the audit at 0ad97054: request/path-parameter's error on ?orderID=5&orderID=x, though the OMS may read 5.
    // With one value accepted, that error is gone and this warning names the refused ones.
    {
      name: "the audit's repro: ?orderID=5&orderID=x names the refused value",
      http: `GET ${item}/?orderID=5&orderID=x\n${tenant}`,
      errors: [{ messageId: "repeated", line: 1, messageIncludes: ['1 of the 2 values given is refused by the documents (orderID must be a positive integer), the first "x": the documents refuse the call if the OMS reads it', "give it once (our reading)"] }],
    },
    {
      name: "four values, three refused: the first quoted, the rest counted",
      http: `GET ${item}/?orderID=5&orderID=x&orderID=0&orderID=y\n${tenant}`,
      errors: [{ messageId: "repeated", line: 1, messageIncludes: ['3 of the 4 values given are refused', 'the first "x"', "if the OMS reads one of them"], messageExcludes: ['"0"', '"y"'] }],
    },
    // Found by the audit at 6b7bdcac: an empty value, alone request/missing-query-parameter's error, went unsaid beside an accepted one.
    {
      name: "the audit's repro: ?orderID=5&orderID= names the empty value, one finding",
      http: `PUT ${item}/9?orderID=5&orderID=\n${tenant}${body}`,
      errors: [
        {
          messageId: "repeated",
          line: 1,
          messageIncludes: ["orderID is given 2 times", "; 1 of the 2 values given is empty, which alone is request/missing-query-parameter's finding (no orderID given): if the OMS reads it, the call gives no orderID", "give it once (our reading)"],
          messageExcludes: ["refused"],
        },
      ],
    },
    {
      name: "an accepted value, a refused one and two empty ones: both said, counted on every value given",
      http: `GET ${item}/?orderID=5&orderID=x&orderID=&orderID=\n${tenant}`,
      errors: [{ messageId: "repeated", line: 1, messageIncludes: ['1 of the 4 values given is refused by the documents', 'the first "x"', "2 of the 4 values given are empty", "if the OMS reads one of them, the call gives no orderID"] }],
    },
    {
      name: "every value refused: request/path-parameter's error says so; this warning names only the repeat",
      http: `GET ${item}/?orderID=y&orderID=x\n${tenant}`,
      errors: [{ messageId: "repeated", line: 1, messageIncludes: ["orderID is given 2 times"], messageExcludes: ["refused"] }],
    },
  ],
});

describe("an empty value beside an accepted one: one cause, the repeat, one finding", () => {
  it("?orderID=5&orderID= draws this warning (severity 1) alone of every rule", () => {
    const { messages } = lintHttpFile(`PUT ${item}/9?orderID=5&orderID=\n${tenant}${body}`, "case.http");
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([["request/repeated-query-parameter", 1]]);
  });
});
