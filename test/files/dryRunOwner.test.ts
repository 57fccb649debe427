import { chmodSync, chownSync, readFileSync, statSync, writeFileSync } from "node:fs";
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

  it("the user's own file of the group of a setgid folder the user is not in (nobody:daemon 664 in nobody:daemon 2777): rewritten, its owner, group and mode kept, as by the dry run's decision", () => {
    // A new file in a setgid folder takes the folder's group, and fchown(2) lets its owner keep a
    // file's own group: the write succeeds. The up-front refusal (c2f29f62) refused it, and a
    // report written there by oms-lint itself could not be written again (review of c2f29f62).
    const daemon = 1;
    const { dir, file } = fixableFile(nobody, daemon, 0o664);
    chownSync(dir, nobody, daemon);
    chmodSync(dir, 0o2777);
    const dryRun = asNobody("--fix-dry-run", dir);
    expect(dryRun.stderr).not.toContain("cannot write");
    expect(dryRun.stdout).toContain('-  "orderID": 5,');
    const fix = asNobody("--fix", dir);
    expect(fix.stdout).not.toContain("cannot write");
    expect(JSON.parse(readFileSync(file, "utf8")).orderID).toBeNull();
    const { uid, gid, mode } = statSync(file);
    expect({ uid, gid, mode: mode & 0o7777 }).toEqual({ uid: nobody, gid: daemon, mode: 0o664 });
    const report = () => cliAsNobody(["-f", "json", "-o", "r.json", "--kind", "createOrder", "g.json"], dir);
    // Written, then written again over the report the first run left there (nobody:daemon).
    for (const run of [report(), report()]) expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "oms-lint: no problems in 1 file; report written to r.json\n" });
  });
});
