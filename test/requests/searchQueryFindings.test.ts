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

describe("a query held in a variable", () => {
  const findings = (line: string) => lintHttpFile(`${line}\n`, "case.http").messages.map((m) => `${m.ruleId}: ${m.message}`);

  it("a search whose whole query is a variable: it may hold orderID, so nothing is missing, and its name is no unknown property", () => {
    expect(findings(`GET ${search}?{{query}}`)).toEqual([]);
  });

  it("an item custom data call whose whole query is a variable", () => {
    expect(findings("GET https://integration.shopatron.com/api/v2/orderItem/1/customData/?{{q}}")).toEqual([]);
  });

  it("a variable beside other parameters may hold orderID too; the parameters written are still checked", () => {
    expect(findings(`GET ${search}?perPage=500&{{more}}`).map((f) => f.split(":")[0])).toEqual(["schema"]);
  });

  it("in checkRequest", () => {
    expect(checkRequest({ method: "GET", url: `${search}?{{query}}` }).diagnostics).toEqual([]);
  });

  it("a query with no variable still needs orderID", () => {
    expect(findings(`GET ${search}?perPage=5`).map((f) => f.split(":")[0])).toEqual(["request/missing-query-parameter"]);
  });
});
