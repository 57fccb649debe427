import { chmodSync, chownSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupWords } from "../../src/files/groupName.js";
import { asNobodyUnavailable, cliAsNobody, givenToNobody, nobody } from "../support/asNobody.js";
import { createOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * --fix-dry-run makes every decision --fix makes (README): a file --fix refuses because its
 * owner or group cannot be kept showed a diff and exited 0 where --fix said why and exited 1
 * (audit of the fix engine: writeTarget, the dry run's check, never asked what keepOwner asks).
 * Only a process of another user shows it: root may give a file any owner.
 */
const folder = scratchFolders("dry-run-owner");

/** A Create Order --fix rewrites (its orderID set to null), in a folder of nobody's, of the given owner, group and mode. */
function fixableFile(uid: number, gid: number, mode: number): { dir: string; file: string; text: string } {
  const dir = folder({});
  const text = JSON.stringify(createOrder({ orderID: 5 }), null, 2) + "\n";
  const file = join(dir, "g.json");
  writeFileSync(file, text);
  givenToNobody(dir);
  chownSync(file, uid, gid);
  chmodSync(file, mode);
  return { dir, file, text };
}

const asNobody = (flag: string, dir: string) => cliAsNobody([flag, "--kind", "createOrder", "-f", "compact", "g.json"], dir);
const reason = asNobodyUnavailable;

describe.skipIf(reason !== undefined)(`--fix-dry-run refuses what --fix refuses for the file's owner or group${reason ? `: skipped, ${reason}` : ""}`, () => {
  it.each([
    ["the user's own file of a group the user is not in (nobody:root 644)", nobody, 0, 0o644, `its group is ${groupWords(0)}, which you are not in`],
    ["another user's file the user may write through its group (root:nogroup 664)", 0, nobody, 0o664, "it belongs to another user"],
  ])("%s: no diff, the fix error --fix gives, exit 1, the file as it was", (_, uid, gid, mode, words) => {
    const { dir, file, text } = fixableFile(uid, gid, mode);
    const fix = asNobody("--fix", dir);
    const dryRun = asNobody("--fix-dry-run", dir);
    const refusal = `g.json:1:1: error cannot write the fixed file: ${words}`;
    expect(fix.stdout).toContain(refusal);
    expect(fix.status).toBe(1);
    expect(dryRun.stdout).toBe("");
    expect(dryRun.stderr).toContain(refusal);
    expect(dryRun.status).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});
