import { describe, expect, it } from "vitest";
import { lintText } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/**
 * README: no message quotes a credential a fixture carries beside a payload. Found by the fix
 * audit: `{"apiKey": sk_live_51Habc}` was a parse fault that quoted the key back
 * (`text needs double quotes ("sk_live_51Habc")`), into the CI log.
 */

const names = [
  "apiKey",
  "api_key",
  "API-KEY",
  "apiSecret",
  "secret",
  "clientSecret",
  "client_secret",
  "accessToken",
  "access_token",
  "refreshToken",
  "refresh_token",
  "authorization",
  "Authorization",
  "privateKey",
  "private_key",
  // Found by the audit of 6ec5f340: an exact list with only _ and - left out missed these.
  "X-Api-Key",
  "x-vol-app-claims",
  "subscriptionKey",
  "bearerToken",
  "idToken",
  "auth_token",
  "api.key",
  "Api Key",
  "password_hash",
  "Proxy-Authorization",
  "clientCredentials",
  // A name that holds a credential word is redacted, whatever else it says.
  "apiKeyId",
  "secretary",
];
const value = "devkey42";
const messages = (text: string) => lintText(text, { filePath: "/work/order.json" }).messages.map((m) => m.message);

describe("credentials under their usual names", () => {
  it.each(names)("%s: a finding that would quote its value says [redacted]", (name) => {
    const found = messages(JSON.stringify({ ...createOrder(), currency: value, [name]: value }));
    expect(found).toContainEqual(expect.stringMatching(/^currency must be one of .*; got "\[redacted\]"$/));
    expect(found.join("\n")).not.toContain(value);
  });

  it.each(names)("%s: a parse fault in its unquoted value names the field, not the value", (name) => {
    const [fault] = messages(`{"${name}": ${value}}`);
    expect(fault).toMatch(new RegExp(`^the value of ${name} is not valid JSON here \\(not quoted: .*credentials`));
    expect(fault).not.toContain(value);
  });

  // authorizationID is the documents' own plain reference ("authorizationID": "48484"); shipping holds pin.
  it.each(["note", "keyName", "authorizationID", "authorizationCode", "shipping", "phoneType"])("%s, no credential's name: the parse fault quotes the value, to say what to type", (name) => {
    expect(messages(`{"${name}": ${value}}`)[0]).toContain(`("${value}")`);
  });
});

/** Postman keeps secrets as key/value pairs: the value is the key's secret, whatever the members are named. */
describe("credentials in Postman's key/value pairs", () => {
  const layouts = {
    "a collection's bearer auth": (value: string) => `{"info": {}, "auth": {"type": "bearer", "bearer": [{"key": "token", "value": ${value}, "type": "string"}]}}`,
    "an environment's value": (value: string) => `{"name": "env", "values": [{"key": "apiKey", "value": ${value}, "enabled": true}]}`,
    "a header's value": (value: string) => `{"request": {"header": [{"key": "X-Api-Key", "value": ${value}}]}}`,
  };

  it.each(Object.entries(layouts))("%s: a parse fault in its unquoted value names the key, not the value", (_layout, text) => {
    const [fault] = messages(text("sk_live_ABCDEF123456"));
    expect(fault).toMatch(/^the value of (token|apiKey|X-Api-Key) is not valid JSON here \(not quoted: .*credentials/);
    expect(fault).not.toContain("sk_live_ABCDEF123456");
  });

  it.each(Object.entries(layouts))("%s: a finding that would quote its value says [redacted]", (_layout, text) => {
    const pair = JSON.parse(text(JSON.stringify(value))) as object;
    const found = messages(JSON.stringify({ ...createOrder(), currency: value, postman: pair }));
    expect(found).toContainEqual(expect.stringMatching(/^currency must be one of .*; got "\[redacted\]"$/));
    expect(found.join("\n")).not.toContain(value);
  });

  it("a pair whose key names no credential keeps its value quoted", () => {
    expect(messages(`{"values": [{"key": "baseUrl", "value": ${value}}]}`)[0]).toContain(`("${value}")`);
  });
});

/**
 * Redaction replaces a secret's text wherever a message holds it, the message's own words too.
 * Under a name that only holds a credential word, every text of three or more was taken: an
 * import's `"resetTokenTtl": "100"` turned the documents' "1-100 characters" into "1-[redacted]",
 * and `"passwordlessLogin": "characters"` every "characters" (audit at c4ea8075). There only a
 * text that looks like a credential is taken (eight or more characters, no blank, not letters alone).
 */
describe("a name holding a credential word takes only credential-like values", () => {
  const withHash = (hash: Record<string, unknown>) => {
    const { externalOrderID: _, ...order } = createOrder();
    return messages(JSON.stringify({ ...order, customOrderData: hash }));
  };

  it("a count and a word under such names leave the message's own words as they are", () => {
    const found = withHash({ giftTokenTtlDays: "100", passwordlessLogin: "characters", resetTokenTtl: 100 });
    expect(found).toContainEqual(expect.stringContaining("externalOrderID is required (a client-generated unique identifier, 1-100 characters)"));
    expect(found.join("\n")).not.toContain("[redacted]");
  });

  it.each(["sk_live_51Habc", "hunter22", "eyJhbGciOi.eyJzdWIi.sig"])("%s under apiKeyId is still redacted where a message would quote it", (credential) => {
    const found = messages(JSON.stringify({ ...createOrder(), currency: credential, apiKeyId: credential }));
    expect(found).toContainEqual(expect.stringMatching(/^currency must be one of .*; got "\[redacted\]"$/));
    expect(found.join("\n")).not.toContain(credential);
  });

  it("under an exact name every value is the secret, letters alone or short", () => {
    const found = messages(JSON.stringify({ ...createOrder(), currency: "abcd", password: "abcd" }));
    expect(found.join("\n")).not.toContain('"abcd"');
  });
});
