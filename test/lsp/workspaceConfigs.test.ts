import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WorkspaceConfigs } from "../../src/lsp/workspaceConfigs.js";

/**
 * The language server's look, at each open and change of a document, for a config made where a
 * held folder's would be found first (one no client reports: above the workspace folders). Found
 * by the audit of the session that added it: a link loop of the config's name threw at every
 * keystroke, and 500 folders five deep were 4,500 looks a keystroke at 2,005 places.
 */
const root = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-workspace-configs-")));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let cases = 0;
const caseDir = () => {
  const dir = join(root, `case-${++cases}`);
  mkdirSync(dir);
  return dir;
};

describe("WorkspaceConfigs.changedOnDisk: a config made where one would be found first", () => {
  it("a loop of symbolic links named like the config is no config, as findConfig reads it: no throw, no change", async () => {
    const dir = caseDir();
    mkdirSync(join(dir, "ws/a"), { recursive: true });
    symlinkSync("oms-lint.config.json", join(dir, "oms-lint.config.json"));
    const configs = new WorkspaceConfigs();
    await configs.configFor(join(dir, "ws/a"));
    expect(configs.changedOnDisk(() => false)).toBe(false);
    // A config made below the loop is still seen.
    writeFileSync(join(dir, "ws/oms-lint.config.json"), "{}");
    expect(configs.changedOnDisk(() => false)).toBe(true);
  });

  it("folders that share the places above them: each place looked at once a check, and let go with the last folder", async () => {
    const dir = caseDir();
    const folders = Array.from({ length: 20 }, (_, i) => join(dir, "ws", "a", "b", `f${i}`));
    for (const folder of folders) mkdirSync(folder, { recursive: true });
    const configs = new WorkspaceConfigs();
    const held = configs.held;
    for (const folder of folders) await configs.configFor(folder);
    const asked: string[] = [];
    expect(configs.changedOnDisk((place) => asked.push(place) < 0)).toBe(false);
    expect(asked.length).toBe(new Set(asked).size);
    // Each folder's own place, and those of ws/a/b, ws/a, ws and up to the root, once.
    expect(asked.filter((place) => place.startsWith(join(dir, "ws", "a", "b") + "/f"))).toHaveLength(folders.length);
    expect(asked).toContain(join(dir, "ws", "oms-lint.config.json"));
    for (const [i, folder] of folders.entries()) {
      configs.opened(`file://${folder}/o${i}.json`, folder);
      configs.closed(`file://${folder}/o${i}.json`);
    }
    expect(configs.held).toBe(held);
  });
});
