import { join } from "node:path";
import { ESLint, type Linter } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { describe, expect, it } from "vitest";
import plugin from "../../src/eslint/plugin.js";

/**
 * README (ESLint): hidden files and files in hidden folders or node_modules get no message from
 * oms-lint and are read as their own tool reads them. A language's parse() is given no working
 * folder: ESLint's is the process's, so the files are named below it (lintText reads no disk).
 * Found by the editor audit: p8/.next/server/pages-manifest.json of 100,001 members was a fatal
 * "more than 100000 members" under `files: ["p8/**\/*.json"]`, where the CLI skips the file.
 */

const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

/** Three members: past a limit of two, as 100,001 members are past the default. */
const big = JSON.stringify({ a: 1, b: 2, c: 3 });
const config: Linter.Config[] = [{ files: ["p8/**/*.json"], ...plugin.configs.recommended, languageOptions: { limits: { maxEntries: 2 } } }];

describe.each(majors)("valid JSON past the limits in a folder the CLI's walk skips, under %s", (_, ESLint) => {
  const lint = async (name: string) => {
    const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: config });
    return (await eslint.lintText(big, { filePath: join(process.cwd(), name) }))[0]!.messages;
  };

  it.each(["p8/.next/server/pages-manifest.json", "p8/.cache/big.json", "p8/.big.json"])("%s: no message", async (name) => {
    expect(await lint(name)).toEqual([]);
  });

  it("the same text in a folder the walk enters: the fatal parsing error naming the limit", async () => {
    expect(await lint("p8/orders/big.json")).toEqual([
      expect.objectContaining({ ruleId: null, fatal: true, message: expect.stringMatching(/^Parsing error: this object holds more than 2 members.*languageOptions\.limits\.maxEntries/) }),
    ]);
  });
});
