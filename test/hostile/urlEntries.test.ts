import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection, lintText, validate } from "../../src/index.js";
import { runCli } from "../support/cli.js";
import { recommendedConfig } from "../support/eslintRun.js";

/**
 * A search URL, or a request's URL, of millions of parameters or path segments is held to
 * the entries limit (found by the hostile-input audit: 3M parameters took 9-10 s and 1 GB).
 * The limit is oms-lint's, not the OMS's: the search document lets "Any amount of
 * additional parameters" be appended, so the message says no search holds this many.
 * A lowered maxEntries keeps the inputs small.
 */

const host = "https://integration.shopatron.com";
const search = (parameters: number) => `${host}/api/v2/orderItem/?orderID=1${"&itemState=LOST".repeat(parameters - 1)}`;
const queryPast = (limit: number, closing: string) => `this query holds more than ${limit} parameter${limit === 1 ? "" : "s"}: no search holds this many, so oms-lint stops (the limit is ${closing})`;
const pathPast = (limit: number, closing: string) => `this URL's path holds more than ${limit} segments: no request holds this many, so oms-lint stops (the limit is ${closing})`;
const parseOnly = (messages: readonly { ruleId: string; message: string }[]) => messages.filter((m) => m.ruleId === "parse").map((m) => m.message);

describe("a search payload's parameters are held to maxEntries", () => {
  const table: { name: string; url: string; past: boolean }[] = [
    { name: "at the limit", url: search(3), past: false },
    { name: "one past the limit", url: search(4), past: true },
    { name: "empty pairs are no parameters", url: `${host}/api/v2/orderItem/?orderID=1&&itemState=LOST&&&page=1&`, past: false },
    { name: "a bare query string, one past", url: "orderID=1&itemState=LOST&page=1&perPage=2", past: true },
    { name: "what follows # is no parameter", url: `${host}/api/v2/orderItem/?orderID=1&page=1&perPage=2#&a=1&b=2`, past: false },
  ];

  for (const { name, url, past } of table) {
    it(`validate() on the URL string, ${name}`, () => {
      const result = validate("orderItemSearch", url, { maxEntries: 3 });
      if (!past) return expect(parseOnly(result.diagnostics)).toEqual([]);
      expect(result.valid).toBe(false);
      expect(result.diagnostics).toEqual([{ ruleId: "parse", messageId: "parse", severity: "error", evidence: "inferred", message: queryPast(3, "the maxEntries option"), path: "" }]);
    });

    it(`lintText on the JSON string, ${name}`, () => {
      const text = `\n  ${JSON.stringify(url)}\n`;
      const result = lintText(text, { kind: "orderItemSearch", maxEntries: 3 });
      if (!past) return expect(parseOnly(result.messages)).toEqual([]);
      expect(result.messages).toEqual([
        expect.objectContaining({ ruleId: "parse", severity: 2, fatal: true, path: "", message: queryPast(3, "the maxEntries option"), line: 2, column: 3, endLine: 2, endColumn: 3 + JSON.stringify(url).length }),
      ]);
    });
  }

  it("the limit is passed iff the parameters outnumber maxEntries", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 40 }), (limit, parameters) => {
        const found = parseOnly(validate("orderItemSearch", search(parameters), { maxEntries: limit }).diagnostics);
        expect(found).toEqual(parameters > limit ? [queryPast(limit, "the maxEntries option")] : []);
      }),
      { numRuns: 200 },
    );
  });

  it("the command line names its flag, and exits 1", async () => {
    const run = await runCli(["--format", "json", "--no-config", "--max-entries", "3", "--stdin", "--kind", "orderItemSearch"], { input: JSON.stringify(search(4)) });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
    expect(result!.messages.map((m) => [m.ruleId, m.message])).toEqual([["parse", queryPast(3, "--max-entries or limits.maxEntries in oms-lint.config.json")]]);
  });
});

describe("a request URL's parameters and path segments are held to maxEntries", () => {
  // "api/v2/orderItem" is three segments; "api/v2/order/1/customData" five.
  const table: { name: string; url: string; limit: number; message?: string }[] = [
    { name: "parameters at the limit", url: search(3), limit: 3 },
    { name: "parameters one past the limit", url: search(4), limit: 3, message: queryPast(3, "the maxEntries option") },
    { name: "path segments at the limit", url: `${host}/api/v2/order/1/customData`, limit: 5 },
    { name: "path segments one past the limit", url: `${host}/api/v2/order/1/customData/x`, limit: 5, message: pathPast(5, "the maxEntries option") },
    { name: "empty segments are no segments", url: `${host}//api//v2/order/1/customData/`, limit: 5 },
  ];

  for (const { name, url, limit, message } of table) {
    it(`a .http request line, ${name}`, () => {
      const line = `GET ${url} HTTP/1.1`;
      const result = lintHttpFile(`${line}\nx-vol-tenant: 1\n`, "calls.http", { maxEntries: limit });
      if (message === undefined) return expect(parseOnly(result.messages)).toEqual([]);
      // One cause, one finding: no unknown endpoint, no search rule, for the request past the limit.
      expect(result.messages).toEqual([
        expect.objectContaining({ ruleId: "parse", severity: 2, message, line: 1, column: 5, endLine: 1, endColumn: 5 + url.length }),
      ]);
    });

    it(`a Postman request's raw URL, ${name}`, () => {
      const collection = {
        info: { name: "c", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        item: [{ name: "r", request: { method: "GET", header: [{ key: "x-vol-tenant", value: "1" }], url: { raw: url } } }],
      };
      const result = lintPostmanCollection(JSON.stringify(collection), "c.json", { maxEntries: limit });
      if (message === undefined) return expect(parseOnly(result.messages)).toEqual([]);
      expect(result.messages).toEqual([expect.objectContaining({ ruleId: "parse", severity: 2, message, path: "/item/0/request/url/raw" })]);
    });
  }

  it("the command line names its flag", async () => {
    const run = await runCli(["--format", "json", "--no-config", "--max-entries", "3", "--stdin", "--stdin-filename", "calls.http"], { input: `GET ${search(4)}\nx-vol-tenant: 1\n` });
    expect(run.stderr).toBe("");
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
    expect(result!.messages.map((m) => [m.ruleId, m.message])).toEqual([["parse", queryPast(3, "--max-entries or limits.maxEntries in oms-lint.config.json")]]);
  });
});

describe("under ESLint, a search payload's parameters are held to languageOptions.limits.maxEntries", () => {
  const lint = async (url: string) => {
    const eslint = new ESLint({ cwd: tmpdir(), overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, undefined, { limits: { maxEntries: 3 } }) });
    return (await eslint.lintText(JSON.stringify(url), { filePath: join(tmpdir(), "search.json") }))[0]!.messages;
  };

  it("at the limit: linted, no parsing error", async () => {
    expect((await lint(search(3))).filter((m) => m.fatal)).toEqual([]);
  });

  it("one past the limit: one fatal parsing error naming the option (the lint pass's verdict reaches no ESLint user)", async () => {
    expect(await lint(search(4))).toEqual([
      expect.objectContaining({ ruleId: null, fatal: true, line: 1, column: 1, message: `Parsing error: ${queryPast(3, "languageOptions.limits.maxEntries")}` }),
    ]);
  });
});
