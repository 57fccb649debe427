import { spawnSync } from "node:child_process";
import { basename, join, relative, sep } from "node:path";
import { ESLint } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { formatters } from "../../src/formatters/index.js";
import { runCli } from "../support/cli.js";
import { recommendedConfig, spawnEslint } from "../support/eslintRun.js";
import { createOrder, taxedOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * `files: ["**\/*.json"]` finds what the CLI's folder walk finds: the plugin agrees with the
 * CLI on the JSON that is no payload (nothing at all) and on a file whose kind cannot be
 * told (a warning by default; the `oms-lint/kind` level is the CLI's --unknown-kind).
 */

const folder = scratchFolders("eslint-not-payloads");
const order = JSON.stringify(createOrder(), null, 2);
const manifest = JSON.stringify({ name: "checkout", version: "1.0.0", dependencies: { "oms-lint": "^0.1.0" } }, null, 2);

/** The names README lists as evidently not a payload, each holding what such a file holds (none of it an order). */
const notPayloads: Record<string, string> = {
  "package.json": manifest,
  "packages/app/package.json": manifest,
  "package-lock.json": JSON.stringify({ name: "checkout", lockfileVersion: 3, packages: { "": { name: "checkout" } } }),
  "npm-shrinkwrap.json": JSON.stringify({ name: "checkout", lockfileVersion: 3 }),
  // As `tsc --init` writes it: comments, and a trailing comma TypeScript accepts.
  "tsconfig.json": '{\n  // Visit https://aka.ms/tsconfig\n  "compilerOptions": {\n    "strict": true, /* checks */\n  },\n}\n',
  "tsconfig.build.json": '{ "extends": "./tsconfig.json" }',
  "jsconfig.json": '{ "compilerOptions": {} }',
  ...Object.fromEntries(["composer.json", "deno.json", "lerna.json", "nx.json", "turbo.json", "renovate.json", "biome.json", "vercel.json"].map((name) => [name, '{ "$schema": "x" }'])),
  // Tools' configs read with comments (audit: `npx oms-lint .` failed on each, commented as its tool allows).
  "tslint.json": '{\n  // rules\n  "extends": "tslint:recommended"\n}\n',
  "babel.config.json": '{\n  // presets\n  "presets": ["@babel/preset-env"],\n}\n',
  "angular.json": '{ /* workspace */ "version": 1, "projects": {}, }',
  ...Object.fromEntries(["api-extractor.json", "tsdoc.json", "typedoc.json", "cspell.json"].map((name) => [name, '{\n  // config\n  "$schema": "x"\n}\n'])),
  "appsettings.json": '{\n  // Logging\n  "Logging": { "LogLevel": { "Default": "Information" } },\n}\n',
  "appsettings.Development.json": '{ "ConnectionStrings": { /* local */ "Default": "Server=." } }',
  "Properties/launchSettings.json": '{ "profiles": { "api": { "commandName": "Project", }, }, }',
  // Found by the audit of issue 18's CI features: `npx oms-lint .` at a repository's root failed on each, commented as its tool allows.
  "dprint.json": '{\n  // formatting\n  "lineWidth": 120\n}\n',
  "knip.json": '{\n  // dead code\n  "entry": ["src/index.ts"],\n}\n',
  "wrangler.json": '{\n  // the Worker\n  "name": "shop", "main": "src/index.ts"\n}\n',
  "firebase.json": '{\n  /* hosting */\n  "hosting": { "public": "dist" }\n}\n',
  "apps/shop/project.json": '{\n  // Nx\n  "name": "shop", "targets": {},\n}\n',
  "jsr.json": '{ "name": "@shop/orders", "version": "1.0.0", "exports": "./mod.ts" }',
  "rome.json": '{ "$schema": "./node_modules/rome/configuration_schema.json" }',
  "oms-lint.config.json": '{ "files": [] }',
  "oms-lint-suppressions.json": "{}",
};

describe("JSON that is no payload, and a kind that cannot be told, under `files: [\"**/*.json\"]`", () => {
  it("`eslint .` says nothing of package.json, package-lock.json, tsconfig.json (comments and all) and the rest the CLI's walk skips: exit 0", async () => {
    const dir = folder({ ...notPayloads, "orders/order.json": order });
    const run = spawnEslint(dir, ["."]);
    expect(run.code).toBe(0);
    // (ESLint lints its own eslint.config.mjs too, with its default JavaScript config.)
    const linted = run.results.filter((r) => r.filePath.endsWith(".json") && !r.filePath.endsWith("order.json"));
    expect(linted.map((r) => basename(r.filePath)).sort()).toEqual(Object.keys(notPayloads).map((name) => basename(name)).sort());
    expect(linted.flatMap((r) => r.messages)).toEqual([]);
    // The CLI's walk of the same folder reads none of them.
    const cli = await runCli(["--format", "json", "."], { cwd: dir });
    expect((JSON.parse(cli.stdout) as { filePath: string }[]).map((r) => basename(r.filePath))).toEqual(["order.json"]);
  });

  it("oms-lint's own reports get nothing, even under a kind or limits meant for payloads, as the CLI's walk leaves them out", async () => {
    const findings = ["a.json", "b.json", "c.json"].map((name) => lintText('{ "note": "not an order" }', { filePath: `/work/${name}` }));
    const context = { cwd: "/work", toolVersion: "0.1.0", color: false };
    const reports = {
      "report.json": formatters.json(findings, context),
      "gl-code-quality-report.json": formatters.gitlab(findings, context),
      "reports/rd.json": formatters.rdjson(findings, context),
      "out.sarif.json": formatters.sarif(findings, context),
    };
    // Under plain/ as they are; under kind/ a kind is named for every file; under limits/ a
    // report's array of three entries is over the limit of two (which the order is over too).
    const places = ["plain", "kind", "limits"];
    const dir = folder(Object.fromEntries(places.flatMap((place) => [...Object.entries(reports), ["order.json", taxedOrder()] as const].map(([name, text]) => [`${place}/${name}`, text]))));
    const config = [
      ...recommendedConfig(),
      { files: ["kind/**/*.json"], settings: { "oms-lint": { kind: "createOrder" } } },
      { files: ["limits/**/*.json"], languageOptions: { limits: { maxEntries: 2 } } },
    ];
    const results = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config }).lintFiles(["."]);
    const messages = Object.fromEntries(results.map((r) => [relative(dir, r.filePath).split(sep).join("/"), r.messages.map((m) => m.ruleId ?? m.message)]));
    expect(Object.keys(messages).length).toBe(places.length * (Object.keys(reports).length + 1));
    for (const place of places) {
      for (const name of Object.keys(reports)) expect(messages[`${place}/${name}`], `${place}/${name}`).toEqual([]);
      expect(messages[`${place}/order.json`]).toContainEqual(place === "limits" ? expect.stringMatching(/^Parsing error: .*more than 2/) : "oms-lint/tax-rate-cap");
    }
    const cli = await runCli(["--format", "json", "."], { cwd: dir });
    expect((JSON.parse(cli.stdout) as { filePath: string }[]).map((r) => relative(dir, r.filePath).split(sep).join("/"))).toEqual(["kind/order.json", "limits/order.json", "plain/order.json"]);
  });

  it("a package.json nested 100,000 deep is one fatal parsing error, never a stack overflow that stops the run", async () => {
    const dir = folder({ "package.json": `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`, "order.json": order });
    const results = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintFiles(["."]);
    const manifestResult = results.find((r) => r.filePath.endsWith("package.json"))!;
    expect(manifestResult.messages).toEqual([expect.objectContaining({ fatal: true, line: 1, column: 5001, message: expect.stringMatching(/^Parsing error: the JSON nests deeper than 1000 levels/) })]);
    expect(results.find((r) => r.filePath.endsWith("order.json"))!.messages.filter((m) => m.fatal)).toEqual([]);
  });

  // The CLI's --unknown-kind level, and the oms-lint/kind level that says the same to ESLint (undefined: each one's default).
  const levels = [
    [undefined, 1],
    ["error", 2],
    ["warn", 1],
    ["off", undefined],
  ] as const;
  it.each(levels)("a file whose kind cannot be told, at level %s: severity %s, the same in ESLint and in the CLI's walk", async (level, severity) => {
    const dir = folder({ "fixtures/notes.json": '{ "note": "not an order" }', "fixtures/order.json": order });
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, level ? { "oms-lint/kind": level } : undefined) });
    const notes = (await eslint.lintFiles(["."])).find((r) => r.filePath.endsWith("notes.json"))!;
    expect(notes.messages.map((m) => [m.ruleId, m.severity])).toEqual(severity ? [["oms-lint/kind", severity]] : []);
    // ESLint's means of naming the kind, not the CLI's (--kind, oms-lint.config.json, --unknown-kind).
    for (const { message } of notes.messages) expect(message).toMatch(/^cannot tell which payload this is: name its kind with settings: \{ "oms-lint": \{ kind \} \}(?!.*--)(?!.*oms-lint\.config)/);

    const cli = await runCli(["--format", "json", ...(level ? ["--unknown-kind", level] : []), "."], { cwd: dir });
    const cliNotes = (JSON.parse(cli.stdout) as { filePath: string; messages: { ruleId: string; severity: number }[] }[]).find((r) => r.filePath.endsWith("notes.json"))!;
    expect(cliNotes.messages.map((m) => [m.ruleId, m.severity])).toEqual(severity ? [["kind", severity]] : []);
  });
});

