import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { ESLint, type Linter } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { describe, expect, it } from "vitest";
import plugin from "../../src/eslint/plugin.js";
import { repoRoot, runCli } from "../support/cli.js";
import { createOrder, taxedOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * Payloads in a hidden folder (SPEC §5: a file is never guessed about in silence). With
 * `{ files: [".fixtures/**\/*.json"], ...omsLint.configs.recommended, settings: { "oms-lint": { kind:
 * "createOrder" } } }`, an order taxed at 40% passed `npx eslint .fixtures/tax.json` silently
 * (exit 0) where `npx oms-lint .fixtures/tax.json` reports tax-rate-cap's error (audit of the
 * ESLint plugin). A kind setting is the user's word that the files its config object matches are
 * payloads, as a `files` entry's kind is in the CLI: such a file is linted. Without one, a file
 * there whose content reads as a payload gets oms-lint/kind's warning saying why no rule lints
 * it; other JSON there (a tool's cache, .next/'s manifests) still gets nothing.
 */

const folder = scratchFolders("eslint-hidden-folder-payloads");
const taxed = taxedOrder();

const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

/** The recommended config over `files`, with `settings["oms-lint"]` when given. */
function configFor(files: string[], settings?: Record<string, unknown>): Linter.Config[] {
  return [{ files, ...plugin.configs.recommended, ...(settings ? { settings: { "oms-lint": settings } } : {}) }];
}

/** What ESLint reports of each file it lints in `dir`: rule id and line of each message. */
async function lintIn(ESLintClass: typeof ESLint, dir: string, config: Linter.Config[], targets: string[]): Promise<Record<string, { ruleId: string | null; severity: number; line: number; message: string }[]>> {
  const results = await new ESLintClass({ cwd: dir, overrideConfigFile: true, overrideConfig: config }).lintFiles(targets);
  return Object.fromEntries(results.map((r) => [relative(dir, r.filePath).split(sep).join("/"), r.messages.map(({ ruleId, severity, line, message }) => ({ ruleId, severity, line, message }))]));
}

