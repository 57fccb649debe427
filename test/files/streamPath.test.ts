import fc from "fast-check";
import { closeSync, mkdirSync, openSync, realpathSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inSystemFolder, isStreamPath } from "../../src/files/streamPath.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * isStreamPath follows a name's links as the kernel does: a link's `..` from the real folder
 * it stands in, not from the folder as named (review of 5bc8e0a7: a link `../../../../dev/stdin`
 * in s/real, named through s/a/b/c/d/lnk, was read as s/dev/stdin, and `--fix` rewrote what
 * stdin was). The kernel's own answer is the oracle: the name is a stream exactly when opening
 * it reaches /dev/null.
 */
const folder = scratchFolders("stream-path");

const devNull = statSync("/dev/null");
const reachesDevNull = (path: string): boolean => {
  try {
    const reached = statSync(path);
    return reached.dev === devNull.dev && reached.ino === devNull.ino;
  } catch {
    return false;
  }
};

describe.skipIf(process.platform === "win32")("isStreamPath", () => {
  it("a link's ../ is read from its real folder, however deep the link of the user's that names it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), (aliasDepth, spare) => {
        // dev/null in the case's folder is an ordinary file: one .. from `real` leads to it.
        const dir = folder({ "dev/null": "{}" });
        mkdirSync(join(dir, "real"));
        const realDepth = realpathSync(join(dir, "real")).split("/").length - 1;
        // From `real`, realDepth ..s (or more: / has no parent) reach /dev/null; read from the alias, they stop short.
        const ups = spare === 0 ? 1 : realDepth + spare - 1;
        symlinkSync(`${"../".repeat(ups)}dev/null`, join(dir, "real", "f.json"));
        const alias = join(dir, "a", ...Array.from({ length: aliasDepth }, (_, at) => `d${at}`));
        mkdirSync(alias, { recursive: true });
        symlinkSync(join(dir, "real"), join(alias, "lnk"));
        const named = join(alias, "lnk", "f.json");
        expect(isStreamPath(named, dir)).toBe(reachesDevNull(named));
      }),
      { numRuns: 40 },
    );
  });

  it("a name's own ../ after a link is taken from the link's target, as the kernel takes it (l -> /dev/pts: l/../null is /dev/null)", () => {
    fc.assert(
      fc.property(fc.constantFrom("/dev/pts", "/dev/shm", "/dev/net", "user"), fc.integer({ min: 1, max: 3 }), (target, ups) => {
        // u/null beside the user's folder u/v is an ordinary file: no stream, though named as /dev/null is.
        const dir = folder({ "u/v/o.json": "{}", "u/null": "{}" });
        symlinkSync(target === "user" ? join(dir, "u/v") : target, join(dir, "l"));
        const named = `l/${"../".repeat(ups)}null`;
        // Joined as text, not by join(), which would take l/.. away as resolve did.
        expect(isStreamPath(named, dir)).toBe(reachesDevNull(`${dir}/${named}`));
      }),
      { numRuns: 30 },
    );
    const dir = folder({});
    symlinkSync("/dev/pts", join(dir, "l"));
    expect(isStreamPath("l/../stdin", dir)).toBe(true);
    expect(isStreamPath(`${dir}/l/../null`, "/")).toBe(true);
  });

  it("a /proc name whose folder is really a folder of the user's is that folder's file", () => {
    const dir = folder({ "dev/o.json": "{}" });
    const fd = openSync(dir, "r");
    try {
      expect(isStreamPath(`/proc/self/fd/${fd}/dev/o.json`, "/")).toBe(false);
      expect(isStreamPath("/proc/self/fd/0", "/")).toBe(true);
    } finally {
      closeSync(fd);
    }
  });

  it("a file under /dev/shm, a folder of ordinary files, is no stream", () => {
    // Where split would write is told by the name alone where its folder cannot be resolved (a folder that is not there).
    expect(inSystemFolder("/dev/shm/oms-lint-no-such-folder/o.json")).toBe(false);
    expect(inSystemFolder("/dev/oms-lint-no-such-folder/o.json")).toBe(true);
  });

  it("a name in a folder that is not there is no stream: the kernel finds nothing there (ENOENT)", () => {
    expect(isStreamPath("/dev/shm/oms-lint-no-such-folder/o.json", "/")).toBe(false);
    expect(isStreamPath("/dev/oms-lint-no-such-folder/o.json", "/")).toBe(false);
    expect(isStreamPath("/dev/oms-lint-no-such-folder/../stdin", "/")).toBe(false);
    expect(isStreamPath("/dev/null/../stdin", "/")).toBe(false);
    expect(isStreamPath("/dev/../dev/stdin", "/")).toBe(true);
  });
});
