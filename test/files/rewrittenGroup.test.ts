import { chmodSync, chownSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupWords } from "../../src/files/groupName.js";
import { asNobodyUnavailable, cliAsNobody, givenToNobody, nobody } from "../support/asNobody.js";
import { createOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A rewrite keeps the file's owner and group (README), and one it cannot give them back is not
 * rewritten. A user's own file of a group the user is not in (`chown nobody:root`) was rewritten
 * all the same, put in the user's own group without a word: 664 of root came back 664 of
 * nogroup (audit of the files written). Only a process of another user shows it: run as root,
 * every change of owner succeeds.
 */
const folder = scratchFolders("rewritten-group");

/** A Create Order that --fix rewrites (its orderID set to null), in a folder of nobody's, owned by nobody and the given group, mode 664. */
function fixableFile(gid: number): { dir: string; file: string; text: string } {
  const dir = folder({});
  const text = JSON.stringify(createOrder({ orderID: 5 }), null, 2) + "\n";
  const file = join(dir, "grp.json");
  writeFileSync(file, text);
  givenToNobody(dir);
  chmodSync(file, 0o664);
  chownSync(file, nobody, gid);
  return { dir, file, text };
}

const fixAsNobody = (dir: string) => cliAsNobody(["--fix", "--kind", "createOrder", "grp.json"], dir);
const reason = asNobodyUnavailable;

describe.skipIf(reason !== undefined)(`--fix by a user not in the file's group${reason ? `: skipped, ${reason}` : ""}`, () => {
  it("refuses the user's own file of a group the user is not in, naming the group: unchanged, owner and group as they were, no temporary file", () => {
    const { dir, file, text } = fixableFile(0);
    const run = fixAsNobody(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`cannot write the fixed file: its group is ${groupWords(0)}, which you are not in: a rewrite would put it in your own group instead`);
    expect(readFileSync(file, "utf8")).toBe(text);
    const { uid, gid, mode } = statSync(file);
    expect({ uid, gid, mode: (mode & 0o777).toString(8) }).toEqual({ uid: nobody, gid: 0, mode: "664" });
    expect(readdirSync(dir)).toEqual(["grp.json"]);
  });

  it("rewrites the user's own file of the user's own group, keeping both", () => {
    const { dir, file, text } = fixableFile(nobody);
    const run = fixAsNobody(dir);
    expect(run.stdout).not.toContain("cannot write");
    expect(readFileSync(file, "utf8")).not.toBe(text);
    expect(readFileSync(file, "utf8")).toContain('"orderID": null');
    const { uid, gid } = statSync(file);
    expect({ uid, gid }).toEqual({ uid: nobody, gid: nobody });
  });
});

describe("a group in a message", () => {
  it("is named from the group file where it is listed there, else by its number alone", () => {
    const groups = join(folder({}), "group");
    writeFileSync(groups, "root:x:0:\nstaff:x:50:ann,bob\n\nbroken line\n");
    expect([0, 50, 7].map((gid) => groupWords(gid, groups))).toEqual(["root (gid 0)", "staff (gid 50)", "gid 7"]);
    expect(groupWords(0, join(folder({}), "none"))).toBe("gid 0");
  });
});
