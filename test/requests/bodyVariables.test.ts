import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import { columnOf, lineOf } from "./support.js";

/**
 * REST Client and Postman fill `{{name}}` from places the file does not hold (an environment,
 * `{{$guid}}`, `{{$timestamp}}`, an earlier response): a body that writes one bare, as a number
 * or a list (`"manufacturerID": {{mfgId}}`), is JSON once the client sends it. It stands for a
 * value oms-lint cannot know, as a variable in a URL does: never a parse error, never a finding
 * of its own, and the rest of the body is checked as it stands.
 */
const order = (fields: string) => `{
  "externalOrderID": "{{$guid}}",
  "manufacturerID": {{mfgId}},
  "catalogID": 0,
  "locale": "en-US",
  "currency": "USD",
  "customer": {"firstName": "Test"},
  "orderItems": {{items}},
  "shippingMethod": {"shippingType": "standard"},
  "shippingAddress": {"addressLine1": "1 Main St"},
  "orderPayments": [{"paymentMethod": {"paymentType": "PP", "billingAddress": {"addressLine1": "1 Main St"}}, "maxAmount": {{$randomInt 1 100}}}],
  "customerIP": "88.152.11.125",
  "sendEmail": {{sendEmail}}${fields}
}`;

const httpFile = (body: string) => `POST https://integration.shopatron.com/api/v2/createOrder/
Content-Type: application/json

${body}
`;

describe("a body holding a variable the file does not define, outside a string", () => {
  it("is no parse error, and the variables' own values are not judged", () => {
    const result = lintHttpFile(httpFile(order("")), "orders.http");
    expect(result.messages).toEqual([]);
  });

  it("the rest of the body is checked, each finding at its own line and column", () => {
    const text = httpFile(order(',\n  "landingCode": "short"'));
    const result = lintHttpFile(text, "orders.http");
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["schema", lineOf(text, '"short"'), columnOf(text, '"short"')]]);
    expect(result.messages[0]?.message).toMatch(/^landingCode needs at least 10 characters/);
  });

  it("a misspelt key whose value is a variable is still reported, at the key: its value is unknown, its name is not", () => {
    const text = httpFile(order(',\n  "landingCod": {{code}}'));
    const result = lintHttpFile(text, "orders.http");
    expect(result.messages.map((m) => [m.ruleId, m.path, m.line, m.column])).toEqual([["unknown-property", "/landingCod", lineOf(text, '"landingCod"'), columnOf(text, '"landingCod"')]]);
    expect(result.messages[0]?.message).toMatch(/^unknown property "landingCod": did you mean landingCode\?/);
  });

  it("a real syntax fault after a variable is reported where it stands, in its own words", () => {
    const text = httpFile(order(","));
    const result = lintHttpFile(text, "orders.http");
    expect(result.messages.map((m) => [m.ruleId, m.message, m.line])).toEqual([
      ["parse", "trailing comma before }: JSON allows no comma after the last member of an object; remove it", lineOf(text, '"sendEmail"')],
    ]);
  });

  // A bare property name (`{{key}}: "x"`) is no longer one: it may hold a key, as the client fills the text (memberVariables.test.ts).
  it("a variable standing where no value can (after a value, no comma between) says so, naming the variable", () => {
    const text = httpFile('{"name": "note" {{key}}, "value": "v"}');
    const result = lintHttpFile(text, "orders.http");
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["parse", 4, columnOf(text, "{{key}}")]]);
    expect(result.messages[0]?.message).toContain("{{key}}");
    expect(result.messages[0]?.message).not.toContain("null");
    // A long one is quoted as a message quotes the payload: at most 160 characters of it.
    const long = `{{${"x".repeat(300)}}}`;
    const message = lintHttpFile(httpFile(`{"name": "note" ${long}}`), "orders.http").messages[0]?.message ?? "";
    expect(message).toMatch(/^\{\{x+…x+\}\} \(a variable\)/);
    expect(message.length).toBeLessThan(420);
  });

  it("a variable that is the value one past maxValues: the limit's one finding there, not advice to quote it", () => {
    // The array and its first 999 variables are the first 1,000 values: {{v999}} is one too many.
    const variables = Array.from({ length: 2000 }, (_, i) => `{{v${i}}}`);
    const text = httpFile(`[${variables.join(",")}]`);
    const result = lintHttpFile(text, "orders.http", { maxValues: 1000 });
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: "parse", line: 4, column: columnOf(text, "{{v999}}"), message: expect.stringMatching(/^the JSON holds more than 1000 values by this one: .*\(the limit is the maxValues option\)$/) }),
    ]);
  });

  it("a custom data POST whose value is a bare variable still records its name for the PUTs after it", () => {
    const text = `@oms = https://integration.shopatron.com/api/v2

### 
# @name note
POST {{oms}}/order/555555/customData
Content-Type: application/json

{"name": "Gift message", "value": {{message}}}

###
PUT {{oms}}/order/555555/customData/{{note.response.body.orderCustomDataID}}
Content-Type: application/json

{"name": "Gift mesage", "value": {{message}}}

###
PUT {{oms}}/order/555555/customData/111111
Content-Type: application/json

{"name": "Gift message", "value": "Happy birthday!"}
`;
    const result = lintHttpFile(text, "notes.http");
    // The PUT naming its POST renames the record (stated); the other PUT's name is the one created.
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([["request/custom-data-name-changed", lineOf(text, '{"name": "Gift mesage"')]]);
  });

  it("a translated import's own body (not the v2 shape) holding a bare variable is left unchecked, as without one (request/body-unchecked says so)", () => {
    const text = `POST https://12345-translation.mozu.com/api/v2/importOrder/
Content-Type: application/json
x-vol-tenant: 12345

{"status": "FULFILLED", "orderNumber": {{orderNumber}}}
`;
    expect(lintHttpFile(text, "imports.http").messages.map((m) => [m.ruleId, m.line])).toEqual([["request/body-unchecked", 5]]);
  });

  it("in a Postman collection's raw body too", () => {
    const collection = JSON.stringify(
      {
        info: { name: "OMS", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        item: [
          {
            name: "create",
            request: {
              method: "POST",
              header: [{ key: "Content-Type", value: "application/json" }],
              url: "https://integration.shopatron.com/api/v2/createOrder/",
              body: { mode: "raw", raw: order("") },
            },
          },
        ],
      },
      null,
      2,
    );
    expect(lintPostmanCollection(collection, "oms.postman_collection.json").messages).toEqual([]);
  });
});
