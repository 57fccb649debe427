import { constants } from "node:buffer";
import { tmpdir } from "node:os";
import { join } from "node:path";
import json from "@eslint/json";
import { ESLint, type Linter } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { describe, expect, it } from "vitest";
import plugin from "../../src/eslint/plugin.js";
import { recommendedConfig, spawnEslint } from "../support/eslintRun.js";
import { taxedOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * `languageOptions: { limits: { maxDepth, maxEntries, maxValues } }`: the CLI's --max-depth,
 * --max-entries and --max-values as an ESLint config object sets them. The language parses
 * within them and the rules' lint pass lints within them (a file is refused by both or by
 * neither); a parse verdict names the option to change; a wrong value is ESLint's config error.
 */

const folder = scratchFolders("eslint-limits");
const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

/**
 * The documents' order with a tax over the cap (a tax-rate-cap error), and a list of `entries` zeros beside it,
 * written on the list's one line: the count is what the limit counts, and a zero on a line of its own
 * was a third of ESLint's work (its tokens and locations) for nothing the test reads.
 */
function orderWithList(entries: number): string {
  return JSON.stringify({ ...(JSON.parse(taxedOrder()) as object), notes: [] }, null, 2).replace('"notes": []', `"notes": [${"0,".repeat(entries - 1)}0]`);
}

