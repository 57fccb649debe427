import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterEach, describe, expect, it, vi } from "vitest";
import { recommendedConfig } from "../support/eslintRun.js";
import { createOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * ESLint gives a language's parse() no working folder, so the plugin's language judges a file
 * below the process's, its rules below ESLint's `cwd` (README, ESLint). Found by the fix
 * audit: a repository in a hidden folder (~/.work/repo) linted with `new ESLint({ cwd: repo })`
 * from above it passed a Latin-1 file clean, the language having taken it for a file the walk
 * skips. What the language left unchecked, the rules now say under oms-lint/parse.
 */

const folder = scratchFolders("eslint-working-folder");
const orderText = `${JSON.stringify(createOrder(), null, 2)}\n`;

describe("a repository in a hidden folder, linted with ESLint's cwd there from the folder above", () => {
  const above = folder({});
  const repo = join(above, ".work", "repo");
  mkdirSync(repo, { recursive: true });
  writeFileSync(join(repo, "latin1.json"), Buffer.from(orderText.replace('"firstName": "', '"firstName": "René'), "latin1"));
  writeFileSync(join(repo, "many.json"), '{"a": [1, 2, 3]}');
  afterEach(() => vi.restoreAllMocks());

  const lint = async (file: string, languageOptions?: Record<string, unknown>) => {
    vi.spyOn(process, "cwd").mockReturnValue(above);
    const [result] = await new ESLint({ cwd: repo, overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, undefined, languageOptions) }).lintFiles([file]);
    return result!.messages.map(({ ruleId, severity, message }) => ({ ruleId, severity, message }));
  };

  it("a file that is not UTF-8 is an error of oms-lint/parse, in the CLI's words", async () => {
    expect(await lint("latin1.json")).toEqual([{ ruleId: "oms-lint/parse", severity: 2, message: expect.stringMatching(/^the file is not UTF-8 text \(byte 0xE9 here\): JSON must be UTF-8/) }]);
  });

  it("a file past the config's limits is an error of oms-lint/parse", async () => {
    expect(await lint("many.json", { limits: { maxEntries: 2 } })).toContainEqual({ ruleId: "oms-lint/parse", severity: 2, message: expect.stringMatching(/more than 2/) });
  });
});
