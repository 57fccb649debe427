import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import { checkRequest } from "../../src/service/checkRequest.js";
import { OmsValidationError } from "../../src/service/omsValidationError.js";
import { withPreSubmitCheck } from "../../src/service/preSubmitCheck.js";

/**
 * A request's secret (a secret header's value, its token, a secret query parameter's value) in
 * the forms and numbers the audit of request secrets found shown: written percent-encoded in the
 * path, past the 500th request, glued to text or in a body's key through checkRequest, and in a
 * header given twice.
 */

const api = "https://integration.shopatron.com/api/v2";
const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
/** A base64 token, as x-vol-app-claims and Basic credentials are: `/`, `+` and `=` that a URL escapes. */
const claims = "eyJhbGciOi/JIUzI1Ni+Jq9f8e7d6c5b4aQ==";
const token = "sk_live_9f8e7d6c5b4aQ";
const leaked = /9f8e|7d6c5b4a|JIUzI1Ni/;

type Shown = { readonly message: string; readonly path: string; readonly parameter?: string };
const shown = (messages: readonly Shown[]) => messages.map((m) => `${m.path} ${m.parameter ?? ""} ${m.message}`).join("\n");
const createOrder = JSON.parse(readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8")) as Record<string, unknown>;

describe("a request's secret written percent-encoded in the path", () => {
  const cases: readonly { name: string; messages: () => readonly Shown[] }[] = [
    {
      name: ".http: x-vol-app-claims put in the path by encodeURIComponent",
      messages: () => lintHttpFile(`GET ${api}/order/${encodeURIComponent(claims)}/customData\nx-vol-app-claims: ${claims}\n`, "a.http").messages,
    },
    {
      name: ".http: a bearer token with one letter escaped as no encoder escapes it (%37 for 7)",
      messages: () => lintHttpFile(`GET ${api}/order/sk_live_9f8e%37d6c5b4aQ/customData\nAuthorization: Bearer ${token}\n`, "a.http").messages,
    },
    {
      name: "Postman: an encoded token in a URL string, its header pair beside it",
      messages: () =>
        lintPostmanCollection(JSON.stringify({ info: { schema }, item: [{ name: "r", request: { method: "GET", url: `${api}/order/${encodeURIComponent(claims)}/customData`, header: [{ key: "x-vol-app-claims", value: claims }] } }] }), "c.postman_collection.json").messages,
    },
    {
      name: "checkRequest: the token encoded in the path, lower-case escapes",
      messages: () => checkRequest({ method: "GET", url: `${api}/order/${encodeURIComponent(claims).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())}/customData`, headers: { "x-vol-app-claims": claims } }).diagnostics,
    },
  ];
  it.each(cases)("$name", ({ messages }) => {
    const text = shown(messages());
    expect(text).toMatch(/orderID must be a positive integer, not "\[redacted\]"/);
    expect(text).not.toMatch(leaked);
  });

  it("withPreSubmitCheck's error names no part of the token, and nothing is sent", async () => {
    const sent: unknown[] = [];
    const checked = withPreSubmitCheck(async (...args: unknown[]) => {
      sent.push(args);
      return new Response("{}");
    });
    const error = await checked(`${api}/order/${encodeURIComponent(claims)}/customData`, { headers: { "x-vol-app-claims": claims } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OmsValidationError);
    expect(String((error as Error).message)).toMatch(/not "\[redacted\]"/);
    expect(JSON.stringify({ message: (error as Error).message, issues: (error as OmsValidationError).issues })).not.toMatch(leaked);
    expect(sent).toEqual([]);
  });
});

describe("checkRequest: a token glued to text, in a body's key, in a header given twice", () => {
  it("glued to text in the path, as a .http file's is", () => {
    const text = shown(checkRequest({ method: "GET", url: `${api}/order/x${token}/customData`, headers: { Authorization: `Bearer ${token}` } }).diagnostics);
    expect(text).toMatch(/not "x\[redacted\]"/);
    expect(text).not.toMatch(leaked);
  });

  it("a body's key: the pointer and the message, with the real pointer kept for the fix", () => {
    const verdict = checkRequest(
      { method: "POST", url: `${api}/createOrder/`, headers: { "content-type": "application/json", "X-Api-Key": token }, body: JSON.stringify({ ...createOrder, [token]: 1 }) },
      { failOn: "warning" },
    );
    const unknown = verdict.failures.find((d) => d.ruleId === "unknown-property");
    expect(unknown?.path).toBe("/[redacted]");
    expect(shown(verdict.failures)).not.toMatch(leaked);
  });

  it("a query parameter named by the token", () => {
    const verdict = checkRequest({ method: "GET", url: `${api}/orderItem/?orderID=5&${token}=1`, headers: { "X-Api-Key": token } }, { failOn: "warning" });
    expect(verdict.failures.some((d) => d.parameter === "[redacted]")).toBe(true);
    expect(shown(verdict.failures)).not.toMatch(leaked);
  });

  it.each([
    ["X-Api-Key given twice", [["X-Api-Key", token], ["X-Api-Key", "other_key_123456"]]],
    ["two Authorization headers", [["Authorization", `Bearer ${token}`], ["Authorization", "Bearer other_key_123456"]]],
  ] as const)("%s: each value a secret of its own", (_, headers) => {
    const text = shown(checkRequest({ method: "GET", url: `${api}/order/${token}/customData`, headers: headers.map(([name, value]) => [name, value]) }).diagnostics);
    expect(text).toMatch(/not "\[redacted\]"/);
    expect(text).not.toMatch(leaked);
  });
});

describe("as many secret headers as a file holds", () => {
  // 1,200 requests, each its own bearer token: at a payload's 1,000 texts, the first 500 requests' were not taken.
  const count = 1200;
  const tokenOf = (i: number) => `tok_${String(i).padStart(4, "0")}_9f8e7d6c5b4aQ`;
  it(".http: the first request's token, filled into the last request's path", () => {
    const requests = Array.from({ length: count }, (_, i) => `GET ${api}/order/5/customData\nAuthorization: Bearer ${tokenOf(i)}\n`);
    const text = shown(lintHttpFile([...requests, `GET ${api}/order/${tokenOf(0)}/customData\n`].join("\n###\n"), "a.http").messages);
    expect(text).toMatch(/not "\[redacted\]"/);
    expect(text).not.toMatch(leaked);
  });

  it("Postman: the first header pair's token, in the last request's path", () => {
    const item = Array.from({ length: count }, (_, i) => ({ name: `r${i}`, request: { method: "GET", url: `${api}/order/5/customData`, header: [{ key: "Authorization", value: `Bearer ${tokenOf(i)}` }] } }));
    item.push({ name: "last", request: { method: "GET", url: `${api}/order/${tokenOf(0)}/customData`, header: [] } });
    const text = shown(lintPostmanCollection(JSON.stringify({ info: { schema }, item }), "c.postman_collection.json").messages);
    expect(text).toMatch(/not "\[redacted\]"/);
    expect(text).not.toMatch(leaked);
  });
});
