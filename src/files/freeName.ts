import { linkSync, renameSync, unlinkSync } from "node:fs";
import { statOrUndefined } from "./fileFacts.js";
import { WriteFailure } from "./writeFailure.js";

/**
 * Errors of a file system that makes no hard links (FAT, some network and FUSE file systems): the
 * move falls back to a check and a rename. EISDIR is there for Windows, where a link on FAT may
 * fail as ERROR_INVALID_FUNCTION, which libuv may report so (not confirmed: no Windows here); the
 * source is a temporary file, never a folder, so it means nothing else.
 */
const noHardLinks = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK", "EISDIR"]);

/**
 * Moves `from` to `to` only while nothing is at `to`: a hard link made at `to` (which the file
 * system refuses, EEXIST, where a file is there) and then `from`'s name removed, so the check and
 * the move are one step. A rename replaces whatever is at its target: a file another program
 * made at a child's name between split's check and its rename was overwritten (audit of split).
 * Where the file system makes no hard links, the name is checked and then renamed onto, as before.
 */
export function moveToFreeName(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code === "EEXIST") throw new WriteFailure(to, "EXISTS", "it exists already");
    if (!noHardLinks.has(code)) throw error;
    if (statOrUndefined(to)) throw new WriteFailure(to, "EXISTS", "it exists already");
    renameSync(from, to);
    return;
  }
  unlinkSync(from);
}
