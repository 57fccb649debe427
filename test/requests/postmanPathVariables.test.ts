import fc from "fast-check";
import { Url } from "postman-collection";
import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";
import { readPostmanCollection } from "../../src/requests/postmanCollection.js";
import { columnOf, lineOf } from "./support.js";

const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
const collection = (url: unknown) => ({ info: { schema }, item: [{ name: "r", request: { method: "GET", url } }] });
const urlOf = (url: unknown) => readPostmanCollection(collection(url)).requests[0]!.url;

/**
 * What Postman sends for a URL and its `url.variable` list: postman-collection 5.3.0 itself, the
 * version postman-runtime pins (Url.parse of the URL, then Url#toString with the variables).
 */
function postmanSends(raw: string, variable: readonly unknown[]): string {
  return new Url({ ...Url.parse(raw), variable }).toString();
}

describe("Postman :path variables", () => {
  it("fill every /:name segment as postman-collection fills it: the last entry of a key (its key, else its id), its value cast by its type a non-empty string, a `.` suffix kept, the path alone", () => {
    const name = fc.constantFrom("id", "orderID", "ID", "a", "a.b", "x:y", "");
    const segment = fc.oneof(name.map((n) => `:${n}`), fc.constantFrom("api", "v2", "order", "customData", ":", ":id.json", "?page=1", "?page=/:id", "#top", "#/:id"));
    const value = fc.constantFrom<unknown>("", "1", "555555", "$&", "$1", "{{id}}", "a b", "a.b", 5, null, true, "[1]");
    // Entries as exports write them: by `key`, or by `id` (older exports), typed or not (a type casts the value; third audit).
    const entry = fc.record(
      { key: name, id: name, value, type: fc.constantFrom("string", "String", "number", "boolean", "object", "array", "any", "json", "secret", "other") },
      { requiredKeys: ["value"] },
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.array(entry, { maxLength: 6 }), (segments, variables) => {
        const raw = `https://integration.shopatron.com/${segments.join("/")}`;
        expect(urlOf({ raw, variable: variables })).toBe(postmanSends(raw, variables));
      }),
      {
        numRuns: 1000,
        examples: [
          [["order", ":orderID"], [{ key: "orderID", value: "abc" }, { key: "orderID", value: "5" }]],
          [["order", ":orderID"], [{ id: "orderID", value: "abc" }]],
        ],
      },
    );
  });

  it("99,990 variables over a 3 MB URL: one pass over the URL, not one a variable", () => {
    // A regular expression a variable: 32,000 variables over a URL of as many segments took 26 s; some hours here.
    const variable = Array.from({ length: 99_990 }, (_, i) => ({ key: `v${i}`, value: String(i + 1) }));
    const raw = `https://integration.shopatron.com/api/v2/order/:v0/customData${"/:z".repeat(1_000_000)}`;
    expect(urlOf({ raw, variable })).toBe(`https://integration.shopatron.com/api/v2/order/1/customData${"/:z".repeat(1_000_000)}`);
  }, 60_000);
});

/**
 * A `:name` path segment filled from `url.variable` with a bad value: the value is what the user
 * edits, so the finding stands at `url.variable[n].value` (its pointer, its line and column), the
 * entry whose value Postman fills in (the last of that key, if its value is a string and not empty). It stood at the
 * `:orderID` path entry, or at raw, where nothing is wrong. A value that holds a `{{variable}}`
 * comes from elsewhere (a collection or folder variable): the finding keeps the segment's place.
 */
