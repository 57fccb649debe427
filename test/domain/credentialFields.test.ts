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

  it.each(["note", "apiKeyId", "secretary", "keyName"])("%s, no credential's name: the parse fault quotes the value, to say what to type", (name) => {
    expect(messages(`{"${name}": ${value}}`)[0]).toContain(`("${value}")`);
  });
});
