import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";
import { looksLikePostmanCollection } from "../../src/requests/lintRequests.js";
import { readPostmanCollection } from "../../src/requests/postmanCollection.js";
import { lineOf, requestFixture } from "./support.js";

const good = requestFixture("oms.postman_collection.json");
const broken = requestFixture("broken-collection.json");

describe("Postman collections", () => {
  it("reads folders, variables, raw and structured URLs, :path variables, headers, bodies and apikey auth", () => {
    const { requests, problems } = readPostmanCollection(JSON.parse(good));
    expect(problems).toEqual([]);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST https://integration.shopatron.com/api/v2/order/555555/customData",
      "PUT https://integration.shopatron.com/api/v2/order/555555/customData/111111",
      "DELETE https://integration.shopatron.com/api/v2/order/555555/customData/111111",
      "GET https://integration.shopatron.com/api/v2/order/555555/customData",
      "POST https://12345-translation.mozu.com/api/v2/orderItem/100001/customData/?orderID=555555",
      "GET https://12345-translation.mozu.com/api/v2/orderItem/100001/customData/999999?orderID=12345",
      "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=555555&itemState=CANCELED",
    ]);
    // The folder's apikey auth sends x-vol-tenant.
    expect(requests[5]?.headers).toEqual([{ name: "x-vol-tenant", value: "12345" }]);
    expect(requests[1]?.pointer).toBe("/item/0/item/1/request");
  });

  it("a correct collection has no findings", () => {
    expect(lintPostmanCollection(good, "oms.postman_collection.json").messages).toEqual([]);
  });

  it("is told by its info.schema", () => {
    expect(looksLikePostmanCollection(good)).toBe(true);
    expect(looksLikePostmanCollection('{"name": "schema.getpostman.com"}')).toBe(false);
    expect(looksLikePostmanCollection("{ not json schema.getpostman.com")).toBe(false);
  });

  // Found by the audit of request files: the host Postman's API documentation names was read as no collection's.
  it("is told by an info.schema on either host of Postman's schemas, and draws no postman-info-schema warning there", () => {
    const onOtherHost = good.replace("https://schema.getpostman.com/json/collection/v2.1.0/collection.json", "https://schema.postman.com/json/collection/v2.1.0/collection.json");
    expect(onOtherHost).not.toBe(good);
    expect(looksLikePostmanCollection(onOtherHost)).toBe(true);
    const messages = (text: string) => lintPostmanCollection(text, "c.postman_collection.json").messages.map((m) => [m.ruleId, m.path, m.line]);
    expect(messages(onOtherHost)).toEqual(messages(good));
    expect(messages(onOtherHost).filter(([ruleId]) => ruleId === "postman-info-schema")).toEqual([]);
    expect(looksLikePostmanCollection(good.replace("https://schema.getpostman.com/", "https://schema.example.com/"))).toBe(false);
    // A host in capitals is the same host (found by the audit of the session's changes).
    expect(looksLikePostmanCollection(good.replace("https://schema.getpostman.com/", "https://Schema.Postman.COM/"))).toBe(true);
  });

  describe("every request rule, at the request's pointer and line", () => {
    const result = lintPostmanCollection(broken, "broken-collection.json");
    const expectAt = (ruleId: string, itemName: string, pointer: string) => {
      const found = result.messages.filter((m) => m.ruleId === ruleId);
      expect(found.map((m) => [m.path, m.line])).toEqual([[pointer, lineOf(broken, `"name": "${itemName}"`)]]);
    };
    it("request/unknown-endpoint", () => expectAt("request/unknown-endpoint", "unknown endpoint", "/item/0/item/0/request/url"));
    it("request/method-not-allowed", () => expectAt("request/method-not-allowed", "method not allowed", "/item/0/item/1/request/method"));
    it("request/record-id-missing, and no method-not-allowed beside it", () => {
      expectAt("request/record-id-missing", "record ID missing", "/item/0/item/11/request/method");
      expect(result.messages.filter((m) => m.path === "/item/0/item/11/request/method").map((m) => [m.ruleId, m.severity])).toEqual([["request/record-id-missing", 1]]);
    });
    it("request/path-parameter", () => expectAt("request/path-parameter", "path parameter", "/item/0/item/2/request/url"));
    it("request/missing-query-parameter-inferred (an item data GET)", () => expectAt("request/missing-query-parameter-inferred", "missing query", "/item/0/item/3/request/url"));
    it("request/body-not-allowed", () => expectAt("request/body-not-allowed", "body on GET", "/item/0/item/4/request/body/raw"));
    it("request/body-required", () => expectAt("request/body-required", "no body on PUT", "/item/0/item/5/request"));
    it("request/custom-data-name-unmatched", () => expectAt("request/custom-data-name-unmatched", "renamed", "/item/0/item/7/request/body/raw"));
    // The request has no header member: the finding stands at the request, a member that exists.
    it("request/missing-tenant-header", () => expectAt("request/missing-tenant-header", "no tenant", "/item/0/item/8/request"));
    it("the search query, on the URL", () => {
      const found = result.messages.filter((m) => m.message.startsWith("search query:"));
      expect(found.map((m) => [m.path, m.line])).toEqual([["/item/0/item/9/request/url", lineOf(broken, '"name": "bad search"')]]);
    });
    it("the body's schema and rules, named by the body's own pointer", () => {
      const found = result.messages.filter((m) => m.path === "/item/0/item/10/request/body/raw");
      expect(found.map((m) => m.message)).toEqual([expect.stringMatching(/^body \/value: /)]);
      expect(found[0]?.line).toBe(lineOf(broken, '"name": "bad body"'));
    });
  });

  it("a body diagnostic stands at its character inside the raw string (escapes counted)", () => {
    const text = [
      "{",
      '  "info": { "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },',
      '  "item": [{ "request": { "method": "POST", "header": [{ "key": "Content-Type", "value": "application/json" }],',
      '    "url": "https://integration.shopatron.com/api/v2/order/1/customData",',
      '    "body": { "mode": "raw", "raw": "{\\n  \\"value\\": \\"x\\",\\n  \\"name\\": \\"\\"}" } } }]',
      "}",
    ].join("\n");
    const message = lintPostmanCollection(text).messages.find((m) => m.message.startsWith("body /name"));
    const needle = '\\"name\\": ';
    expect([message?.line, message?.column]).toEqual([lineOf(text, needle), text.split("\n")[4]!.indexOf(needle) + needle.length + 1]);
    expect(message?.path).toBe("/item/0/request/body/raw");
  });

  /**
   * Postman's runtime strips `//` and `/* *\/` comments from a raw body whose language is JSON
   * before it sends it (postman-runtime's request helpers and dry run, PR #1274, and its tests
   * "when single line comment present: it should remove comments"): the OMS gets JSON. A
   * comment there drew a false parse error, and hid the body's other findings (audit of request
   * files). A body of another language is sent as written, comments and all; one of none, by its
   * Content-Type (the table below).
   */
  it("comments in a raw body of language JSON are dropped as Postman drops them: no parse error, the body's findings at their own place", () => {
    const collection = (language: string | undefined, raw: string) =>
      JSON.stringify({
        info: { name: "OMS", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        item: [{ name: "note", request: { method: "POST", header: [{ key: "Content-Type", value: "application/json" }], url: "https://integration.shopatron.com/api/v2/order/555555/customData", body: { mode: "raw", raw, ...(language ? { options: { raw: { language } } } : {}) } } }],
      });
    const raw = '{\n  // the gift message\n  "name": "", /* "old" */\n  "value": "Happy // birthday /* not a comment */"\n}';
    const json = lintPostmanCollection(collection("json", raw)).messages;
    expect(json.filter((m) => m.ruleId === "parse")).toEqual([]);
    // The empty name is found, at its own character of the raw string (the comments kept their length).
    const text = collection("json", raw);
    const name = json.find((m) => /name must not be empty/.test(m.message));
    const needle = '\\"name\\": ';
    expect([name?.line, name?.column]).toEqual([1, text.indexOf(needle) + needle.length + 1]);
    // Sent as written: the comment is the parse error it is.
    expect(lintPostmanCollection(collection("text", raw)).messages.filter((m) => m.ruleId === "parse").length).toBe(1);
  });

  /**
   * Without a language, postman-runtime strips a raw body's comments by its Content-Type header
   * (lib/runner/request-helpers-presend.js, PR #1284 "Strip comments for JSON Content-Type";
   * JSON_CONTENT_TYPE_RE `/^application\/(\S+\+)?json/`, case-sensitive): a JSON type, or a header
   * whose value is no string, strips them; no header, or another type, sends them (audit of the
   * late fixes: a JSON Content-Type with no language drew a false parse error).
   */
  it.each<[string, "stripped" | "sent", string | undefined, unknown[]]>([
    ["no language, Content-Type application/json", "stripped", undefined, [{ key: "Content-Type", value: "application/json" }]],
    ["no language, content-type in lower case, with a charset", "stripped", undefined, [{ key: "content-type", value: "application/json; charset=utf-8" }]],
    ["no language, a +json type", "stripped", undefined, [{ key: "Content-Type", value: "application/merge-patch+json" }]],
    ["no language, the type's case changed (the runtime's test is case-sensitive)", "sent", undefined, [{ key: "Content-Type", value: "Application/JSON" }]],
    ["no language, text/plain", "sent", undefined, [{ key: "Content-Type", value: "text/plain" }]],
    ["no language and no Content-Type", "sent", undefined, []],
    ["no language, two Content-Types, the first disabled: the enabled one decides", "sent", undefined, [{ key: "Content-Type", value: "application/json", disabled: true }, { key: "Content-Type", value: "text/plain" }]],
    ["language json whatever the header", "stripped", "json", [{ key: "Content-Type", value: "text/plain" }]],
    ["language text whatever the header", "sent", "text", [{ key: "Content-Type", value: "application/json" }]],
  ])("a raw body's comments with %s: %s", (_, verdict, language, header) => {
    const raw = '{\n  // the gift message\n  "name": "", /* "old" */\n  "value": "x"\n}';
    const text = JSON.stringify({
      info: { name: "OMS", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: [{ name: "note", request: { method: "POST", header, url: "https://integration.shopatron.com/api/v2/order/555555/customData", body: { mode: "raw", raw, ...(language ? { options: { raw: { language } } } : {}) } } }],
    });
    const messages = lintPostmanCollection(text).messages;
    const parse = messages.filter((m) => m.ruleId === "parse").length;
    const emptyName = messages.filter((m) => /name must not be empty/.test(m.message)).length;
    expect({ parse, emptyName }).toEqual(verdict === "stripped" ? { parse: 0, emptyName: 1 } : { parse: 1, emptyName: 0 });
  });

  it("a raw body whose language is JSON is sent as application/json (Postman's runtime sets it): no content-type warning; without the language it is sent as text/plain", () => {
    // postmanlabs/postman-runtime, test/integration/request-body/body-options.test.js: language
    // json sets content-type application/json, no language text/plain, and a header of the request's own wins.
    const request = (options: unknown, header: unknown[] = []) =>
      JSON.stringify({
        info: { name: "OMS", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        item: [{ name: "note", request: { method: "POST", header, url: "https://integration.shopatron.com/api/v2/order/555555/customData", body: { mode: "raw", raw: '{"name": "a", "value": "b"}', options } } }],
      });
    const contentType = (text: string) => lintPostmanCollection(text).messages.filter((m) => m.ruleId === "request/content-type").map((m) => m.path);
    expect(contentType(request({ raw: { language: "json" } }))).toEqual([]);
    // A header the request disables is not sent: the language's type stands.
    expect(contentType(request({ raw: { language: "json" } }, [{ key: "Content-Type", value: "text/plain", disabled: true }]))).toEqual([]);
    // Sent as text/plain: told at the raw body, whose language is the cause.
    expect(contentType(request(undefined))).toEqual(["/item/0/request/body/raw"]);
    expect(contentType(request({ raw: { language: "text" } }))).toEqual(["/item/0/request/body/raw"]);
    expect(contentType(request({ raw: { language: "json" } }, [{ key: "Content-Type", value: "text/plain" }]))).toEqual(["/item/0/request/header/0"]);
  });

  /**
   * Found by the audit of request files: a collection variable left empty was read as final, so
   * `orderID={{orderId}}` was sent as `orderID=` (a schema error). An empty collection value is how
   * a collection leaves a variable to the environment, which Postman's "Reference variables" ranks
   * narrower ("global, collection, environment, data, and local"), so its value wins: the variable
   * is read as one the client fills, as an undefined one is. The nearest definition still decides:
   * an item's empty variable is not filled from the collection's value.
   */
  describe("a variable left empty is one the client fills", () => {
    const search = "https://integration.shopatron.com/api/v2/orderItem/?orderID={{orderId}}";
    const collectionOf = (variable: unknown[], itemVariable?: unknown[]) =>
      JSON.stringify({
        info: { name: "x", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        variable,
        item: [{ name: "s", ...(itemVariable ? { variable: itemVariable } : {}), request: { method: "GET", url: search } }],
      });
    const urls = (text: string) => readPostmanCollection(JSON.parse(text)).requests.map((r) => r.url);

    it("an empty collection value: the search is not told its orderID is empty", () => {
      const text = collectionOf([{ key: "orderId", value: "" }]);
      expect(urls(text)).toEqual([search]);
      expect(lintPostmanCollection(text, "c.postman_collection.json").messages).toEqual([]);
    });
    it("a value of null is none either", () => expect(urls(collectionOf([{ key: "orderId", value: null }]))).toEqual([search]));
    it("an item's empty variable over the collection's value: the item's stands, left to the client", () =>
      expect(urls(collectionOf([{ key: "orderId", value: "5" }], [{ key: "orderId", value: "" }]))).toEqual([search]));
    it("a value given is used", () => expect(urls(collectionOf([{ key: "orderId", value: "5" }]))).toEqual([search.replace("{{orderId}}", "5")]));
  });

  /**
   * Found by the audit of request files: a GET's saved body drew request/body-not-allowed, and
   * its faults their findings, though postman-runtime prunes the body of GET, COPY, HEAD, PURGE
   * and UNLOCK (lib/requester/core.js, METHODS_WITHOUT_BODY) unless protocolProfileBehavior's
   * disableBodyPruning is set on the item or above it: nothing of a body Postman does not send is reported.
   */
  it.each(["GET", "HEAD", "COPY", "PURGE", "UNLOCK"])("%s: a saved body is pruned, no finding of it (no parse error, no Content-Type)", (method) => {
    const text = JSON.stringify({
      info: { name: "x", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: [{ name: "s", request: { method, url: "https://integration.shopatron.com/api/v2/orderItem/?orderID=1", body: { mode: "raw", raw: "{ not json" } } }],
    });
    expect(readPostmanCollection(JSON.parse(text)).requests.map((r) => r.body)).toEqual([undefined]);
    expect(lintPostmanCollection(text, "c.postman_collection.json").messages.filter((m) => m.path.includes("/body"))).toEqual([]);
  });

  it("malformed collections are diagnostics, never a throw", () => {
    for (const text of ["", "{", "[]", "null", '{"info": {}}', '{"item": [1, {"name": "x"}, {"request": 5}, {"request": {"url": {"host": 3}}}]}']) {
      expect(() => lintPostmanCollection(text)).not.toThrow();
    }
    expect(lintPostmanCollection("{").messages[0]).toMatchObject({ ruleId: "parse", fatal: true });
    const odd = lintPostmanCollection('{"info": {"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},\n"item": [1]}');
    expect(odd.messages.map((m) => [m.ruleId, m.path, m.line])).toEqual([["parse", "/item/0", 2]]);
  });
});
