import { basename } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { recommendedConfig, spawnEslint } from "../support/eslintRun.js";
import { createOrder } from "../support/payloads.js";
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