describe.each(majors)("a payload in a hidden folder under %s", (_, ESLintClass) => {
  it("named by a files glob with settings kind: linted, as `oms-lint .fixtures/tax.json` lints it (tax-rate-cap's error)", async () => {
    const dir = folder({ ".fixtures/tax.json": taxed });
    const messages = await lintIn(ESLintClass, dir, configFor([".fixtures/**/*.json"], { kind: "createOrder" }), [".fixtures/tax.json"]);
    const cli = await runCli(["--format", "json", ".fixtures/tax.json"], { cwd: dir });
    const cliRules = (JSON.parse(cli.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => `oms-lint/${m.ruleId}`);
    expect(cliRules).toContain("oms-lint/tax-rate-cap");
    expect(messages[".fixtures/tax.json"]!.map((m) => m.ruleId)).toEqual(cliRules);
  });

  it("nested below a payload folder (orders/.wip/) and under `files: [\"**/*.json\"]` with a kind: linted too", async () => {
    const dir = folder({ "orders/.wip/tax.json": taxed });
    const messages = await lintIn(ESLintClass, dir, configFor(["**/*.json"], { kind: "createOrder" }), ["."]);
    expect(messages["orders/.wip/tax.json"]!.map((m) => m.ruleId)).toContain("oms-lint/tax-rate-cap");
  });

  it("with a kind, a file that is not JSON gets the CLI's parse verdict, not silence", async () => {
    const dir = folder({ ".fixtures/bad.json": '{ "manufacturerID": 01010 }' });
    const messages = await lintIn(ESLintClass, dir, configFor([".fixtures/**/*.json"], { kind: "createOrder" }), ["."]);
    expect(messages[".fixtures/bad.json"]).toEqual([expect.objectContaining({ severity: 2, line: 1, message: expect.stringMatching(/01010: JSON numbers cannot start with 0; write 1010$/) })]);
  });

  it("without a kind, one oms-lint/kind warning at 1:1 says why no rule lints it and how to have it linted; the CLI's walk skips it", async () => {
    const dir = folder({ ".fixtures/tax.json": taxed });
    const messages = await lintIn(ESLintClass, dir, configFor([".fixtures/**/*.json"]), ["."]);
    expect(messages[".fixtures/tax.json"]).toEqual([
      {
        ruleId: "oms-lint/kind",
        severity: 1,
        line: 1,
        message: expect.stringMatching(/^this file lies in the hidden folder "\.fixtures", .*createOrder.*settings: \{ "oms-lint": \{ kind \} \}/),
      },
    ]);
  });

  it("hidden JSON that reads as no payload (a tool's cache, an editor's settings, a hidden file) still gets nothing, kind or not", async () => {
    const files = {
      ".next/server/pages-manifest.json": JSON.stringify({ "/": "pages/index.js" }),
      ".cache/tool/state.json": JSON.stringify({ version: 2, entries: [] }),
      ".vscode/settings.json": '{\n  // the editor\'s\n  "editor.tabSize": 2,\n}\n',
      ".tax.json": taxed,
      "node_modules/shop/.fixtures/tax.json": taxed,
    };
    const dir = folder({ ...files, "orders/order.json": JSON.stringify(createOrder()) });
    const noKind = await lintIn(ESLintClass, dir, configFor(["**/*.json"]), ["."]);
    for (const name of [".next/server/pages-manifest.json", ".cache/tool/state.json", ".vscode/settings.json", ".tax.json"]) expect(noKind[name], name).toEqual([]);
    const kind = await lintIn(ESLintClass, dir, [...configFor([".vscode/**/*.json", ".tax.json", "node_modules/**/*.json"], { kind: "createOrder" }), { ignores: ["!**/node_modules/"] }], ["."]);
    for (const name of [".vscode/settings.json", ".tax.json", "node_modules/shop/.fixtures/tax.json"]) expect(kind[name], name).toEqual([]);
  });
});

describe("the `eslint` command run in the project, as the audit ran it", () => {
  it("`npx eslint .fixtures/tax.json` under a kind: tax-rate-cap's error, exit 1; an order that passes there: exit 0", async () => {
    const big = JSON.stringify(createOrder({ orderComment: "x".repeat(900) }), null, 2);
    const dir = folder({ ".fixtures/tax.json": taxed, ".fixtures/ok.json": JSON.stringify(createOrder()), ".fixtures/big/order.json": big });
    const built = pathToFileURL(join(repoRoot, "dist/src/eslint/plugin.js")).href;
    writeFileSync(
      join(dir, "eslint.config.mjs"),
      `import omsLint from ${JSON.stringify(built)};\nexport default [{ files: [".fixtures/**/*.json"], ...omsLint.configs.recommended, settings: { "oms-lint": { kind: "createOrder" } } }, { files: [".fixtures/big/*.json"], languageOptions: { limits: { maxFileSize: 2048 } } }];\n`,
    );
    const eslint = (target: string) => spawnSync(process.execPath, [join(repoRoot, "node_modules/eslint/bin/eslint.js"), "--format", "json", target], { cwd: dir, encoding: "utf8" });
    const taxedRun = eslint(".fixtures/tax.json");
    expect(taxedRun.status).toBe(1);
    expect((JSON.parse(taxedRun.stdout) as ESLint.LintResult[])[0]!.messages.map((m) => m.ruleId)).toContain("oms-lint/tax-rate-cap");
    const clean = eslint(".fixtures/ok.json");
    expect({ status: clean.status, messages: (JSON.parse(clean.stdout) as ESLint.LintResult[])[0]!.messages }).toEqual({ status: 0, messages: [] });
    // Past the size limit, the language reads nothing of it (it is no payload to the language, which is given no settings): the rules refuse it in the language's words.
    expect(Buffer.byteLength(big)).toBeGreaterThan(2048);
    const bigRun = eslint(".fixtures/big/order.json");
    expect(bigRun.status).toBe(1);
    expect((JSON.parse(bigRun.stdout) as ESLint.LintResult[])[0]!.messages).toEqual([
      expect.objectContaining({ ruleId: "oms-lint/parse", severity: 2, line: 1, column: 1, message: expect.stringMatching(/^the file is .*, more than the 2048 bytes the ESLint plugin parses, so it is not read/) }),
    ]);
  });
});

describe("the CLI", () => {
  it("`oms-lint .` still does not walk into a hidden folder; naming the folder lints it", async () => {
    const dir = folder({ ".fixtures/tax.json": taxed, "orders/order.json": JSON.stringify(createOrder()) });
    const walked = JSON.parse((await runCli(["--format", "json", "."], { cwd: dir })).stdout) as { filePath: string }[];
    expect(walked.map((r) => relative(dir, r.filePath))).toEqual([join("orders", "order.json")]);
    const named = JSON.parse((await runCli(["--format", "json", ".fixtures"], { cwd: dir })).stdout) as { messages: { ruleId: string }[] }[];
    expect(named[0]!.messages.map((m) => m.ruleId)).toContain("tax-rate-cap");
  });
});
