import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";

/**
 * postman-collection's RequestBody#update (5.3.0) reads a mode lowercased, and one it does not
 * name (`binary`, `text`) as raw: Newman sends the raw text. Found by the audit of request files:
 * oms-lint read only `raw` as written, so `RAW` or `binary` on a POST of {"externalOrderID": 5}
 * drew no finding where `raw` drew the schema's two.
 */
const createOrder = (body: unknown) =>
  JSON.stringify({
    info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    item: [{ name: "r", request: { method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", header: [{ key: "Content-Type", value: "application/json" }], body } }],
  });

describe("a body in a mode postman-collection reads as raw is linted as the raw JSON Newman sends", () => {
  it.each(["raw", "RAW", "Raw", "binary", "text"])("mode %j, body {\"externalOrderID\": 5}: the schema's findings on it", (named) => {
    const result = lintPostmanCollection(createOrder({ mode: named, raw: '{"externalOrderID": 5}' }), "c.postman_collection.json");
    const schema = result.messages.filter((one) => one.ruleId === "schema");
    expect(schema.map((one) => one.message)).toEqual([expect.stringContaining("the body lacks 11 required fields"), expect.stringContaining("externalOrderID must be a string")]);
    expect(result.messages.filter((one) => one.ruleId === "request/body-unchecked")).toEqual([]);
  });
});
