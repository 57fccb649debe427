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
 * payloads whose content reads as one: such a file is linted. A kind on a broad glob is no word
 * about tools' JSON there: `.next/server/pages-manifest.json` got "the body lacks 12 required
 * fields", exit 1, where the CLI with the same mapping exits 0 (review of d4492135). Without a
 * kind, a file there whose content reads as a payload gets oms-lint/kind's warning saying why no
 * rule lints it and which glob leaves it (`.fixtures/**`: `.fixtures/` matched nothing in a config
 * object with `files`); other JSON there still gets nothing. A hidden file (`.order.json`) is
 * treated alike: it passed `eslint .order.json` in silence where `oms-lint .order.json` reports it.
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

  it("hidden JSON that reads as no payload (a tool's cache, .next/'s manifests, an editor's settings, a tool's hidden config) gets nothing, kind or not", async () => {
    const files = {
      ".next/server/pages-manifest.json": JSON.stringify({ "/_app": "pages/_app.js", "/": "pages/index.js" }),
      ".cache/tool/state.json": JSON.stringify({ version: 2, entries: [] }),
      ".vscode/settings.json": '{\n  // the editor\'s\n  "editor.tabSize": 2,\n}\n',
      ".eslintrc.json": '{\n  // ESLint reads comments here\n  "root": true\n}\n',
      ".prettierrc.json": JSON.stringify({ semi: false }),
      "node_modules/shop/.fixtures/tax.json": taxed,
    };
    const dir = folder({ ...files, "orders/order.json": JSON.stringify(createOrder()) });
    const tools = Object.keys(files).filter((name) => !name.startsWith("node_modules/"));
    const noKind = await lintIn(ESLintClass, dir, configFor(["**/*.json"]), ["."]);
    for (const name of tools) expect(noKind[name], name).toEqual([]);
    // A kind on a broad glob is no word about the tools' JSON ESLint's glob takes in hidden places (review of d4492135: the manifest got "the body lacks 12 required fields").
    const broadKind = await lintIn(ESLintClass, dir, configFor(["**/*.json"], { kind: "createOrder" }), ["."]);
    for (const name of tools) expect(broadKind[name], name).toEqual([]);
    expect(broadKind["orders/order.json"]).toEqual([]);
    const kind = await lintIn(ESLintClass, dir, [...configFor([".vscode/**/*.json", "node_modules/**/*.json"], { kind: "createOrder" }), { ignores: ["!**/node_modules/"] }], ["."]);
    for (const name of [".vscode/settings.json", "node_modules/shop/.fixtures/tax.json"]) expect(kind[name], name).toEqual([]);
  });

  it("a hidden file whose name is otherwise a payload's (.order.json) is linted under a kind, as `oms-lint .order.json` lints it", async () => {
    const dir = folder({ ".order.json": taxed, "orders/.draft.json": taxed });
    const messages = await lintIn(ESLintClass, dir, configFor(["**/*.json"], { kind: "createOrder" }), ["."]);
    const cli = await runCli(["--format", "json", ".order.json"], { cwd: dir });
    const cliRules = (JSON.parse(cli.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => `oms-lint/${m.ruleId}`);
    expect(cliRules).toContain("oms-lint/tax-rate-cap");
    expect(messages[".order.json"]!.map((m) => m.ruleId)).toEqual(cliRules);
    expect(messages["orders/.draft.json"]!.map((m) => m.ruleId)).toEqual(cliRules);
  });

  it("without a kind, a hidden file that reads as a payload gets one oms-lint/kind warning naming it", async () => {
    const dir = folder({ ".order.json": taxed });
    const messages = await lintIn(ESLintClass, dir, configFor(["**/*.json"]), ["."]);
    expect(messages[".order.json"]).toEqual([
      { ruleId: "oms-lint/kind", severity: 1, line: 1, message: expect.stringMatching(/^this file's name "\.order\.json" is hidden .*createOrder.*add "\.order\.json" to the config's ignores$/) },
    ]);
  });

  it.each([
    ["a hidden folder", ".fixtures/tax.json"],
    ["a hidden folder below another", "orders/.wip/tax.json"],
    ["a hidden file", "orders/.tax.json"],
  ])("the warning's ignore glob for %s leaves the file, in the config object with files as in a global ignores object", async (_, name) => {
    const dir = folder({ [name]: taxed, "orders/order.json": JSON.stringify(createOrder()) });
    const [warning] = (await lintIn(ESLintClass, dir, configFor(["**/*.json"]), ["."]))[name]!;
    const glob = /add "([^"]+)" to the config's ignores$/.exec(warning!.message)![1]!;
    const inObject = await lintIn(ESLintClass, dir, [{ ...configFor(["**/*.json"])[0], ignores: [glob] }], ["."]);
    expect(inObject[name] ?? [], `${glob} in the object`).toEqual([]);
    const global = await lintIn(ESLintClass, dir, [...configFor(["**/*.json"]), { ignores: [glob] }], ["."]);
    expect(global[name], `${glob} as a global ignore`).toBeUndefined();
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

describe("past maxFileSize, in a hidden folder under a kind (`npx eslint .`, run where the files are, as the language judges them)", () => {
  it("a byte order mark counts as the language counted it: files of 3001 to 3004 bytes are refused at their own size", () => {
    const order = JSON.stringify(createOrder({ orderComment: "" }));
    const padded = (bytes: number) => `\uFEFF${JSON.stringify(createOrder({ orderComment: "x".repeat(bytes - 3 - Buffer.byteLength(order)) }))}`;
    const sizes = [3000, 3001, 3002, 3003, 3004];
    const dir = folder(Object.fromEntries(sizes.map((bytes) => [`.k/${bytes}.json`, padded(bytes)])));
    for (const bytes of sizes) expect(Buffer.byteLength(padded(bytes))).toBe(bytes);
    const built = pathToFileURL(join(repoRoot, "dist/src/eslint/plugin.js")).href;
    writeFileSync(
      join(dir, "eslint.config.mjs"),
      `import omsLint from ${JSON.stringify(built)};\nexport default [{ files: ["**/*.json"], ...omsLint.configs.recommended, languageOptions: { limits: { maxFileSize: 3000 } } }, { files: [".k/**"], settings: { "oms-lint": { kind: "createOrder" } } }];\n`,
    );
    const run = spawnSync(process.execPath, [join(repoRoot, "node_modules/eslint/bin/eslint.js"), "--format", "json", "."], { cwd: dir, encoding: "utf8" });
    const messages = Object.fromEntries((JSON.parse(run.stdout) as ESLint.LintResult[]).map((r) => [relative(dir, r.filePath).split(sep).join("/"), r.messages]));
    expect(messages[".k/3000.json"]!.map((m) => m.message).join("\n")).not.toMatch(/the file is/);
    for (const bytes of sizes.slice(1)) {
      expect(messages[`.k/${bytes}.json`], `${bytes} bytes`).toEqual([
        expect.objectContaining({ ruleId: "oms-lint/parse", severity: 2, line: 1, column: 1, message: expect.stringMatching(new RegExp(`^the file is ${bytes} bytes, more than the 3000 bytes`)) }),
      ]);
    }
  });
});

describe("a kind on a broad glob in a Next.js project, as the review ran it", () => {
  it("`npx eslint .` with a .next/ manifest: exit 0, as `oms-lint .` with the same mapping", async () => {
    const manifest = JSON.stringify({ "/_app": "pages/_app.js", "/": "pages/index.js" });
    const dir = folder({ ".next/server/pages-manifest.json": manifest, "orders/order.json": JSON.stringify(createOrder()) });
    const built = pathToFileURL(join(repoRoot, "dist/src/eslint/plugin.js")).href;
    writeFileSync(join(dir, "eslint.config.mjs"), `import omsLint from ${JSON.stringify(built)};\nexport default [{ files: ["**/*.json"], ...omsLint.configs.recommended, settings: { "oms-lint": { kind: "createOrder" } } }];\n`);
    const run = spawnSync(process.execPath, [join(repoRoot, "node_modules/eslint/bin/eslint.js"), "--format", "json", "."], { cwd: dir, encoding: "utf8" });
    const results = JSON.parse(run.stdout) as ESLint.LintResult[];
    expect(results.flatMap((r) => r.messages)).toEqual([]);
    expect(run.status).toBe(0);
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "**/*.json", kind: "createOrder" }] }));
    expect((await runCli(["."], { cwd: dir })).code).toBe(0);
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