/** The 1-based line of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((l) => l.includes(needle)) + 1;
}

describe.each(majors)("languageOptions.limits under %s", (_, ESLint) => {
  const eslint = (limits?: unknown) =>
    new ESLint({ cwd: tmpdir(), overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, undefined, limits === undefined ? undefined : { limits }) });
  const lint = async (text: string, limits?: unknown, name = "order.json") => (await eslint(limits).lintText(text, { filePath: join(tmpdir(), name) }))[0]!.messages;

  it("an order holding a list past 100,000 entries: a fatal parsing error naming languageOptions.limits.maxEntries; with the limit raised, parsed, and every rule's finding reported", async () => {
    const text = orderWithList(100_001);
    expect(await lint(text)).toEqual([
      expect.objectContaining({
        ruleId: null,
        fatal: true,
        line: lineOf(text, '"notes": ['),
        message: "Parsing error: this array holds more than 100000 elements: no payload holds this many, so oms-lint stops (the limit is languageOptions.limits.maxEntries)",
      }),
    ]);
    const raised = await lint(text, { maxEntries: 100_001 });
    expect(raised.filter((m) => m.fatal)).toEqual([]);
    // The rules' pass took the raised limit too: held to the default, it would refuse the file, and no rule would report.
    expect(raised).toContainEqual(expect.objectContaining({ ruleId: "oms-lint/tax-rate-cap", line: lineOf(text, '"itemTaxOverride": 3') }));
  });

  it("a key written past 100,000 times in one object: the same fatal parsing error at the object (found by the audit of hostile inputs: 3.3 million repeats ran ESLint out of memory)", async () => {
    const text = `{"name": "n", "value": "v",\n${Array(100_001).fill('"a": 0').join(",")}}`;
    expect(await lint(text)).toEqual([expect.objectContaining({ fatal: true, line: 1, column: 1, message: expect.stringMatching(/^Parsing error: this object holds more than 100000 members: .*languageOptions\.limits\.maxEntries/) })]);
  });

  it("past the default depth, a fatal parsing error that says why no option raises it; asking for more is a config error", async () => {
    const deep = `${"[".repeat(1001)}${"]".repeat(1001)}`;
    expect(await lint(deep)).toEqual([
      expect.objectContaining({
        fatal: true,
        column: 1001,
        message: expect.stringMatching(/^Parsing error: the JSON nests deeper than 1000 levels here: .*\(ESLint reads no deeper than 1000 levels: @eslint\/json's parser and ESLint's walk of its tree recurse once per level, .*--max-depth\)$/),
      }),
    ]);
    await expect(lint(deep, { maxDepth: 1001 })).rejects.toThrow(
      /^Key "languageOptions": limits\.maxDepth must be a whole number from 1 to 1000: @eslint\/json's parser and ESLint's walk of its tree recurse once per level, .*the oms-lint command reads deeper with --max-depth; got the number 1001$/,
    );
  });

  it.each([
    [{ maxDepth: 3 }, /^Parsing error: the JSON nests deeper than 3 levels here: .*\(the limit is languageOptions\.limits\.maxDepth\)$/],
    [{ maxEntries: 5 }, /^Parsing error: this object holds more than 5 members: .*\(the limit is languageOptions\.limits\.maxEntries\)$/],
    [{ maxValues: 50 }, /^Parsing error: the JSON holds more than 50 values by this one: .*\(the limit is languageOptions\.limits\.maxValues\)$/],
  ])("a lowered limit (%o) refuses the order the defaults lint: one fatal parsing error naming it, no rule's finding", async (limits, says) => {
    const order = taxedOrder();
    expect((await lint(order)).map((m) => m.ruleId)).toContain("oms-lint/tax-rate-cap");
    expect(await lint(order, limits)).toEqual([expect.objectContaining({ ruleId: null, fatal: true, message: expect.stringMatching(says) })]);
  });

  it("a lowered maxDepth is for payloads: a package.json nested past it is read as npm reads it", async () => {
    const nested = '{"a": {"b": {"c": {"d": 1}}}}';
    expect(await lint(nested, { maxDepth: 2 }, "order.json")).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/nests deeper than 2 levels/) })]);
    expect(await lint(nested, { maxDepth: 2 }, "package.json")).toEqual([]);
  });

  it.each([
    [{ maxDepth: 0 }, "limits.maxDepth must be a whole number from 1 to 1000; got the number 0"],
    [{ maxEntries: -1 }, "limits.maxEntries must be a whole number from 1 to 9007199254740991; got the number -1"],
    [{ maxEntries: 1.5 }, "limits.maxEntries must be a whole number from 1 to 9007199254740991; got the number 1.5"],
    [{ maxValues: "5000000" }, 'limits.maxValues must be a whole number from 1 to 9007199254740991; got the string "5000000"'],
    [{ maxValues: 2 ** 53 }, "limits.maxValues must be a whole number from 1 to 9007199254740991; got the number 9007199254740992"],
    [{ maxValues: null }, "limits.maxValues must be a whole number from 1 to 9007199254740991; got null"],
    [{ maxDepht: 10 }, 'limits knows maxFileSize, maxDepth, maxEntries and maxValues only, not "maxDepht" (did you mean "maxDepth"?)'],
    [{ maxFilesize: 10 }, 'limits knows maxFileSize, maxDepth, maxEntries and maxValues only, not "maxFilesize" (did you mean "maxFileSize"?)'],
    [{ maxFileSize: 0 }, `limits.maxFileSize must be a number of bytes from 1 to ${constants.MAX_STRING_LENGTH}, or a size such as "16MB" or "512KB"; got the number 0`],
    [{ maxFileSize: "64 furlongs" }, `limits.maxFileSize must be a number of bytes from 1 to ${constants.MAX_STRING_LENGTH}, or a size such as "16MB" or "512KB"; got the string "64 furlongs"`],
    [{ maxFileSize: null }, `limits.maxFileSize must be a number of bytes from 1 to ${constants.MAX_STRING_LENGTH}, or a size such as "16MB" or "512KB"; got null`],
    [100_000, "limits must be an object such as { maxEntries: 200000, maxValues: 10000000 }; got the number 100000"],
  ])("a wrong limit (%o) is ESLint's config error, naming the option", async (limits, says) => {
    await expect(lint("{}", limits)).rejects.toThrow(new TypeError(`Key "languageOptions": ${says}`));
  });
});

describe("languageOptions.limits through the eslint command and its cache", () => {
  it("a wrong limit: exit 2, ESLint's config error naming the option, nothing linted", () => {
    const run = spawnEslint(folder({ "order.json": taxedOrder() }), ["."], { limits: { maxEntries: 0 } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Key "languageOptions": limits.maxEntries must be a whole number from 1 to 9007199254740991; got the number 0');
    expect(run.results).toEqual([]);
  });

  it("ESLint's cache keys on languageOptions: a result cached under one limit is not given under another", async () => {
    const dir = folder({ "order.json": taxedOrder() });
    const fatal = async (languageOptions?: Linter.LanguageOptions) => {
      const options = { cwd: dir, overrideConfigFile: true as const, cache: true, cacheLocation: join(dir, ".eslintcache") };
      const [result] = await new ESLint({ ...options, overrideConfig: recommendedConfig(undefined, undefined, languageOptions) }).lintFiles(["order.json"]);
      return result!.messages.filter((m) => m.fatal).length;
    };
    expect(await fatal()).toBe(0);
    expect(await fatal({ limits: { maxDepth: 2 } })).toBe(1);
    expect(await fatal()).toBe(0);
  });
});

// ESLint 9 reads no meta.languages and runs the rules there; ESLint 10 refuses the config (ruleLanguages.test.ts).
describe("the rules under @eslint/json's own language (json/json) in ESLint 9, which checks no limits", () => {
  const eslint = (limits: unknown) =>
    new (ESLint9 as unknown as typeof ESLint)({
      cwd: tmpdir(),
      overrideConfigFile: true,
      overrideConfig: [{ files: ["**/*.json"], plugins: { json, "oms-lint": plugin }, language: "json/json", languageOptions: { limits }, rules: plugin.configs.recommended.rules }],
    });
  const filePath = join(tmpdir(), "order.json");

  it("lint within the limits it is given", async () => {
    // Held to 50 values, the pass refuses the order: its parse verdict is no rule's, so no rule reports.
    expect((await eslint({ maxValues: 50 }).lintText(taxedOrder(), { filePath }))[0]!.messages).toEqual([]);
  });

  // A wrong one stopped ESLint 9 with "Oops! Something went wrong!" and a stack (audit of the ESLint plugin): it is said as a wrong setting is.
  it.each([
    [{ maxValues: 0 }, "limits.maxValues must be a whole number from 1 to 9007199254740991; got the number 0"],
    [{ maxDepth: 0 }, "limits.maxDepth must be a whole number from 1 to 1000; got the number 0"],
  ])("%j: one error of oms-lint/settings naming it in full, and no other finding", async (limits, problem) => {
    expect((await eslint(limits).lintText(taxedOrder(), { filePath }))[0]!.messages).toEqual([
      expect.objectContaining({ ruleId: "oms-lint/settings", severity: 2, line: 1, column: 1, message: `languageOptions.${problem}; no oms-lint rule lints this file until it is fixed` }),
    ]);
  });
});
