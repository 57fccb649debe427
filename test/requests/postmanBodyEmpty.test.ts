import fc from "fast-check";
import { RequestBody } from "postman-collection";
import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";
import { postmanBodyIsEmpty } from "../../src/requests/postmanBodyEmpty.js";

/**
 * A non-raw Postman body counts as sent exactly when postman-collection's RequestBody#isEmpty
 * (the library Postman sends with) says it is not empty. Found by the audit of the request-file
 * rules: any mode whose key was present counted as sent, so `{"mode":"file","file":{}}` on a POST
 * drew no request/body-required error, and an empty urlencoded list on a DELETE drew
 * request/body-not-allowed's warning.
 */
const modes = ["file", "formdata", "graphql", "raw", "urlencoded"] as const;
/** What a body's mode may hold: the empty and near-empty shapes first, then any JSON. */
const content = fc.oneof(
  fc.constantFrom<unknown>(null, "", 0, false, true, 5, [], {}, [null], "a=b", "abc", { src: "" }, { src: "a.json" }, { content: "x" }, { query: "" }, [{ key: "a", value: "b", disabled: true }], [{ key: "a", value: "b" }]),
  fc.array(fc.oneof(fc.constant(null), fc.record({ key: fc.string(), value: fc.string(), disabled: fc.boolean() }, { requiredKeys: ["key"] })), { maxLength: 3 }),
  fc.record({ src: fc.jsonValue(), content: fc.jsonValue() }, { requiredKeys: [] }),
  fc.jsonValue({ maxDepth: 2 }),
);
const mode = fc.oneof(
  fc.constantFrom<unknown>(...modes, "FILE", "UrlEncoded", "", null, 0, "other", "constructor", "__proto__", "toString", ["file"]),
  fc.string({ maxLength: 4 }),
);
const others = fc.record({ file: content, formdata: content, graphql: content, raw: content, urlencoded: content }, { requiredKeys: [] });
/** A body whose mode, when it names one in any case, holds drawn content at its key (`FILE` reads `file`), beside other modes' keys. */
const body = fc.tuple(mode, content, others).map(([named, held, rest]): Record<string, unknown> => {
  const key = typeof named === "string" ? named.toLowerCase() : undefined;
  return key !== undefined && (modes as readonly string[]).includes(key) ? { ...rest, mode: named, [key]: held } : { ...rest, mode: named };
});

/** The library's answer, or undefined where it throws on the body (Postman cannot load such a collection). */
function libraryIsEmpty(value: Record<string, unknown>): boolean | undefined {
  try {
    return new RequestBody(structuredClone(value)).isEmpty();
  } catch {
    return undefined;
  }
}

describe("postmanBodyIsEmpty", () => {
  it("agrees with postman-collection's RequestBody#isEmpty", () => {
    fc.assert(
      fc.property(body, (value) => {
        const expected = libraryIsEmpty(value);
        if (expected !== undefined) expect(postmanBodyIsEmpty(value)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    [{ mode: "file", file: {} }, true],
    [{ mode: "file", file: { src: "" } }, true],
    [{ mode: "file", file: { src: "order.json" } }, false],
    [{ mode: "file", file: "order.json" }, false],
    [{ mode: "urlencoded", urlencoded: [] }, true],
    [{ mode: "urlencoded", urlencoded: [{ key: "a", value: "b", disabled: true }] }, false],
    [{ mode: "formdata", formdata: [] }, true],
    [{ mode: "formdata", formdata: "a=b" }, true],
    [{ mode: "graphql", graphql: { query: "" } }, false],
    [{ mode: "graphql", graphql: null }, true],
  ])("%j: empty %s, as the library says", (value, empty) => {
    expect(libraryIsEmpty(value)).toBe(empty);
    expect(postmanBodyIsEmpty(value)).toBe(empty);
  });
});

const customData = "https://integration.shopatron.com/api/v2/order/5/customData";
/** A collection of one request with the given method, URL and body. */
function collectionOf(method: string, url: string, body: unknown): string {
  return JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "r", request: { method, url, body } }] });
}
/** Each finding as `rule: message`. */
function rulesOf(text: string): string[] {
  return lintPostmanCollection(text, "c.postman_collection.json").messages.map((one) => `${one.ruleId}: ${one.message}`);
}

describe("an empty non-raw Postman body is no body sent", () => {
  it.each([
    ["POST", customData, { mode: "file", file: {} }],
    ["PUT", `${customData}/7`, { mode: "urlencoded", urlencoded: [] }],
    ["POST", customData, { mode: "formdata", formdata: [] }],
  ])("%s %s, body %j: request/body-required's error, and no Content-Type finding for the empty form", (method, url, value) => {
    const found = rulesOf(collectionOf(method, url, value));
    expect(found.filter((one) => one.startsWith("request/body-required:"))).toHaveLength(1);
    expect(found.filter((one) => one.startsWith("request/content-type:"))).toEqual([]);
  });

  it("a DELETE with an empty urlencoded list: no request/body-not-allowed warning", () => {
    const found = rulesOf(collectionOf("DELETE", `${customData}/7`, { mode: "urlencoded", urlencoded: [] }));
    expect(found.filter((one) => one.startsWith("request/body-not-allowed:"))).toEqual([]);
  });

  it("a POST whose file names its src is sent, as before: no request/body-required error", () => {
    const found = rulesOf(collectionOf("POST", customData, { mode: "file", file: { src: "body.json" } }));
    expect(found.filter((one) => one.startsWith("request/body-required:"))).toEqual([]);
  });
});
