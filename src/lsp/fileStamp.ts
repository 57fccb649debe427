import { statSync } from "node:fs";

/**
 * What a change of a file on disk alters: its size, its times (to the nanosecond where the file
 * system keeps them), its inode (git writes a new file and renames it over the old). Undefined
 * when it is gone.
 */
export function fileStamp(path: string): string | undefined {
  try {
    const { size, mtimeNs, ctimeNs, ino } = statSync(path, { bigint: true });
    return `${size}:${mtimeNs}:${ctimeNs}:${ino}`;
  } catch {
    return undefined;
  }
}
