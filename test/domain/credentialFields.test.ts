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
 * Under a name that only holds a credential word, a count of up to four digits and the words
 * true/false are no credential: an import's `"resetTokenTtl": "100"` turned the documents'
 * "1-100 characters" into "1-[redacted]" (audit at c4ea8075). Every other text of three or more is
 * taken, as under the exact names: a filter of credential-looking texts showed Authorization
 * values, passphrases and one-time codes, and a card's code inside a `paymentSecret` object
 * (audit at e0102986).
 */
describe("a name holding a credential word: every value but a short count or a boolean word", () => {
  const withHash = (hash: Record<string, unknown>) => {
    const { externalOrderID: _, ...order } = createOrder();
    return messages(JSON.stringify({ ...order, customOrderData: hash }));
  };

  it("a count and true under such names leave the message's own words as they are", () => {
    const found = withHash({ giftTokenTtlDays: "100", passwordlessEnabled: "true", resetTokenTtl: 100 });
    expect(found).toContainEqual(expect.stringContaining("externalOrderID is required (a client-generated unique identifier, 1-100 characters)"));
    expect(found.join("\n")).not.toContain("[redacted]");
  });

  it.each([
    ["apiKeyId", "sk_live_51Habc"],
    ["Authorization", "Bearer 4f9a0c2e7b"],
    ["Proxy-Authorization", "Basic dXNlcjpwYXNz"],
    ["adminPassword", "correct horse battery"],
    ["otpSecret", "482913"],
    ["user_password", "hunter2"],
    ["apiKey", "QWERTYUIOPASDFGHJKLZ"],
  ])("%s: %s is redacted where a message would quote it", (name, credential) => {
    const found = messages(JSON.stringify({ ...createOrder(), currency: credential, customOrderData: { [name]: credential } }));
    expect(found).toContainEqual(expect.stringMatching(/^currency must be one of .*; got "\[redacted\]"$/));
    expect(found.join("\n")).not.toContain(credential);
  });

  it.each([
    ["a card's security code", { paymentSecret: { cardSecurityCode: "737" } }, "737"],
    ["a password", { credentials: { username: "bob", password: "hunter" } }, "hunter"],
  ])("%s under an exact name inside a credential-word object: every value is the secret", (_, hash, secret) => {
    const found = messages(JSON.stringify({ ...createOrder(), currency: secret, customOrderData: hash }));
    expect(found.join("\n")).not.toContain(`"${secret}"`);
  });
});

/** A message cuts a long value (a quote at 60 characters, a text past 160): the cut kept most of a token, matched whole only (audit at e0102986). */
describe("a long secret quoted cut", () => {
  const token = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${"x".repeat(110)}`;

  it("a 147-character payment token quoted as the currency: redacted, not its first 58 characters", () => {
    const order = createOrder() as { orderPayments: { paymentMethod: Record<string, unknown> }[] };
    order.orderPayments[0]!.paymentMethod.token = token;
    const found = messages(JSON.stringify({ ...order, currency: token }));
    expect(found).toContainEqual(expect.stringMatching(/^currency must be one of .*; got "\[redacted\]"$/));
    expect(found.join("\n")).not.toContain(token.slice(0, 20));
  });
});

describe("a long secret as a key, quoted and shortened", () => {
  const token = `S3cr3tTokenValue_${"q".repeat(140)}_ENDPART_7777`;

  it("an unknown property named by a payment's 170-character token: redacted, not its first 119 and last 19 characters (audit at f3be7e7d)", () => {
    const order = createOrder() as { orderPayments: { paymentMethod: Record<string, unknown> }[] } & Record<string, unknown>;
    order.orderPayments[0]!.paymentMethod.token = token;
    const found = messages(JSON.stringify({ ...order, [token]: 1 }));
    expect(found).toContainEqual(expect.stringMatching(/^unknown property "\[redacted\]"/));
    expect(found.join("\n")).not.toContain(token.slice(0, 20));
  });
});

/** Two credentials that share text, both in one quoted value: the scan that took the leftmost showed the longer one's rest (regression from 737726e6). */
describe("secrets that overlap in one quoted value", () => {
  it("a locale holding a password and an API key that share `2024`: no character of either is shown", () => {
    const order = createOrder() as { customer: Record<string, unknown> } & Record<string, unknown>;
    order.customer.password = "pw-2024";
    order.customer.apiKey = "2024-sk_live_ABCDEFGHJK";
    const found = messages(JSON.stringify({ ...order, locale: "pw-2024-sk_live_ABCDEFGHJK" }));
    expect(found).toContainEqual(expect.stringMatching(/got "\[redacted\]"/));
    expect(found.join("\n")).not.toMatch(/sk_live|pw-/);
  });
});
