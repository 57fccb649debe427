import { join } from "node:path";
import json from "@eslint/json";
import { ESLint, type Linter } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { describe, expect, it } from "vitest";
import plugin from "../../src/eslint/plugin.js";
import { recommendedConfig } from "../support/eslintRun.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * The rules run on the plugin's language alone (meta.languages, which ESLint 10.2 and later
 * read). Found by the editor audit: a later config object giving every .json file
 * @eslint/json's `json/jsonc` ran the rules there, and ESLint reported nothing on a body the
 * CLI refuses (a comment, an empty value).
 */

const folder = scratchFolders("eslint-rule-languages");
const commented = `{"name":"a", // note\n "value":""}\n`;
const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

describe("the rules' language", () => {
  it("ESLint 10: a config object that gives the files another JSON language is refused, naming that language and the rules", async () => {
    const dir = folder({});
    const config: Linter.Config[] = [...recommendedConfig(), { files: ["**/*.json"], plugins: { json }, language: "json/jsonc" }];
    const lint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config }).lintText(commented, { filePath: join(dir, "gift.json") });
    await expect(lint).rejects.toThrow(/The following rules do not support the language "json\/jsonc":[\s\S]*"oms-lint\/parse"/);
  });

  it("ESLint 10: the plugin registered under another name runs its rules on its language, told by the plugin's namespace", async () => {
    const dir = folder({});
    const config: Linter.Config[] = [{ files: ["**/*.json"], plugins: { oms: plugin }, language: "oms/json", rules: { "oms/duplicate-key": "error" } }];
    const [result] = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config }).lintText(`{"name": "a", "name": "b", "value": "c"}\n`, { filePath: join(dir, "gift.json") });
    expect(result!.messages.map((m) => m.ruleId)).toContain("oms/duplicate-key");
  });

  it.each(majors)("%s: on the plugin's own language (configs.recommended), the comment is the CLI's parse fault", async (_, ESLint) => {
    const dir = folder({});
    const [result] = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintText(commented, { filePath: join(dir, "gift.json") });
    expect(result!.messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/^Parsing error: JSON has no comments/) })]);
  });
});
