import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A split that fails at the write (a child's name too long for the file system) said "no child
 * was written" but left the --out-dir it had made, empty (split audit). The folders the run made
 * are removed again; one that was there before is kept, and so is whatever it holds.
 */
const folder = scratchFolders("split-made-out-dir");
const mixed = JSON.stringify(orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })], { externalOrderID: "A1" }), null, 2) + "\n";
/** An input whose name is as long as a file name may be (255 bytes): `<stem>-1.json` is 2 bytes too long. */
const longName = `${"c".repeat(250)}.json`;

describe("a failed split leaves no folder it made", () => {
  it.each(["new", "new/deeper/still"])("--out-dir %s, made by the run, is removed when no child could be written", async (outDir) => {
    const dir = folder({ [longName]: mixed });
    const run = await runCli(["split", longName, "--out-dir", outDir], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no child was written");
    expect(readdirSync(dir)).toEqual([longName]);
  });

  it("an --out-dir that was there before is kept, with what it holds, and only the levels the run made below it go", async () => {
    const dir = folder({ [longName]: mixed, "kept/notes.txt": "mine\n" });
    const run = await runCli(["split", longName, "--out-dir", "kept/made"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(readdirSync(join(dir, "kept"))).toEqual(["notes.txt"]);
  });

  // Empty, so that rmdir would take it: a folder holding a file is kept by rmdir's refusal alone.
  it.each(["kept", "kept/made"])("an empty folder that was there before is kept: --out-dir %s", async (outDir) => {
    const dir = folder({ [longName]: mixed });
    mkdirSync(join(dir, "kept"));
    const run = await runCli(["split", longName, "--out-dir", outDir], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no child was written");
    expect(readdirSync(dir).sort()).toEqual([longName, "kept"].sort());
    expect(readdirSync(join(dir, "kept"))).toEqual([]);
  });
});
