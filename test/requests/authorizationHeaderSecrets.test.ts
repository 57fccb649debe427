import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection, lintText } from "../../src/builtIn/linter.js";
import { checkRequest } from "../../src/service/checkRequest.js";
import { schemeCredential } from "../../src/domain/authSchemeCredential.js";

/**
 * A token sent in an `Authorization: Bearer …` header (or any secret-named header or query parameter) is a secret on
 * its own: the same token filled or written into an order's path or a body's value was quoted
 * (`orderID must be a positive integer, not "sk_live_…"`) from a `.http` file's header, written
 * out or as `Bearer {{tok}}`, and from a Postman collection's header pair, which took "Bearer …"
 * whole but not the token alone; and by checkRequest's verdict, which a service logs and
 * withPreSubmitCheck's error carries (forty-sixth stop).
 */

const api = "https://integration.shopatron.com/api/v2";
const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
const token = "sk_live_9f8e7d6c5b4aQ";

type Messages = { readonly messages: readonly { readonly message: string; readonly path: string }[] };
const shown = (result: Messages) => result.messages.map((m) => `${m.path} ${m.message}`).join("\n");

const collection = (items: readonly Record<string, unknown>[]) => JSON.stringify({ info: { schema }, item: items.map((request, i) => ({ name: `r${i}`, request })) });

