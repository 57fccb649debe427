import { isUtf8 } from "node:buffer";
import { lstatSync, readdirSync } from "node:fs";
import { parse, sep } from "node:path";
import { firstInvalidByte } from "../source/utf8.js";

/**
 * How a file name whose bytes are not UTF-8 is shown, and how such a file is found again from
 * the name Node.js gives it. Node.js reads names as UTF-8 and puts U+FFFD in place of the
 * bytes that break it (`caf\xe9.json` becomes `caf\uFFFD.json`): no file has that name, so none
 * can be opened by it, and two names that differ only in those bytes read alike. Such a file
 * is reported under its name with each byte that breaks UTF-8 written `\xNN` (and each of its
 * backslashes `\x5c`, so that no two such names are shown alike): plain ASCII, which every
 * report format carries (the GitHub annotations' file=, SARIF's uri, JUnit's XML attributes).
 * A UTF-8 name is shown as it is: one that holds `\xe9` itself reads like such a name beside
 * it (a clash left as it is: escaping every backslash would change every such name shown).
 */
export function shownName(raw: Uint8Array): string {
  if (isUtf8(raw)) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("utf8");
  let shown = "";
  for (let rest = raw; rest.length > 0; ) {
    const bad = firstInvalidByte(rest);
    shown += Buffer.from(rest.buffer, rest.byteOffset, bad).toString("utf8").replace(/\\/g, "\\x5c");
    if (bad < rest.length) shown += `\\x${rest[bad]!.toString(16).padStart(2, "0")}`;
    rest = rest.subarray(bad + 1);
  }
  return shown;
}

/** A path's bytes (git's, say) shown name by name, as shownName shows each; `/` parts them, as in git's output. */
export function shownPath(raw: Uint8Array): string {
  if (isUtf8(raw)) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("utf8");
  const names: string[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || raw[i] === 0x2f) {
      names.push(shownName(raw.subarray(start, i)));
      start = i + 1;
    }
  }
  return names.join("/");
}

/** Whether Node.js may have read this name from bytes that are not UTF-8. */
export function mayBeUndecodable(path: string): boolean {
  return path.includes("\uFFFD");
}

/**
 * The files (or links) whose path Node.js reads as `path` and whose bytes are not UTF-8, each
 * as shownName shows its names: none when `path` holds no U+FFFD. Each name that holds one is
 * looked up in its folder's listing of raw names (readdir as bytes), folder by folder, so a
 * file inside a folder so named is found too.
 */
export function undecodablePaths(path: string): string[] {
  if (!mayBeUndecodable(path)) return [];
  const { root, dir, base } = parse(path);
  const names = [...dir.slice(root.length).split(sep).filter((name) => name !== ""), base];
  let found: Located[] = [{ raw: Buffer.from(root), shown: root, undecodable: false }];
  for (const name of names) {
    found = found.flatMap((at) =>
      mayBeUndecodable(name) ? rawNames(at.raw).filter((raw) => raw.toString("utf8") === name).map((raw) => inFolder(at, raw)) : [inFolder(at, Buffer.from(name))],
    );
  }
  return found.filter((at) => at.undecodable && exists(at.raw)).map((at) => at.shown);
}

/** A path found name by name: its bytes, how it is shown, and whether a name on it is not UTF-8. */
interface Located {
  readonly raw: Buffer;
  readonly shown: string;
  readonly undecodable: boolean;
}

function inFolder(folder: Located, name: Buffer): Located {
  const separator = folder.shown.endsWith(sep) ? "" : sep;
  return {
    raw: Buffer.concat([folder.raw, Buffer.from(separator), name]),
    shown: folder.shown + separator + shownName(name),
    undecodable: folder.undecodable || !isUtf8(name),
  };
}

function rawNames(folder: Buffer): Buffer[] {
  try {
    return readdirSync(folder, { encoding: "buffer" });
  } catch {
    return [];
  }
}

function exists(path: Buffer): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
