import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";

/**
 * A request file's secrets stand outside the body a finding quotes: a `.http` file's `@apiKey =`
 * line, a Postman collection's variable or bearer auth. A body, URL or query they fill, or that
 * holds one, was quoted with them in every output (audit at d04c125b).
 */
describe("secrets a request file defines outside the body", () => {
  it(".http: a secret-named file variable filled into the body and the URL is [redacted]", () => {
    const text = [
      "@apiKey = sk_live_SECRET123",
      "@apiToken = tok_ABCDEF999",
      "",
      "POST https://integration.shopatron.com/api/v2/createOrder/",
      "Content-Type: application/json",
      "",
      '{"locale": "{{apiKey}}", "sendEmail": true}',
      "",
      "###",
      "GET https://integration.shopatron.com/api/v2/{{apiToken}}/orderItem/?orderID=5",
      "",
    ].join("\n");
    const found = lintHttpFile(text, "c.http").messages.map((m) => m.message);
    expect(found).toContainEqual(expect.stringMatching(/^locale must be one of .*got "\[redacted\]"/));
    expect(found).toContainEqual(expect.stringMatching(/^\/api\/v2\/\[redacted\]\/orderItem\/ is none of the OMS v2 endpoints/));
    expect(found.join("\n")).not.toMatch(/sk_live_SECRET123|tok_ABCDEF999/);
  });

  it("Postman: a collection variable and a bearer token, filled in or written into a body, are [redacted]", () => {
    const collection = {
      info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      auth: { type: "bearer", bearer: [{ key: "token", value: "sk_live_BEARER777" }] },
      variable: [{ key: "apiKey", value: "sk_live_VAR888" }],
      item: [
        {
          name: "x",
          request: {
            method: "POST",
            url: "https://integration.shopatron.com/api/v2/createOrder/",
            header: [{ key: "Content-Type", value: "application/json" }],
            body: { mode: "raw", raw: '{"locale": "{{apiKey}}", "currency": "sk_live_BEARER777"}' },
          },
        },
      ],
    };
    const found = lintPostmanCollection(JSON.stringify(collection), "c.postman_collection.json").messages.map((m) => m.message);
    expect(found.filter((m) => m.includes('got "[redacted]"'))).toHaveLength(2);
    expect(found.join("\n")).not.toMatch(/sk_live_BEARER777|sk_live_VAR888/);
  });
});
