import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import { checkRequest } from "../../src/service/checkRequest.js";
import { columnOf } from "./support.js";

const search = "https://integration.shopatron.com/api/v2/orderItem/";
const collectionOf = (url: unknown) =>
  JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "search", request: { method: "GET", url } }] });

/** The findings of a file, as a reader checks them: rule, line and column. */
const placed = (text: string) => lintHttpFile(text, "case.http").messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column }));

describe("a search's orderID: one cause, one finding, at the parameter", () => {
  for (const parameter of ["orderID=abc", "orderID=0", "orderID=[Order ID]", "orderID=", "orderID=5,x"]) {
    it(`${parameter} in a .http file`, () => {
      const line = `GET ${search}?${parameter}`;
      expect(placed(`${line}\n`)).toEqual([{ ruleId: "schema", line: 1, column: columnOf(line, parameter) }]);
    });

    it(`${parameter} in a collection's url object`, () => {
      const url = { raw: `${search}?${parameter}`, query: [{ key: "orderID", value: parameter.slice("orderID=".length) }] };
      expect(lintPostmanCollection(collectionOf(url), "c.json").messages.map((m) => m.ruleId)).toEqual(["schema"]);
    });

    it(`${parameter} in checkRequest`, () => {
      const verdict = checkRequest({ method: "GET", url: `${search}?${parameter}` });
      expect(verdict.diagnostics.map((d) => d.ruleId)).toEqual(["schema"]);
      expect(verdict.errorCount).toBe(1);
    });
  }

  it("a search without orderID is request/missing-query-parameter's alone", () => {
    expect(placed(`GET ${search}\n`).map((m) => m.ruleId)).toEqual(["request/missing-query-parameter"]);
  });

  it("an item custom data call's orderID, which no query schema checks, is request/path-parameter's", () => {
    const line = "GET https://integration.shopatron.com/api/v2/orderItem/7/customData/?orderID=abc";
    expect(placed(`${line}\n`).map((m) => m.ruleId)).toEqual(["request/path-parameter"]);
  });
});
