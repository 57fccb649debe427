import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../../src/builtIn/linter.js";
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

describe("a Postman body that is not raw JSON", () => {
  const collection = (body: unknown, header: unknown[] = []) =>
    JSON.stringify({
      info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: [{ name: "add", request: { method: "POST", url: "https://integration.shopatron.com/api/v2/order/5/customData", header, body } }],
    });
  const contentTypeFindings = (text: string) => lintPostmanCollection(text, "c.json").messages.filter((m) => m.ruleId === "request/content-type");

  it("a urlencoded body goes as application/x-www-form-urlencoded (as Postman sends it), not JSON: the type is told, not a missing one", () => {
    const [finding, ...more] = contentTypeFindings(collection({ mode: "urlencoded", urlencoded: [{ key: "name", value: "n" }] }));
    expect(more).toEqual([]);
    expect(finding?.messageId).toBe("other");
    expect(finding?.message).toContain('Content-Type is "application/x-www-form-urlencoded"');
    expect(finding?.message).not.toContain("JSON body");
  });

  it("a form-data body goes as multipart/form-data", () => {
    const [finding] = contentTypeFindings(collection({ mode: "formdata", formdata: [{ key: "name", value: "n" }] }));
    expect(finding?.message).toContain('Content-Type is "multipart/form-data"');
  });

  it("the request's own Content-Type is the one sent", () => {
    const own = [{ key: "Content-Type", value: "application/json" }];
    expect(contentTypeFindings(collection({ mode: "urlencoded", urlencoded: [{ key: "name", value: "n" }] }, own))).toEqual([]);
  });
});
