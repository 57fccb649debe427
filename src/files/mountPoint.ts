import { readFileSync, realpathSync, statSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Whether `path` is a mount point: a file or folder that another is mounted over (`mount --bind
 * w.json mw.json`, what `docker run -v $PWD/o.json:/w/o.json` makes of a file). A rename cannot
 * replace it (EBUSY; EXDEV across file systems), so a write that renames a new file over it
 * fails. Read from the kernel's own list of this process's mounts (the fifth field of each line
 * of /proc/self/mountinfo, with its octal escapes); where that list cannot be read, a path on
 * another device than its folder's is one (a bind mount of a file on the same file system is
 * then not told).
 */
export function isMountPoint(path: string, mountInfo = "/proc/self/mountinfo"): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return false;
  }
  const listed = mountPoints(mountInfo);
  if (listed !== undefined) return listed.has(real);
  try {
    return real !== "/" && statSync(real).dev !== statSync(dirname(real)).dev;
  } catch {
    return false;
  }
}

function mountPoints(mountInfo: string): ReadonlySet<string> | undefined {
  let text: string;
  try {
    text = readFileSync(mountInfo, "utf8");
  } catch {
    return undefined;
  }
  const points = text.split("\n").flatMap((line) => {
    // Read only where the line has the field: the text's last line is empty, and an index past
    // an array's end reads Array.prototype (every name polluted there made split --force fail).
    const fields = line.split(" ");
    const field = fields.length > 4 ? fields[4]! : undefined;
    return field === undefined ? [] : [field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)))];
  });
  return new Set(points);
}

/** Why a mount point is not rewritten: the words both --fix (its rename refused) and --fix-dry-run give. */
export const mountPointWords =
  "it is a mount point (a file bind-mounted over this name, as `docker run -v file:file` makes), which a rename cannot replace: the fixed text is written to a new file that is then renamed over the old one; fix the file at its source, outside the mount";
