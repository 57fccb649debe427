import { readFileSync, realpathSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { listsMountPoint } from "./mountInfoListing.js";
import { onOwnMount } from "./mountIdentity.js";

/**
 * Whether `path` is a mount point: a file or folder that another is mounted over (`mount --bind
 * w.json mw.json`, what `docker run -v $PWD/o.json:/w/o.json` makes of a file). A rename cannot
 * replace it (EBUSY; EXDEV across file systems), so a write that renames a new file over it
 * fails. Told by the kernel: the mount it puts the file on is not its folder's (onOwnMount);
 * where that cannot be asked, from its list of this process's mounts (the fifth field of a line
 * of /proc/self/mountinfo, with its octal escapes: listsMountPoint); where that list cannot be
 * read either, a path on another device than its folder's is one (a bind mount of a file on the
 * same file system is then not told).
 */
export function isMountPoint(path: string, mountInfo = "/proc/self/mountinfo", fdInfo = "/proc/self/fdinfo"): boolean {
  let real: Buffer;
  try {
    // As bytes: a name that is no UTF-8 is listed by its bytes.
    real = realpathSync(path, { encoding: "buffer" });
  } catch {
    return false;
  }
  // Asked of the kernel for this file and its folder alone: the whole list is read only where that cannot tell.
  const told = onOwnMount(real, fdInfo);
  if (told !== undefined) return told;
  const list = readList(mountInfo);
  // Read again for each file written, never kept: a mount made or gone between two writes is told.
  if (list !== undefined) return listsMountPoint(list, real);
  try {
    const name = realpathSync(path);
    return name !== "/" && statSync(name).dev !== statSync(dirname(name)).dev;
  } catch {
    return false;
  }
}

function readList(mountInfo: string): Buffer | undefined {
  try {
    return readFileSync(mountInfo);
  } catch {
    return undefined;
  }
}

/** Why a mount point is not rewritten: the words both --fix (its rename refused) and --fix-dry-run give. */
export const mountPointWords =
  "it is a mount point (a file bind-mounted over this name, as `docker run -v file:file` makes), which a rename cannot replace: the fixed text is written to a new file that is then renamed over the old one; fix the file at its source, outside the mount";
