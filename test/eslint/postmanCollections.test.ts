import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { recommendedConfig } from "../support/eslintRun.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { shorten } from "../../src/engine/messageTemplate.js";

/**
 * A Postman collection gets under ESLint what the CLI's folder walk gives it: its requests'
 * findings (found by the editor surface audit: ESLint said only "cannot tell which payload
 * this is: name its kind with settings", advice no setting could follow).
 */

const folder = scratchFolders("eslint-postman");
/** The README's collection (a DELETE with a record ID that is no integer, and a body), a misspelt body key and a body that is not JSON. */
const readmeCollection = `{
  "info": { "name": "OMS", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "variable": [{ "key": "baseUrl", "value": "https://integration.shopatron.com/api/v2" }],
  "item": [
    {
      "name": "Delete a note",
      "request": {
        "method": "DELETE",
        "url": "{{baseUrl}}/order/:orderID/customData/abc",
        "body": { "mode": "raw", "raw": "{\\"name\\": \\"note\\"}" }
      }
    },
    {
      "name": "Add a note",
      "request": {
        "method": "POST",
        "url": "{{baseUrl}}/order/555555/customData",
        "header": [{ "key": "Content-Type", "value": "application/json" }],
        "body": { "mode": "raw", "raw": "{\\"name\\": \\"note\\", \\"valeu\\": \\"x\\"}" }
      }
    },
    {
      "name": "A body cut short",
      "request": {
        "method": "POST",
        "url": "{{baseUrl}}/order/555555/customData",
        "header": [{ "key": "Content-Type", "value": "application/json" }],
        "body": { "mode": "raw", "raw": "{ broken" }
      }
    }
  ]
}
`;

const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

type Finding = { ruleId: string | null; message: string; line: number; column: number; severity: number };

describe("a Postman collection under ESLint", () => {
  const dir = folder({ "oms.postman_collection.json": readmeCollection, "calls.json": readmeCollection });

  it.each(majors)("%s: the CLI's findings, each under its rule, at its place", async (_, ESLint) => {
    const cli = await runCli(["--format", "json", "."], { cwd: dir });
    const byFile = new Map((JSON.parse(cli.stdout) as { filePath: string; messages: Finding[] }[]).map((r) => [r.filePath, r.messages]));
    const results = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintFiles(["."]);
    expect(results).toHaveLength(2);
    for (const result of results) {
      const expected = byFile.get(result.filePath)!;
      expect(expected.map((m) => m.ruleId)).toEqual(expect.arrayContaining(["request/path-parameter", "request/body-not-allowed", "parse"]));
      const shown = (messages: Finding[], prefix: string) => messages.map((m) => [`${prefix}${m.ruleId}`, m.line, m.column, m.severity, m.message]);
      expect(shown(result.messages as Finding[], "")).toEqual(shown(expected, "oms-lint/"));
    }
  });

  it.each(majors)("%s: a body past languageOptions.limits is told that option, not the library's", async (_, ESLint) => {
    // The collection itself within the limit (at most 4 members or elements a container), its body's list past it.
    const body = JSON.stringify({ orderItems: [1, 2, 3, 4, 5] });
    const collection = JSON.stringify({
      info: { name: "OMS", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: [{ name: "Add a note", request: { method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", header: [{ key: "Content-Type", value: "application/json" }], body: { mode: "raw", raw: body } } }],
    });
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, undefined, { limits: { maxEntries: 4 } }) });
    const [result] = await eslint.lintText(collection, { filePath: `${dir}/limits.postman_collection.json` });
    const limit = result!.messages.filter((m) => /holds more than 4/.test(m.message));
    expect(limit.map((m) => m.message)).toEqual([expect.stringMatching(/\(the limit is languageOptions\.limits\.maxEntries\)$/)]);
  });

  it("a kind named in the settings wins, as the CLI's --kind does: the file is linted as that payload", async () => {
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig({ kind: "createOrder" }) });
    const [result] = await eslint.lintFiles(["calls.json"]);
    expect(result!.messages.some((m) => m.ruleId === "oms-lint/schema")).toBe(true);
    expect(result!.messages.some((m) => m.ruleId?.startsWith("oms-lint/request/"))).toBe(false);
  });

  // Found by the review of the request files: raw and parts that disagree were a `parse`
  // finding, an error under the recommended config (exit 1), that no rule's level could turn off.
  it("raw and parts that disagree: request/postman-raw-url-differs, a warning, off by its own level", async () => {
    const collection = JSON.stringify({
      info: { name: "OMS", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: [{ name: "search", request: { method: "GET", url: { raw: "https://integration.shopatron.com/api/v2/orderItem/?orderID=5", protocol: "https", host: ["integration", "shopatron", "com"], path: ["api", "v2", "orderItem", ""], query: [{ key: "orderID", value: "5" }, { key: "page", value: "2" }] } } }],
    });
    const lint = async (rules?: Record<string, "off">) => {
      const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, rules) });
      const [result] = await eslint.lintText(collection, { filePath: `${dir}/raw.postman_collection.json` });
      return result!.messages.map((m) => [m.ruleId, m.severity]);
    };
    expect(await lint()).toEqual([["oms-lint/request/postman-raw-url-differs", 1]]);
    expect(await lint({ "oms-lint/request/postman-raw-url-differs": "off" })).toEqual([]);
  });

  // Found by the audit of the ESLint plugin: a collection told by its name whose info.schema
  // names no Postman schema drew the CLI's warning under `parse`, which the recommended config
  // sets at "error" (ESLint gives a rule one level): ESLint failed the file where the CLI exits 0.
  it.each(majors)("%s: info.schema naming no Postman schema (none, or JSON Schema's draft-07) is a warning under oms-lint/postman-info-schema, as in the CLI, and off by its own level", async (_, ESLint) => {
    const request = { name: "a", request: { method: "GET", url: "https://integration.shopatron.com/api/v2/orderItem/?orderID=1" } };
    const dir = folder({
      "none.postman_collection.json": JSON.stringify({ info: { name: "x" }, item: [request] }),
      "draft.postman_collection.json": JSON.stringify({ info: { name: "x", schema: "https://json-schema.org/draft-07/schema" }, item: [request] }),
    });
    const cli = await runCli(["--format", "json", "."], { cwd: dir });
    expect(cli.code).toBe(0);
    const lint = async (rules?: Record<string, "off">) => {
      const results = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, rules) }).lintFiles(["."]);
      return results.map((r) => ({ errorCount: r.errorCount, found: r.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.message]) }));
    };
    const warning = [["oms-lint/postman-info-schema", 1, 1, 9, expect.stringMatching(/^info\.schema does not name a Postman collection schema \(https:\/\/schema\.getpostman\.com\/… or https:\/\/schema\.postman\.com\/…\).*our reading/)]];
    expect(await lint()).toEqual([
      { errorCount: 0, found: warning },
      { errorCount: 0, found: warning },
    ]);
    // The CLI's finding, under the same id and at the same level and place.
    for (const result of JSON.parse(cli.stdout) as { messages: Finding[] }[]) {
      expect(result.messages.map((m) => [`oms-lint/${m.ruleId}`, m.severity, m.line, m.column, m.message])).toEqual(warning);
    }
    expect(await lint({ "oms-lint/postman-info-schema": "off" })).toEqual([
      { errorCount: 0, found: [] },
      { errorCount: 0, found: [] },
    ]);
  });
});

