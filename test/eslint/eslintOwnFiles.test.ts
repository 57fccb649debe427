import { readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../support/cli.js";
import { recommendedConfig, spawnEslint } from "../support/eslintRun.js";
import { createOrder, taxedOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * ESLint's own JSON beside the payloads: its suppressions file and its reports. ESLint's empty
 * eslint-suppressions.json (`{\n}` after `eslint --suppress-all` on a clean project, or after
 * `--prune-suppressions`) was "cannot tell which payload this is" under oms-lint/kind, and so
 * was its `-f json-with-metadata` report in `npx oms-lint .`, where its plain `-f json` report
 * was told as a report (audit of the ESLint plugin).
 */

const folder = scratchFolders("eslint-own-files");
const order = JSON.stringify(createOrder(), null, 2);

/** The files `eslint .` and `oms-lint .` lint in `dir`, each with its messages' rule ids (ESLint's own eslint.config.mjs left out). */
async function bothLint(dir: string): Promise<{ eslint: Record<string, (string | null)[]>; cli: Record<string, (string | null)[]> }> {
  const run = spawnEslint(dir, ["."]);
  const eslint = Object.fromEntries(run.results.filter((r) => r.filePath.endsWith(".json")).map((r) => [relative(dir, r.filePath).split(sep).join("/"), r.messages.map((m) => m.ruleId)]));
  const cli = await runCli(["--format", "json", "."], { cwd: dir });
  const cliFiles = JSON.parse(cli.stdout) as { filePath: string; messages: { ruleId: string | null }[] }[];
  return { eslint, cli: Object.fromEntries(cliFiles.map((r) => [relative(dir, r.filePath).split(sep).join("/"), r.messages.map((m) => m.ruleId)])) };
}

describe("ESLint's suppressions file", () => {
  it("as `eslint --suppress-all` writes it on a clean project, `{\\n}`: no message from the plugin or the CLI", async () => {
    const dir = folder({ "orders/order.json": order });
    expect(spawnEslint(dir, ["--suppress-all", "."]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "eslint-suppressions.json"), "utf8"))).toEqual({});
    expect(await bothLint(dir)).toEqual({ eslint: { "eslint-suppressions.json": [], "orders/order.json": [] }, cli: { "orders/order.json": [] } });
  });

  it("in a subfolder too, as ESLint's --suppressions-location may put it", async () => {
    const dir = folder({ "orders/order.json": order, "lint/eslint-suppressions.json": "{\n}" });
    const { eslint, cli } = await bothLint(dir);
    expect(eslint["lint/eslint-suppressions.json"]).toEqual([]);
    expect(cli).toEqual({ "orders/order.json": [] });
  });

  it("at a --suppressions-location of another name, which the plugin cannot learn: the README says so, and its fix (ignore the file) works", async () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const eslintSection = readme.slice(readme.indexOf("\n### ESLint\n"), readme.indexOf("\n## Splitting orders"));
    expect(eslintSection).toContain('`{ ignores: ["lint/suppressions.json"] }`');
    // ESLint makes no folder for the location: the project has one.
    const dir = folder({ "orders/order.json": order, "lint/README.md": "Lint records.\n" });
    expect(spawnEslint(dir, ["--suppress-all", "--suppressions-location", "lint/suppressions.json", "."]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "lint/suppressions.json"), "utf8"))).toEqual({});
    expect(spawnEslint(dir, ["--suppressions-location", "lint/suppressions.json", "."]).results.find((r) => r.filePath.endsWith("suppressions.json"))!.messages.map((m) => m.ruleId)).toEqual(["oms-lint/kind"]);
    const ignored = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [...recommendedConfig(), { ignores: ["lint/suppressions.json"] }] });
    const results = await ignored.lintFiles(["."]);
    expect(results.filter((r) => r.filePath.endsWith(".json")).map((r) => relative(dir, r.filePath).split(sep).join("/"))).toEqual(["orders/order.json"]);
  });
});

describe.each([
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const)("%s's reports beside the payloads", (_, ESLint) => {
  it.each(["json", "json-with-metadata"])("its -f %s report of a run with findings: no message from the plugin or the CLI", async (format) => {
    const dir = folder({ "orders/order.json": taxedOrder() });
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() });
    const results = await eslint.lintFiles(["."]);
    expect(results[0]!.errorCount).toBeGreaterThan(0);
    const report = await (await eslint.loadFormatter(format)).format(results);
    writeFileSync(join(dir, "eslint-report.json"), report);
    const { eslint: byEslint, cli } = await bothLint(dir);
    expect(byEslint["eslint-report.json"]).toEqual([]);
    expect(Object.keys(cli)).toEqual(["orders/order.json"]);
  });
});
