import fc from "fast-check";
import { RequestBody } from "postman-collection";
import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";
import { postmanSentBodyMode } from "../../src/requests/postmanBodySent.js";

/**
 * Whether Newman sends a Postman body, and in which mode, is postman-runtime's getRequestBody
 * (lib/requester/core.js) over postman-collection's RequestBody (5.3.0): none where the body is
 * disabled (any truthy `disabled`) or RequestBody#isEmpty holds (a body with no mode among them),
 * none for a urlencoded or formdata list whose every parameter is disabled (core-body-builder.js
 * drops each; an empty multipart form streams nothing);
 * else the body in the mode RequestBody#update reads (`RAW`, `binary`: raw). Found by the audit of
 * request files: oms-lint read `mode` and `disabled` as written.
 */
const modes = ["file", "formdata", "graphql", "raw", "urlencoded"] as const;
const parameter = fc.oneof(fc.constant(null), fc.record({ key: fc.string({ maxLength: 2 }), disabled: fc.constantFrom<unknown>(true, false, "true", "false", "", 0, 1, null) }, { requiredKeys: ["key"] }));
const content = fc.oneof(fc.constantFrom<unknown>(null, "", "{}", "a=b", [], {}, { src: "a.json" }, { content: "x" }), fc.array(parameter, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }));
const mode = fc.oneof(fc.constantFrom<unknown>(...modes, "RAW", "Raw", "binary", "UrlEncoded", "", null, 0, undefined, "constructor"), fc.string({ maxLength: 4 }));
const disabled = fc.constantFrom<unknown>(undefined, true, false, "true", "false", "", 0, 1, null, {});
const body = fc.tuple(mode, disabled, fc.record({ file: content, formdata: content, graphql: content, raw: content, urlencoded: content }, { requiredKeys: [] })).map(([named, off, held]) => {
  const value: Record<string, unknown> = { ...held };
  if (named !== undefined) value.mode = named;
  if (off !== undefined) value.disabled = off;
  return value;
});

/** The mode of the body postman-runtime's getRequestBody builds from the library's RequestBody; undefined where it sends none, or the library throws. */
function librarySentMode(value: Record<string, unknown>): string | undefined {
  let parsed: RequestBody;
  try {
    parsed = new RequestBody(structuredClone(value));
  } catch {
    return undefined;
  }
  if (parsed.isEmpty() || parsed.disabled) return undefined;
  // core-body-builder.js's urlencoded and formdata reducers drop each disabled parameter; with none left, the body is empty.
  const list = parsed.mode === "urlencoded" ? parsed.urlencoded : parsed.mode === "formdata" ? parsed.formdata : undefined;
  if (list !== undefined && list.all().every((one) => !one || one.disabled)) return undefined;
  return parsed.mode;
}

describe("postmanSentBodyMode", () => {
  it("agrees with postman-runtime's getRequestBody over postman-collection's RequestBody", () => {
    fc.assert(
      fc.property(body, (value) => {
        let thrown = false;
        try {
          new RequestBody(structuredClone(value));
        } catch {
          thrown = true;
        }
        if (!thrown) expect(postmanSentBodyMode(value)).toBe(librarySentMode(value));
      }),
      { numRuns: 1000 },
    );
  });

  // Found by the audit of the Postman reader: a formdata list whose every entry was disabled counted as sent, so a POST drew no error.
  it("a POST whose formdata entries are all disabled sends no body: request/body-required", () => {
    const formdata = [{ key: "name", value: "gift", disabled: true }, { key: "value", value: "yes", disabled: "true" }];
    const request = { method: "POST", url: "https://integration.shopatron.com/api/v2/order/555555/customData", body: { mode: "formdata", formdata } };
    const text = JSON.stringify({ info: { name: "c", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "one", request }] }, null, 2);
    expect(lintPostmanCollection(text, "c.postman_collection.json").messages.map((m) => m.ruleId)).toContain("request/body-required");
  });
});
