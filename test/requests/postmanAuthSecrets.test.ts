import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";
import { requestFixture } from "./support.js";
import { hostileValues, onObjectPrototype, withPolluted } from "../support/prototypePollution.js";

/**
 * A Postman auth block holds its credentials beside the request's shape: apikey's header name and
 * `in`, oauth2's `addTokenTo: "header"`, each v2.1 entry's `type: "string"`. Read by the names
 * holding a credential word, those were taken for secrets and redacted out of every message
 * (`body /[redacted]: [redacted] must be a string`; audit of 9b47b759). Only each type's
 * credentials are secrets (v2.1 schema's auth).
 */

/** Each auth type: its credentials, and settings that are no secret, holding the words a message uses. */
const shapes: readonly { type: string; credentials: readonly string[]; settings: Readonly<Record<string, string>> }[] = [
  { type: "apikey", credentials: ["value"], settings: { key: "header", in: "query" } },
  { type: "bearer", credentials: ["token"], settings: {} },
  { type: "basic", credentials: ["password"], settings: { username: "value" } },
  { type: "digest", credentials: ["password"], settings: { username: "key", realm: "header", algorithm: "MD5" } },
  { type: "oauth1", credentials: ["consumerSecret", "tokenSecret", "token"], settings: { consumerKey: "key", signatureMethod: "HMAC-SHA1", addParamsToHeader: "header" } },
  { type: "oauth2", credentials: ["accessToken", "clientSecret", "refreshToken", "password"], settings: { addTokenTo: "header", tokenType: "string", grant_type: "query", headerPrefix: "value" } },
  { type: "awsv4", credentials: ["accessKey", "secretKey", "sessionToken"], settings: { region: "value", service: "query" } },
  { type: "hawk", credentials: ["authKey"], settings: { authId: "key", algorithm: "sha256" } },
  { type: "ntlm", credentials: ["password"], settings: { username: "value", domain: "header" } },
  { type: "edgegrid", credentials: ["accessToken", "clientToken", "clientSecret"], settings: { baseURL: "query" } },
  { type: "jwt", credentials: ["secret", "privateKey"], settings: { algorithm: "HS256", addTokenTo: "header" } },
];

/** An auth block of `type` with one credential set to `secret`, as v2.1 writes it (a list of entries) or v2.0 (an object). */
function authBlock(type: string, settings: Readonly<Record<string, string>>, v20: boolean): Record<string, unknown> {
  const block = v20 ? settings : Object.entries(settings).map(([key, value]) => ({ key, value, type: "string" }));
  return { type, [type]: block };
}

/** A collection whose requests quote the secret (a search's itemState) and the words key, value, string, header and query in their messages. */
function collectionWith(auth: Record<string, unknown>, secret: string): string {
  const api = "https://integration.shopatron.com/api/v2";
  const json = [{ key: "Content-Type", value: "application/json" }];
  return JSON.stringify({
    info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    auth,
    item: [
      { name: "b", request: { method: "POST", url: `${api}/orderItem/100001/customData/?orderID=key`, header: json, body: { mode: "raw", raw: JSON.stringify({ name: secret, value: 5, string: "header" }) } } },
      { name: "s", request: { method: "GET", url: `${api}/orderItem/?orderID=1&itemState=${secret}` } },
    ],
  });
}

const messagesOf = (text: string) => lintPostmanCollection(text, "a.postman_collection.json").messages.map((m) => m.message);

/** The messages of the collection with no auth, its secret shown: what the auth's must read, the secret alone redacted. */
const expected = (secret: string) => messagesOf(collectionWith({ type: "noauth" }, secret)).map((m) => m.split(secret).join("[redacted]"));

describe("a Postman auth's credentials, and nothing else of it, are secrets", () => {
  it.each(shapes.flatMap((shape) => shape.credentials.flatMap((credential) => [false, true].map((v20) => ({ ...shape, credential, v20 })))))(
    "$type's $credential (v2.0 shape: $v20)",
    ({ type, credential, settings, v20 }) => {
      const secret = "sk_live_AUTH0123456789";
      const found = messagesOf(collectionWith(authBlock(type, { ...settings, [credential]: secret }, v20), secret));
      expect(found).toEqual(expected(secret));
      expect(found).toContainEqual(expect.stringMatching(/itemState must be .*; got "\[redacted\]"$/));
      expect(found).toContain('body /value: value must be a string (send numbers and booleans as strings, e.g. "true")');
    },
  );

  // An auth type the table lacks has its credentials read by their names' words. The table was an object literal: a member
  // named constructor read Object.prototype's, and the collection was not linted ("known.includes is not a function"), as
  // was one of any type a polluted Object.prototype holds. Found by the audit of lookups keyed by user data.
  it.each([false, true])("an auth member named constructor, a member of every object: its token is a secret by its name (v2.0 shape: %s)", (v20) => {
    const secret = "sk_live_AUTH0123456789";
    expect(messagesOf(collectionWith(authBlock("constructor", { token: secret }, v20), secret))).toEqual(expected(secret));
  });

  it.each(hostileValues)("an auth type Object.prototype holds (polluted with %s): its token is a secret by its name", async (label, value) => {
    const secret = "sk_live_AUTH0123456789";
    const text = collectionWith(authBlock("customauth", { token: secret }, false), secret);
    const clean = expected(secret);
    expect(await withPolluted([onObjectPrototype("customauth", [label, value])], () => messagesOf(text))).toEqual(clean);
  });

  it("the project's collection, a body value made a number: its apikey auth's header name and settings stay in the message", () => {
    const text = requestFixture("oms.postman_collection.json").replace('\\"value\\": \\"blue\\"', '\\"value\\": 5');
    expect(messagesOf(text)).toContainEqual(expect.stringMatching(/^body \/value: value must be a string/));
  });

  it("an apikey sent in the query: the tenant header's message keeps its words", () => {
    const text = requestFixture("oms.postman_collection.json").replace('{ "key": "in", "value": "header" }', '{ "key": "in", "value": "query" }');
    expect(messagesOf(text)).toContain("a call to the translation host needs the x-vol-tenant header (the tenant ID): Custom Order Item Data says to provide it");
  });

  it("property: no message shows the credential, and none loses a word of its own", () => {
    fc.assert(
      fc.property(fc.constantFrom(...shapes), fc.nat(), fc.boolean(), fc.stringMatching(/^[A-Za-z0-9_]{10,30}$/), ({ type, credentials, settings }, pick, v20, tail) => {
        const secret = `sk_${tail}`;
        const found = messagesOf(collectionWith(authBlock(type, { ...settings, [credentials[pick % credentials.length] as string]: secret }, v20), secret));
        expect(found.join("\n")).not.toContain(secret);
        expect(found).toEqual(expected(secret));
      }),
      { numRuns: 40 },
    );
  });
});