describe("a path variable's bad value: the finding stands at the value", () => {
  const base = "https://integration.shopatron.com/api/v2";
  const lint = (url: unknown, variable: unknown[] = []) => {
    const text = JSON.stringify({ info: { schema }, variable, item: [{ name: "r", request: { method: "GET", url } }] }, null, 2);
    return { text, messages: lintPostmanCollection(text, "c.postman_collection.json").messages };
  };
  const says = 'path parameter orderID must be a positive integer, not "abc"';
  const parts = (variable: unknown[]) => ({ protocol: "https", host: ["integration", "shopatron", "com"], path: ["api", "v2", "order", ":orderID", "customData"], variable });
  const raw = (variable: unknown[]) => ({ raw: `${base}/order/:orderID/customData`, variable });

  it.each([
    ["a url checked by its parts", parts],
    ["a url read by its raw", raw],
  ])("%s: at url.variable[n].value, its line and column", (_, url) => {
    const { text, messages } = lint(url([{ key: "orderID", value: "abc" }]));
    expect(messages.map((m) => [m.ruleId, m.severity, m.path, m.message])).toEqual([["request/path-parameter", 2, "/item/0/request/url/variable/0/value", says]]);
    expect([messages[0]?.line, messages[0]?.column]).toEqual([lineOf(text, '"abc"'), columnOf(text, '"abc"')]);
  });

  // postman-collection's VariableList keeps the last entry of a key (audit of today's fixes: the first was read, so a good last value drew an error).
  it("the entry Postman fills in: the last of its key, among others", () => {
    const variable = [{ key: "other", value: "1" }, { key: "orderID", value: "5" }, { key: "orderID", value: "" }, { key: "orderID", value: "abc" }];
    expect(lint(parts(variable)).messages.map((m) => [m.ruleId, m.path])).toEqual([["request/path-parameter", "/item/0/request/url/variable/3/value"]]);
    expect(lint(parts([{ key: "orderID", value: "abc" }, { key: "orderID", value: "12345" }])).messages).toEqual([]);
    // A last entry with an empty value leaves `:orderID` as written, a placeholder: the earlier "abc" is not sent.
    expect(lint(parts([{ key: "orderID", value: "abc" }, { key: "orderID", value: "" }])).messages).toEqual([]);
  });

  it("a value holding a / that puts the bad segment in the parameter's place: at that value", () => {
    const url = { raw: `${base}/order/:rest`, variable: [{ key: "rest", value: "abc/customData" }] };
    expect(lint(url).messages.map((m) => [m.path, m.message])).toEqual([["/item/0/request/url/variable/0/value", says]]);
  });

  it.each([
    ["a url checked by its parts", parts, "/item/0/request/url/path/3"],
    ["a url read by its raw", raw, "/item/0/request/url/raw"],
  ])("a value from a collection variable ({{id}}), %s: where it stood, at the segment", (_, url, pointer) => {
    const { messages } = lint(url([{ key: "orderID", value: "{{id}}" }]), [{ key: "id", value: "abc" }]);
    expect(messages.map((m) => [m.ruleId, m.path])).toEqual([["request/path-parameter", pointer]]);
  });

  it("property: each refused segment filled from url.variable stands at the value filled in, whatever the variables' order and the segments written", () => {
    // /api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID}?orderID=5: the item's ID must be positive, the record's any integer.
    const value = fc.constantFrom("7", "abc", "-1", "");
    const segment = (name: string) => fc.oneof(fc.constant({ written: `:${name}` }), value.filter((v) => v !== "").map((v) => ({ written: v })));
    fc.assert(
      fc.property(segment("item"), segment("record"), fc.array(fc.record({ key: fc.constantFrom("item", "record", "x"), value }), { maxLength: 6 }), (item, record, variable) => {
        const url = { raw: `${base}/orderItem/${item.written}/customData/${record.written}?orderID=5`, variable };
        const filled = (written: string) => {
          const last = written.startsWith(":") ? variable.map((v): string => v.key).lastIndexOf(written.slice(1)) : -1;
          const index = last >= 0 && variable[last]!.value !== "" ? last : -1;
          return { index, text: index < 0 ? written : variable[index]!.value };
        };
        const expected = [
          { name: "orderItemID", ...filled(item.written), refused: (t: string) => !/^\d+$/.test(t) || Number(t) < 1 },
          { name: "orderItemCustomDataID", ...filled(record.written), refused: (t: string) => !/^-?\d+$/.test(t) },
        ]
          .filter(({ text, refused }) => !text.startsWith(":") && refused(text))
          .map(({ index }) => (index < 0 ? "/item/0/request/url/raw" : `/item/0/request/url/variable/${index}/value`));
        const found = lint(url).messages.filter((m) => m.ruleId === "request/path-parameter").map((m) => m.path);
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});
