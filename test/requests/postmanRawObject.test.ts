import fc from "fast-check";
import { RequestBody } from "postman-collection";
import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";
import { readPostmanCollection } from "../../src/requests/postmanCollection.js";

/**
 * A raw body whose `raw` is no string: postman-collection 5.3.0's RequestBody keeps it as written
 * and counts a number, a boolean, `{}` and `[]` empty (postman-runtime's getRequestBody then sends
 * nothing); an object or list it does not, and postman-runtime's raw body builder
 * (lib/requester/core-body-builder.js, `raw`) sends `JSON.stringify(content)` for any content that
 * is no string. Found by the audit of the Postman reader: such a body drew a parse finding and its
 * request went unchecked.
 */
const url = "https://integration.shopatron.com/api/v2/order/555555/customData/111111";
const info = { name: "c", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" };
const collectionWith = (raw: unknown) => ({ info, item: [{ name: "one", request: { method: "PUT", url, body: { mode: "raw", raw, options: { raw: { language: "json" } } } } }] });

/** The body text postman-runtime sends for this raw value: none where RequestBody#isEmpty holds, else the builder's string. */
function runtimeSends(raw: unknown): string | undefined {
  const body = new RequestBody({ mode: "raw", raw: structuredClone(raw) });
  if (body.isEmpty()) return undefined;
  return typeof body.raw === "string" ? body.raw : JSON.stringify(body.raw);
}

describe("a Postman raw body that is no string", () => {
  it("is read as the body postman-runtime sends from postman-collection's RequestBody", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 2 }).filter((raw) => typeof raw !== "string" && !JSON.stringify(raw).includes("{{")), (raw) => {
        const [read] = readPostmanCollection(collectionWith(raw)).requests;
        expect(read?.body).toBe(runtimeSends(raw));
      }),
      { numRuns: 300 },
    );
  });

  const verdicts = (raw: unknown) => lintPostmanCollection(JSON.stringify(collectionWith(raw), null, 2), "c.postman_collection.json").messages.map((m) => [m.ruleId, m.path]);

  it("an object is checked as the JSON Newman sends: a good one draws nothing", () => {
    expect(verdicts({ name: "gift", value: "yes" })).toEqual([]);
  });

  it("an object missing a required member draws the schema finding at raw, not a parse finding", () => {
    expect(verdicts({ name: "gift" })).toEqual([["schema", "/item/0/request/body/raw"]]);
  });

  it.each([[{}], [[]], [9], [true]])("%j sends no body: request/body-required", (raw) => {
    expect(verdicts(raw)).toEqual([["request/body-required", "/item/0/request"]]);
  });

  // postman-runtime fills variables in each string value (Property.replaceSubstitutionsIn), keys left as written, and then
  // makes the JSON: a value holding a quote or a line break filled into the JSON's text was a parse error (audit of ca598552).
  it("its string values have their variables filled, escaped in the JSON sent, and its keys not", () => {
    const withVariables = (raw: unknown, variables: Record<string, string>) => ({ ...collectionWith(raw), variable: Object.entries(variables).map(([key, value]) => ({ key, value })) });
    for (const value of ['say "hi"', "two\nlines", "back\\slash"]) {
      const [read] = readPostmanCollection(withVariables({ name: "{{n}}", value: "x" }, { n: value })).requests;
      expect(JSON.parse(read!.body!)).toEqual({ name: value, value: "x" });
    }
    const [keyed] = readPostmanCollection(withVariables({ name: "gift", "{{k}}": "x" }, { k: "value" })).requests;
    expect(JSON.parse(keyed!.body!)).toEqual({ name: "gift", "{{k}}": "x" });
  });
});
