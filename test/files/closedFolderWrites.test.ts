import { chmodSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asNobodyUnavailable, cliAsNobody, givenToNobody } from "../support/asNobody.js";
import { createOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * Every write makes a temporary file beside its target and renames it into place, so a folder
 * that takes no new file (mode 555) refuses even a file its user may write. The failure said
 * "permission denied (EACCES)" alone, which sent the user to the file's mode (audit of the
 * files written): it says the folder refused the temporary file, and why one is made. Only
 * another user's process shows it: root's is let into a 555 folder.
 */
const folder = scratchFolders("closed-folder-writes");
const reason = asNobodyUnavailable;
const folderWords = "its folder does not let the temporary file be made (the new text is written beside the file, then renamed into place): permission denied (EACCES)";

/** A folder of nobody's holding `files`, each writable by nobody, then closed to new files (555). */
function closedFolder(files: Record<string, string>, closed = "."): string {
  const dir = folder(files);
  mkdirSync(join(dir, closed), { recursive: true });
  givenToNobody(dir);
  chmodSync(join(dir, closed), 0o555);
  return dir;
}

describe.skipIf(reason !== undefined)(`a writable file in a folder that takes no new file${reason ? `: skipped, ${reason}` : ""}`, () => {
  it("--fix: the file is reported as not fixed, in words that name its folder", () => {
    const text = JSON.stringify(createOrder({ orderID: 5 }), null, 2) + "\n";
    const dir = closedFolder({ "f.json": text });
    const run = cliAsNobody(["--fix", "--kind", "createOrder", "f.json"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`cannot write the fixed file: ${folderWords}; the file is unchanged (nothing was fixed)`);
    expect(readFileSync(join(dir, "f.json"), "utf8")).toBe(text);
  });

  it("an existing -o report: exit 2, the same words, the previous report unchanged", () => {
    const dir = closedFolder({ "f.json": JSON.stringify(createOrder(), null, 2), "r.txt": "" });
    const run = cliAsNobody(["f.json", "-o", "r.txt"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`oms-lint: cannot write --output-file r.txt: ${folderWords}; the previous report is unchanged\n`);
    expect(readFileSync(join(dir, "r.txt"), "utf8")).toBe("");
  });

  it("init --vscode over an existing .vscode/settings.json: exit 2, the same words", () => {
    const config = JSON.stringify({ files: [{ glob: "orders/**/*.json", kind: "createOrder" }] });
    const dir = closedFolder({ "oms-lint.config.json": config, ".vscode/settings.json": "{}\n" }, ".vscode");
    const run = cliAsNobody(["init", "--vscode"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`oms-lint: init --vscode: cannot write .vscode/settings.json: ${folderWords}\n`);
    expect(readFileSync(join(dir, ".vscode/settings.json"), "utf8")).toBe("{}\n");
    expect(readdirSync(join(dir, ".vscode"))).toEqual(["settings.json"]);
  });

  // The file itself read-only keeps its own words: the folder is not what refused it.
  it("a read-only file in an open folder: --fix says the file is read-only", () => {
    const dir = folder({ "f.json": JSON.stringify(createOrder({ orderID: 5 }), null, 2) });
    givenToNobody(dir);
    chmodSync(join(dir, "f.json"), 0o444);
    const run = cliAsNobody(["--fix", "--kind", "createOrder", "f.json"], dir);
    expect(run.stdout).toContain("cannot write the fixed file: it is read-only (no write permission on the file)");
  });
});
