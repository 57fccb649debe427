import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";

/**
 * A secret holding `/`, glued to text in a raw body's key: Postman's `body <pointer>` prefix
 * escapes it (`~1`), and showed it past the whole-secret redaction (audit of secret redaction, item 4).
 */
const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
const api = "https://integration.shopatron.com/api/v2";

describe("Postman: a body pointer's prefix at a glued secret", () => {
  it.each(["c2VjcmV0/a2V5+dmFsdWU=", "c2VjcmV0~a2V5/dmFsdWU/x"])("%s glued after Q in a key is [redacted] in the prefix and the path", (secret) => {
    const collection = {
      info: { schema },
      variable: [{ key: "apiKey", value: secret }],
      item: [{ name: "r", request: { method: "POST", url: `${api}/createOrder/`, header: [{ key: "Content-Type", value: "application/json" }], body: { mode: "raw", raw: '{"externalOrderID":"x","customer":{"Q{{apiKey}}":4}}' } } }],
    };
    const messages = lintPostmanCollection(JSON.stringify(collection), "c.postman_collection.json").messages;
    const unknown = messages.find((m) => m.message.includes("unknown property"));
    expect(unknown?.message).toMatch(/^body \/customer\/\[redacted\]: unknown property "\[redacted\]"/);
    expect(messages.map((m) => `${m.path} ${m.message}`).join("\n")).not.toMatch(/c2VjcmV0|dmFsdWU/);
  });
});
