import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * The audit's case through the eslint command: oms-lint/settings off and a misspelt setting.
 * The mistake was one warning of oms-lint/kind and ESLint exited 0, where the file has 5 errors.
 */

const folder = scratchFolders("settings-off");
const built = pathToFileURL(join(repoRoot, "dist/src/eslint/plugin.js")).href;
const order = readFileSync(join(repoRoot, "examples/broken/createOrder-business-rules.json"), "utf8");

/** eslint.config.mjs: the recommended config over every JSON file, with `rules` laid over its rules and the misspelt setting. */
function run(rules: string): { code: number | null; messages: { ruleId: string; severity: number; message: string }[] } {
  const config = `import omsLint from ${JSON.stringify(built)};
export default [{ files: ["**/*.json"], ...omsLint.configs.recommended, rules: { ...omsLint.configs.recommended.rules, ${rules} }, settings: { "oms-lint": { skipInternationalTx: true } } }];
`;
  const dir = folder({ "eslint.config.mjs": config, "order.json": order });
  const done = spawnSync(process.execPath, [join(repoRoot, "node_modules/eslint/bin/eslint.js"), "--format", "json", "order.json"], { cwd: dir, encoding: "utf8" });
  return { code: done.status, messages: (JSON.parse(done.stdout) as { messages: { ruleId: string; severity: number; message: string }[] }[])[0]!.messages };
}

describe("eslint with oms-lint/settings off and a misspelt setting", () => {
  it("fails the run (exit 1): the mistake is one error, not kind's warning", () => {
    const { code, messages } = run(`"oms-lint/settings": "off"`);
    expect(code).toBe(1);
    expect(messages).toEqual([expect.objectContaining({ ruleId: "oms-lint/parse", severity: 2, message: expect.stringContaining('unknown setting "skipInternationalTx" (did you mean "skipInternationalTax"?)') })]);
  });

  it("where every oms-lint rule on is a warning, it is one warning of the rule that says it (README says so), and the run passes", () => {
    const off = `...Object.fromEntries(Object.keys(omsLint.configs.recommended.rules).map((id) => [id, "off"])), "oms-lint/kind": "warn", "oms-lint/unknown-property": "warn"`;
    const { code, messages } = run(off);
    expect(code).toBe(0);
    expect(messages).toEqual([expect.objectContaining({ severity: 1, message: expect.stringContaining('unknown setting "skipInternationalTx"') })]);
  });
});