const createOrder = JSON.parse(readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8")) as Record<string, unknown>;

const cases: readonly { name: string; lint: () => Messages; quoted: RegExp }[] = [
  {
    name: ".http: a bearer token written in the header and in the path",
    lint: () => lintHttpFile(`GET ${api}/order/${token}/customData\nAuthorization: Bearer ${token}\n`, "a.http"),
    quoted: /orderID must be a positive integer, not "\[redacted\]"/,
  },
  {
    name: ".http: `Bearer {{tok}}` of a variable no secret's name, filled into the path",
    lint: () => lintHttpFile(`@tok = ${token}\n\nGET ${api}/order/{{tok}}/customData\nAuthorization: Bearer {{tok}}\n`, "a.http"),
    quoted: /orderID must be a positive integer, not "\[redacted\]"/,
  },
  {
    name: ".http: `Bearer {{tok}}` of a token a quote cuts where the body fills it",
    lint: () => lintHttpFile(`@tok = sk_live_9f8e"7d6c5b4aQ\n\nPOST ${api}/createOrder/\nContent-Type: application/json\nAuthorization: Bearer {{tok}}\n\n{"locale": "{{tok}}", "sendEmail": true}\n`, "a.http"),
    quoted: /the text a secret variable fills in here is not valid JSON where it stands/,
  },
  {
    name: ".http: an X-Api-Key header's value written into another request's body",
    lint: () =>
      lintHttpFile(
        `GET ${api}/orderItem/?orderID=5\nX-Api-Key: ${token}\n\n###\nPOST ${api}/createOrder/\nContent-Type: application/json\n\n{"locale": "${token}", "sendEmail": true}\n`,
        "a.http",
      ),
    quoted: /locale must be one of .*got "\[redacted\]"/,
  },
  {
    name: ".http: a bearer token in a header commented out (an old token kept), written into the path",
    lint: () => lintHttpFile(`GET ${api}/order/${token}/customData\n# Authorization: Bearer ${token}\n`, "a.http"),
    quoted: /orderID must be a positive integer, not "\[redacted\]"/,
  },
  {
    name: ".http: a secret variable commented out, its value written into the body",
    lint: () => lintHttpFile(`// @apiKey = ${token}\nPOST ${api}/createOrder/\nContent-Type: application/json\n\n{"locale": "${token}", "sendEmail": true}\n`, "a.http"),
    quoted: /locale must be one of .*got "\[redacted\]"/,
  },
  {
    name: ".http: an access_token query parameter's value, in another request's path",
    lint: () => lintHttpFile(`GET ${api}/orderItem/?orderID=5&access_token=${token}\n\n###\nGET ${api}/order/${token}/customData\n`, "a.http"),
    quoted: /orderID must be a positive integer, not "\[redacted\]"/,
  },
  {
    name: ".http: `?apiKey={{k}}` of a variable no secret's name, filled bare into the body",
    lint: () => lintHttpFile(`@k = sk_live_9f8e 7d6c5b4aQ\n\nPOST ${api}/createOrder/?apiKey={{k}}\nContent-Type: application/json\n\n{"locale": {{k}}, "sendEmail": true}\n`, "a.http"),
    quoted: /the text a secret variable fills in here is not valid JSON where it stands/,
  },
  {
    name: "Postman: an access_token query parameter of a URL written as one string, in another request's path",
    lint: () =>
      lintPostmanCollection(
        collection([
          { method: "GET", url: `${api}/orderItem/?orderID=5&access_token=${token}` },
          { method: "GET", url: `${api}/order/${token}/customData` },
        ]),
        "c.postman_collection.json",
      ),
    quoted: /orderID must be a positive integer, not "\[redacted\]"/,
  },
  {
    name: "checkRequest: an api_key query parameter, in the path",
    lint: () => ({ messages: checkRequest({ method: "GET", url: `${api}/order/${token}/customData?api_key=${token}` }).diagnostics }),
    quoted: /orderID must be a positive integer, not "\[redacted\]"/,
  },
  {
    name: "Postman: a bearer token in an Authorization header pair, written into another request's path",
    lint: () =>
      lintPostmanCollection(
        collection([
          { method: "GET", url: `${api}/orderItem/?orderID=5`, header: [{ key: "Authorization", value: `Bearer ${token}` }] },
          { method: "GET", url: `${api}/order/${token}/customData` },
        ]),
        "c.postman_collection.json",
      ),
    quoted: /orderID must be a positive integer, not "\[redacted\]"/,
  },
  {
    name: "checkRequest: a bearer token in a Headers object, in the path",
    lint: () => ({ messages: checkRequest({ method: "GET", url: `${api}/order/${token}/customData`, headers: new Headers({ authorization: `Bearer ${token}` }) }).diagnostics }),
    quoted: /orderID must be a positive integer, not "\[redacted\]"/,
  },
  {
    name: "checkRequest: an X-Api-Key header in pairs, in the body's locale",
    lint: () => ({
      messages: checkRequest({
        method: "POST",
        url: `${api}/createOrder/`,
        headers: [["Content-Type", "application/json"], ["X-Api-Key", token]],
        body: JSON.stringify({ ...createOrder, locale: token }),
      }).failures,
    }),
    quoted: /locale must be one of .*got "\[redacted\]"/,
  },
  {
    name: "a payload: a token beside its scheme in a secret field, and alone in the locale",
    lint: () => lintText(JSON.stringify({ ...createOrder, locale: token, authorization: `Token ${token}` }), { filePath: "order.json" }),
    quoted: /got "\[redacted\]"/,
  },
];

describe("a token after its scheme in a secret header or field", () => {
  it.each(cases)("$name", ({ lint, quoted }) => {
    const text = shown(lint());
    expect(text).toMatch(quoted);
    expect(text).not.toMatch(/9f8e|7d6c5b4a/);
  });

  it("any token68 after any listed scheme, in any letter case, is not quoted where the path holds it", () => {
    const schemes = ["Bearer", "bearer", "BASIC", "Token", "Negotiate", "DPoP", "SSWS"];
    const token68 = fc.tuple(fc.stringMatching(/^[A-Za-z0-9._~+-]{5,40}$/), fc.constantFrom("", "=", "==")).map(([body, pad]) => `tk${body}${pad}`);
    fc.assert(
      fc.property(fc.constantFrom(...schemes), token68, (scheme, tok) => {
        const text = shown(lintHttpFile(`GET ${api}/order/${tok}/customData\nAuthorization: ${scheme} ${tok}\n`, "a.http"));
        return text.includes("[redacted]") && !text.includes(tok);
      }),
      { numRuns: 60 },
    );
  });
});

describe("schemeCredential", () => {
  it.each([
    ["Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig", "eyJhbGciOiJIUzI1NiJ9.e30.sig"],
    ["bearer  abc-DEF_123~", "abc-DEF_123~"],
    ["Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA=="],
    ["SCRAM-SHA-256 c2FsdA==", "c2FsdA=="],
    ["  Token abc/def+ghi  ", "abc/def+ghi"],
  ])("%s carries %s", (value, credential) => {
    expect(schemeCredential(value)).toBe(credential);
  });

  it.each([
    ["a scheme alone", "Bearer"],
    ["a word no scheme (a passphrase)", "correct horse"],
    ["auth-params, which name more than the secret", 'Digest username="Mufasa", realm="a@b"'],
    ["two words after the scheme", "Bearer abc def"],
    ["a token68 with a character outside its grammar", "Bearer abc:def"],
    ["the scheme inside a longer word", "XBearer abcdef"],
  ])("%s carries none", (_, value) => {
    expect(schemeCredential(value)).toBeUndefined();
  });
});
