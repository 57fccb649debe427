import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";

// Found by the request files audit: a v1 collection drew "info.schema does not name a Postman
// collection schema" (it has no info) and "it has no "item" array": two findings, neither saying what it is.
describe("a Postman collection v1", () => {
  const v1 = JSON.stringify({ id: "abc", name: "old", requests: [{ url: "https://integration.shopatron.com/api/v2/order/5/customData", method: "GET" }] });

  it("is one parse error at 1:1, saying v1 is not read and to export it as v2.1", () => {
    const found = lintPostmanCollection(v1, "v1.postman_collection.json").messages;
    expect(found.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([["parse", 2, 1, 1]]);
    expect(found[0]?.message).toContain("a Postman collection v1");
    expect(found[0]?.message).toContain("export it from Postman as Collection v2.1");
  });

  it("a file with neither requests nor item is still told it has no item array", () => {
    const found = lintPostmanCollection('{"name": "x"}', "x.postman_collection.json").messages;
    expect(found.some((m) => m.message.includes('it has no "item" array'))).toBe(true);
  });
});