/**
 * Each name on the not-a-payload list, and whether its own tool reads it as JSONC (comments;
 * src/eslint/jsoncFiles.ts names each tool's documentation). The rest are strict JSON to their
 * tools: npm refuses a comment in package.json (EJSONPARSE), so ESLint must not pass one.
 */
const readByItsToolAsJsonc: Record<string, boolean> = {
  "package.json": false,
  "package-lock.json": false,
  "npm-shrinkwrap.json": false,
  "composer.json": false,
  "lerna.json": false,
  "renovate.json": false,
  "biome.json": false,
  "vercel.json": false,
  "oms-lint.config.json": false,
  "oms-lint-suppressions.json": false,
  "tsconfig.json": true,
  "tsconfig.build.json": true,
  "jsconfig.json": true,
  "deno.json": true,
  "turbo.json": true,
  "nx.json": true,
  // Comments and trailing commas both (dprint.json, wrangler.json, firebase.json take comments alone: the first test has them commented).
  "knip.json": true,
  "project.json": true,
  "jsr.json": false,
  "rome.json": false,
};
const commented = '{\n  "name": "x", // comment\n  "version": "1.0.0",\n}\n';

describe("JSON that is no payload is read as its own tool reads it", () => {
  it("the list is the CLI's: every name on it is skipped by `oms-lint .`", async () => {
    const dir = folder({ ...Object.fromEntries(Object.keys(readByItsToolAsJsonc).map((name) => [name, "{}"])), "order.json": order });
    const cli = await runCli(["--format", "json", "."], { cwd: dir });
    expect((JSON.parse(cli.stdout) as { filePath: string }[]).map((r) => basename(r.filePath))).toEqual(["order.json"]);
  });

  it("a comment and a trailing comma: one fatal parsing error in strict JSON (package.json, composer.json, …), nothing in JSONC (tsconfig.json, deno.json, …)", async () => {
    const dir = folder(Object.fromEntries(Object.keys(readByItsToolAsJsonc).map((name) => [name, commented])));
    const results = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintFiles(["."]);
    const verdicts = Object.fromEntries(results.map((r) => [basename(r.filePath), r.messages]));
    for (const [name, jsonc] of Object.entries(readByItsToolAsJsonc)) {
      if (jsonc) expect(verdicts[name], name).toEqual([]);
      // The comment is the fault, and no oms-lint rule ran on the file.
      else expect(verdicts[name], name).toEqual([expect.objectContaining({ fatal: true, severity: 2, ruleId: null, line: 2, column: commented.split("\n")[1]!.indexOf("//") + 1, message: expect.stringMatching(/^Parsing error: JSON has no comments/) })]);
    }
    expect(Object.keys(verdicts).sort()).toEqual(Object.keys(readByItsToolAsJsonc).sort());
    // npm agrees that this package.json is broken.
    const npm = spawnSync("npm", ["pkg", "get", "name"], { cwd: dir, encoding: "utf8" });
    expect(npm.status).not.toBe(0);
    expect(npm.stdout + npm.stderr).toMatch(/EJSONPARSE/);
  });

  it("property: strict or JSONC, nesting past 1,000 levels is the one depth error, at or below it the file parses", async () => {
    const dir = folder({});
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() });
    const depth = fc.oneof(fc.integer({ min: 998, max: 1002 }), fc.integer({ min: 1003, max: 20_000 }), fc.integer({ min: 1, max: 997 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(readByItsToolAsJsonc)), depth, async (name, levels) => {
        // `{"a":` opens level 1 at column 1; each `[` after it one level more, level n at column 5 + n - 1.
        const text = `{"a":${"[".repeat(levels - 1)}0${"]".repeat(levels - 1)}}`;
        const [result] = await eslint.lintText(text, { filePath: join(dir, name) });
        if (levels > 1000) expect(result!.messages).toEqual([expect.objectContaining({ fatal: true, line: 1, column: 5 + 1000, message: expect.stringMatching(/^Parsing error: the JSON nests deeper than 1000 levels/) })]);
        else expect(result!.messages).toEqual([]);
      }),
      { numRuns: 40, seed: 1002, examples: [["package.json", 1000], ["package.json", 1001], ["tsconfig.json", 1000], ["tsconfig.json", 1001]] },
    );
  });
});

