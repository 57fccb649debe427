import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";

/**
 * A variable a secret is built from is a secret too (`@authorization = Bearer {{tok}}`): `{{tok}}`
 * filled elsewhere (a path, a body's key) was quoted whole, in every format (audit of secret redaction).
 */
const tok = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const uuid = "f81d4fae-7dec-11d0-a765-00a0c91e6bf6";
const api = "https://integration.shopatron.com/api/v2";
const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

const shown = (result: { messages: readonly { message: string; path: string }[] }) => result.messages.map((m) => `${m.path} ${m.message}`).join("\n");

function collection(request: Record<string, unknown>, variable: readonly { key: string; value: string }[], auth?: unknown): string {
  return JSON.stringify({ info: { schema }, ...(auth === undefined ? {} : { auth }), variable, item: [{ name: "r", request }] });
}

const cases: readonly { name: string; lint: () => { messages: readonly { message: string; path: string }[] }; quoted: RegExp }[] = [
  {
    name: ".http: a variable filled into a secret-named one, filled into the path",
    lint: () => lintHttpFile(`@tok = ${tok}\n@authorization = Bearer {{tok}}\n### one\nGET ${api}/order/{{tok}}/customData\nAuthorization: {{authorization}}\n`, "a.http"),
    quoted: /orderID must be a positive integer, not "\[redacted\]"/,
  },
  {
    name: "Postman: a collection variable filled into an Authorization header, filled into the path",
    lint: () => lintPostmanCollection(collection({ method: "GET", url: `${api}/order/{{tok}}/customData`, header: [{ key: "Authorization", value: "Bearer {{tok}}" }] }, [{ key: "tok", value: tok }]), "c.postman_collection.json"),
    quoted: /orderID must be a positive integer, not "\[redacted\]"/,
  },
  {
    name: "Postman: a bearer token and a secret variable filled from variables glued to text in a raw body's keys",
    lint: () =>
      lintPostmanCollection(
        collection(
          { method: "POST", url: `${api}/createOrder/`, header: [{ key: "Content-Type", value: "application/json" }], body: { mode: "raw", raw: '{"externalOrderID":"x","x{{tok}}":1,"customer":{"{{uuid}}9":3}}' } },
          [
            { key: "apiKey", value: "{{uuid}}" },
            { key: "uuid", value: uuid },
            { key: "tok", value: tok },
          ],
          { type: "bearer", bearer: [{ key: "token", value: "{{tok}}" }] },
        ),
        "c.postman_collection.json",
      ),
    quoted: /unknown property "\[redacted\]"/,
  },
];

describe("a variable a secret is built from", () => {
  it.each(cases)("$name", ({ lint, quoted }) => {
    const text = shown(lint());
    expect(text).toMatch(quoted);
    expect(text).not.toMatch(/eyJhbGci|dBjftJeZ|f81d4fae|a0c91e6bf6/);
  });

  it("a short count it is built from stays in the documents' words", () => {
    const text = shown(lintHttpFile(`@n = 12\n@apiKey = sk_live_ABCDEFGH{{n}}\n\nGET ${api}/order/{{n}}x/customData\n`, "a.http"));
    expect(text).toMatch(/not "12x"/);
  });
});
