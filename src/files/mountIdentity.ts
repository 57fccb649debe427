import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";

/**
 * Whether the kernel puts `real` (a path without links) on another mount than its folder: a file
 * bind-mounted over its name, or a folder with a file system mounted on it, is on the mount that
 * covers it, and any other file on its folder's. `real` as bytes (realpathSync's), so a name that
 * is no UTF-8 is opened by its own bytes. Asked of each, open, by the `mnt_id` the kernel
 * gives its descriptor in /proc/self/fdinfo (Linux 3.15): two small reads, at the moment of the
 * write. /proc/self/mountinfo, the other way to tell, is made anew by the kernel at each read, a
 * line a mount: on 3,000 mounts (a Kubernetes node) ~7-20 ms a file written, most of it the
 * kernel's. Undefined where this cannot tell (no fdinfo, a file that cannot be opened, the root,
 * which has no folder, a device, pipe or socket, which are not opened).
 */
export function onOwnMount(real: Buffer, fdInfo: string): boolean | undefined {
  const slash = real.lastIndexOf(0x2f);
  if (slash < 0 || real.length === 1) return undefined;
  const own = mountId(real, fdInfo);
  if (own === undefined) return undefined;
  const folder = mountId(real.subarray(0, Math.max(slash, 1)), fdInfo);
  return folder === undefined ? undefined : own !== folder;
}

/** The mount id the kernel gives a descriptor of `path` (a file or folder; anything else is not opened), or undefined. */
function mountId(path: Buffer, fdInfo: string): number | undefined {
  let fd: number;
  try {
    // Not blocking: a pipe put in the file's place since it was told a file would hold the open.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch {
    return undefined;
  }
  try {
    const kind = fstatSync(fd);
    if (!kind.isFile() && !kind.isDirectory()) return undefined;
    const found = /^mnt_id:\s*(\d+)$/m.exec(readFileSync(`${fdInfo}/${fd}`, "latin1"));
    return found === null ? undefined : Number(found[1]);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
