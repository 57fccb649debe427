import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "jsonc-parser";
import { installOmsLint } from "../support/initSettings.js";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

/**
 * Which json.schemas entries init --vscode takes as its own. Found by the audit of every
 * write: every entry whose url named oms-lint's editor schemas was dropped without a word,
 * an association written by hand too, though the help said other associations are kept.
 */

const root = mkdtempSync(join(tmpdir(), "oms-lint-init-own-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const editor = "./node_modules/oms-lint/schemas/editor/";
const configEntry = { fileMatch: ["oms-lint.config.json"], url: `${editor}oms-lint.config.schema.json` };
const removedNote = (config: string, named: string) =>
  `; removed, as they name oms-lint's schemas for a fileMatch ${config}'s "files" no longer give (an earlier init wrote them for globs since changed, or you did; to keep one, add its glob and kind to "files"): ${named}\n`;
let workspaces = 0;

function workspace(settings?: string): string {
  const dir = join(root, String(workspaces++));
  mkdirSync(join(dir, ".vscode"), { recursive: true });
  // Installed, as init's users have it: its note on schemas that do not exist is initVscodeNotInstalled.test.ts's.
  installOmsLint(dir);
  if (settings !== undefined) writeFileSync(join(dir, ".vscode/settings.json"), settings);
  return dir;
}

async function initWith(dir: string, files: { glob: string; kind: string }[]) {
  writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files }));
  const result = await runCli(["init", "--vscode"], { cwd: dir });
  const schemas = (parse(readFileSync(join(dir, ".vscode/settings.json"), "utf8")) as { "json.schemas": unknown[] })["json.schemas"];
  return { ...result, schemas };
}

describe("init --vscode and the oms-lint associations already in json.schemas", () => {
  it("one written by hand for a glob the config does not give is removed with a note naming it and how to keep it; adding its glob to files keeps it", async () => {
    const legacy = { fileMatch: ["/legacy/*.json"], url: `${editor}importOrder.json` };
    const other = { fileMatch: ["/other/*.json"], url: "https://example.com/s.json" };
    const dir = workspace(JSON.stringify({ "json.schemas": [legacy, other] }, null, 2));
    // Globs that can take none of the files the folder walk skips: each association is its fileMatch alone (the `!` exclusions: initVscodeOverlaps.test.ts).
    const orders = { glob: "orders/order-*.json", kind: "createOrder" };
    const first = await initWith(dir, [orders]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    expect(first.stdout).toBe(`wrote .vscode/settings.json: 2 json.schemas associations (1 from oms-lint.config.json's "files", 1 for the config itself)${removedNote("oms-lint.config.json", "/legacy/*.json (importOrder.json)")}`);
    expect(first.schemas).toEqual([other, { fileMatch: ["/orders/order-*.json"], url: `${editor}createOrder.json` }, configEntry]);

    // What the note says to do: the association is back, and the next run keeps it without a word.
    const kept = await initWith(dir, [orders, { glob: "legacy/*.json", kind: "importOrder" }]);
    expect(kept.stdout).toBe('wrote .vscode/settings.json: 3 json.schemas associations (2 from oms-lint.config.json\'s "files", 1 for the config itself)\n');
    // Its glob, then the entry before it and what the walk skips, excluded.
    expect(kept.schemas).toContainEqual({ ...legacy, fileMatch: [...legacy.fileMatch, "!/orders/order-*.json", expect.stringMatching(/^!\/legacy\/\{\.\*,package\.json,/)] });
  });

  it("after the config changed, the entries an earlier init wrote for its old globs go (with the note): no file keeps its old kind", async () => {
    const dir = workspace();
    await initWith(dir, [{ glob: "orders/order-*.json", kind: "importOrder" }]);
    const changed = await initWith(dir, [{ glob: "orders/2026/order-*.json", kind: "createOrder" }]);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain(removedNote("oms-lint.config.json", "/orders/order-*.json (importOrder.json)"));
    expect(changed.schemas).toEqual([{ fileMatch: ["/orders/2026/order-*.json"], url: `${editor}createOrder.json` }, configEntry]);
  });

  it("an entry for a glob the config gives again is replaced without a note, whatever kind it named; another schema for the same files is kept", async () => {
    const foreign = { fileMatch: ["/orders/*.json"], url: "https://example.com/orders.schema.json" };
    const dir = workspace(JSON.stringify({ "json.schemas": [{ fileMatch: ["/orders/*.json"], url: `${editor}importOrder.json` }, foreign, configEntry] }));
    const result = await initWith(dir, [{ glob: "orders/*.json", kind: "createOrder" }]);
    expect(result.stdout).toBe('wrote .vscode/settings.json: 2 json.schemas associations (1 from oms-lint.config.json\'s "files", 1 for the config itself)\n');
    // Replaced, though it now excludes what the walk skips (package.json, …): an earlier init wrote no exclusion.
    expect(result.schemas).toEqual([foreign, { fileMatch: ["/orders/*.json", expect.stringMatching(/^!\/orders\/\{\.\*,package\.json,/)], url: `${editor}createOrder.json` }, configEntry]);
  });
});