describe("hidden files, hidden folders and node_modules under `files: [\"**/*.json\"]`: skipped as the CLI's walk and the language server skip them", () => {
  const taxed = taxedOrder();
  /** What such folders hold: JSONC configs (comments and all), and JSON that would draw findings or a kind warning if it were linted. */
  const skipped: Record<string, string> = {
    ".vscode/settings.json": '{\n  // the editor\'s\n  "editor.tabSize": 2,\n}\n',
    ".vscode/launch.json": '{ "version": "0.2.0", "configurations": [] }',
    ".devcontainer/devcontainer.json": '{\n  // the container\n  "name": "shop",\n  "image": "node:20",\n}\n',
    ".eslintrc.json": '{\n  /* legacy */\n  "root": true\n}\n',
    ".notes.json": '{ "note": "not an order" }',
    ".drafts/order.json": taxed,
    "node_modules/shop/order.json": taxed,
    "orders/.wip/order.json": taxed,
  };

  /** Payloads in a hidden folder: no rule lints them, and oms-lint/kind says why, since their content reads as one (hiddenFolderPayloads.test.ts). */
  const hiddenPayloads = [".drafts/order.json", "orders/.wip/order.json"];

  it("ESLint (node_modules unignored) lints none of them, JSONC comments included (a payload in a hidden folder gets oms-lint/kind's one warning); the payload beside them is linted; `oms-lint .` reads the payload alone", async () => {
    const dir = folder({ ...skipped, "orders/order.json": taxed });
    const results = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [...recommendedConfig(), { ignores: ["!**/node_modules/"] }] }).lintFiles(["."]);
    const messages = Object.fromEntries(results.map((r) => [relative(dir, r.filePath).split(sep).join("/"), r.messages]));
    expect(Object.keys(messages).sort()).toEqual([...Object.keys(skipped), "orders/order.json"].sort());
    for (const name of Object.keys(skipped)) {
      if (hiddenPayloads.includes(name)) expect(messages[name]!.map((m) => [m.ruleId, m.severity, m.line]), name).toEqual([["oms-lint/kind", 1, 1]]);
      else expect(messages[name], name).toEqual([]);
    }
    expect(messages["orders/order.json"]!.map((m) => m.ruleId)).toContain("oms-lint/tax-rate-cap");

    const cli = await runCli(["--format", "json", "."], { cwd: dir });
    expect((JSON.parse(cli.stdout) as { filePath: string }[]).map((r) => relative(dir, r.filePath))).toEqual([join("orders", "order.json")]);
  });

  it("the folders are judged below ESLint's cwd: run from inside .drafts/, its order is linted, its hidden files still are not", async () => {
    const dir = folder({ ".drafts/order.json": taxed, ".drafts/.order.json": taxed });
    const results = await new ESLint({ cwd: join(dir, ".drafts"), overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintFiles(["."]);
    const taxFindings = Object.fromEntries(results.map((r) => [basename(r.filePath), r.messages.filter((m) => m.ruleId === "oms-lint/tax-rate-cap").length]));
    expect(taxFindings).toEqual({ "order.json": 1, ".order.json": 0 });
  });
});
