import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A config named with -c has its globs (files, ignores, overrides) relative to the working
 * folder, as ESLint 10 takes the working folder as the base path of a config file given
 * explicitly (locateConfigFileToUse); a config found upward keeps its own folder. Audit of
 * config and file discovery: a config kept in configs/ reached no file, and its
 * `../fx/*.json` was refused as climbing out.
 */
const folder = scratchFolders("config-option-globs");
const payload = '{"name": "a", "value": "b", "extra": 1}';

interface Reported {
  readonly filePath: string;
  readonly kind: string | null;
  readonly messages: readonly { readonly ruleId: string | null; readonly severity: number }[];
}

async function lint(args: readonly string[], cwd: string): Promise<{ code: number | null; stderr: string; results: Reported[] }> {
  const run = await runCli(["-f", "json", ...args], { cwd });
  return { code: run.code, stderr: run.stderr, results: run.stdout === "" ? [] : (JSON.parse(run.stdout) as Reported[]) };
}

const project = (config: object) => folder({ "configs/oms.json": JSON.stringify(config), "fx/order.json": payload, "fx/legacy/old.json": payload });
const names = (results: readonly Reported[], root: string) => results.map((r) => r.filePath.slice(root.length + 1)).sort();

describe("-c path/to/config.json: globs relative to the working folder", () => {
  it("files: the kind applies to fx/order.json from the project's root", async () => {
    const root = project({ files: [{ glob: "fx/*.json", kind: "createOrder" }] });
    const run = await lint(["-c", "configs/oms.json", "fx/order.json"], root);
    expect(run.results.map((r) => r.kind)).toEqual(["createOrder"]);
    expect(run.code).toBe(1);
  });

  it("ignores: fx/legacy/ is skipped in a walk of the root", async () => {
    const root = project({ ignores: ["fx/legacy/", "configs/"] });
    expect(names((await lint(["-c", "configs/oms.json", "."], root)).results, root)).toEqual(["fx/order.json"]);
  });

  it("overrides: an entry's rules apply to fx/**", async () => {
    const root = project({ overrides: [{ files: ["fx/*.json"], rules: { "unknown-property": "error" } }] });
    const run = await lint(["-c", "configs/oms.json", "fx/order.json"], root);
    expect(run.results[0]!.messages).toEqual([expect.objectContaining({ ruleId: "unknown-property", severity: 2 })]);
  });

  it("a glob that climbs out of the working folder is refused in those words, exit 2", async () => {
    const root = project({ files: [{ glob: "../fx/*.json", kind: "createOrder" }] });
    const run = await lint(["-c", "configs/oms.json", "fx/order.json"], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/this glob climbs out of the working folder \(the globs of a config named with --config are relative to it, as ESLint's are\) with \.\./);
  });

  it("--cache: a second run, answered from the cache, says what the first said", async () => {
    const root = project({ files: [{ glob: "fx/*.json", kind: "createOrder" }] });
    const args = ["--cache", "--cache-location", join(root, ".cache"), "-c", "configs/oms.json", "fx/order.json"];
    const first = await lint(args, root);
    const second = await lint(args, root);
    expect(first.results.map((r) => r.kind)).toEqual(["createOrder"]);
    expect(second.results.map((r) => [r.kind, r.messages.length])).toEqual(first.results.map((r) => [r.kind, r.messages.length]));
    expect(second.code).toBe(1);
  });

  it("a config found upward keeps its globs relative to its own folder", async () => {
    const root = folder({ "tenant/oms-lint.config.json": JSON.stringify({ files: [{ glob: "fx/*.json", kind: "createOrder" }] }), "tenant/fx/order.json": payload });
    const run = await lint(["fx/order.json"], join(root, "tenant"));
    expect(run.results.map((r) => r.kind)).toEqual(["createOrder"]);
  });
});
