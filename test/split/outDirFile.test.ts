import { readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * An --out-dir that names a regular file: split said "cannot write the child afile/big-1.json: a
 * part of its path is not a folder (ENOTDIR)" (audit of split), which left the user to work out
 * that the option itself was wrong. Exit 2 was right; the words now say what --out-dir names.
 */

const folder = scratchFolders("split-out-dir-file");
const mixed = JSON.stringify(orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })], { externalOrderID: "A1" }), null, 2) + "\n";
const refusal = (name: string) => `oms-lint: split: --out-dir ${name} names a file, not a folder: nothing written (give a folder for the children, or a path where one can be made)\n`;

describe("oms-lint split --out-dir <a file>", () => {
  it.each([
    ["a regular file", "afile"],
    ["a link to a regular file", "alink"],
  ])("%s: exit 2, that --out-dir names a file, not a folder; the file kept, nothing written", async (_, name) => {
    const dir = folder({ "big.json": mixed, afile: "mine\n" });
    symlinkSync("afile", join(dir, "alink"));
    const run = await runCli(["split", "big.json", "--out-dir", name], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: refusal(name) });
    expect(readFileSync(join(dir, "afile"), "utf8")).toBe("mine\n");
    expect(readdirSync(dir).sort()).toEqual(["afile", "alink", "big.json"]);
  });
});