/**
 * A collection whose body nests `depth` levels: the collection itself nests 6 (its object, item,
 * the item, request, header and a header), so any maxDepth from 6 takes it.
 */
function collectionWithBodyOf(depth: number): string {
  return JSON.stringify({
    info: { name: "OMS", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    item: [{ name: "deep", request: { method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", header: [{ key: "Content-Type", value: "application/json" }], body: { mode: "raw", raw: `${"[".repeat(depth)}${"]".repeat(depth)}` } } }],
  });
}

// Found by the audit of the ESLint plugin: at the ceiling a body's depth verdict gave the
// collection's reason, "@eslint/json's parser and ESLint's walk of its tree recurse once per
// level, so deeper text could overflow the stack", but a body is a string that @eslint/json never
// parses: it is held to the depth because it is read within the collection's languageOptions.limits.
describe("a collection's body at languageOptions.limits.maxDepth under ESLint (fast-check)", () => {
  const dir = folder({});
  const depthVerdicts = async (ESLint: typeof majors[number][1], maxDepth: number, depth: number) => {
    // The default (no option) is the ceiling, 1,000.
    const languageOptions = maxDepth === 1000 ? undefined : { limits: { maxDepth } };
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, undefined, languageOptions) });
    const [result] = await eslint.lintText(collectionWithBodyOf(depth), { filePath: `${dir}/deep.postman_collection.json` });
    return result!.messages.filter((m) => /nests deeper/.test(m.message)).map((m) => ({ ruleId: m.ruleId, severity: m.severity, message: m.message }));
  };

  it.each(majors)("%s: at the limit, no verdict; one level past it, one oms-lint/parse error naming the option, or at the ceiling why a body stops there", async (_, ESLint) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer({ min: 6, max: 1000 }), fc.constantFrom(6, 999, 1000)), fc.boolean(), async (maxDepth, past) => {
        const found = await depthVerdicts(ESLint, maxDepth, past ? maxDepth + 1 : maxDepth);
        if (!past) {
          expect(found).toEqual([]);
          return;
        }
        const hint =
          maxDepth < 1000
            ? "the limit is languageOptions.limits.maxDepth"
            : "ESLint reads a collection's bodies no deeper than 1000 levels: the plugin reads them within languageOptions.limits, and limits.maxDepth goes no higher because @eslint/json's parser and ESLint's walk recurse once per level of the collection's own JSON (a body is a string to them); the oms-lint command reads deeper with --max-depth";
        // The bracket one level too deep is the first element of maxDepth arrays: its pointer, shortened as a message quotes a long one.
        const place = shorten("/0".repeat(maxDepth));
        expect(found).toEqual([{ ruleId: "oms-lint/parse", severity: 2, message: `body ${place}: the JSON nests deeper than ${maxDepth} levels here: no payload nests this deep, so oms-lint stops (${hint})` }]);
      }),
      { numRuns: 25, examples: [[1000, true], [999, true], [6, true], [1000, false]] },
    );
  });
});
