import { globTokens } from "./globTokens.js";
import { closedExtglobs, isExtglobOpening } from "./parenEscapes.js";

/** A glob cut before its last segment: the folders' glob and the name's. */
export interface LastSegmentCut {
  /** The glob of the folders above the name (`legacy/**`); "" for a glob that starts at the root (`/!(a)`). */
  readonly folders: string;
  /** Whether `folders` is only `**`, which also takes a name with no folder above it. */
  readonly anyFolders: boolean;
  /** The last segment, only extglobs (`!(keep.json)`). */
  readonly name: string;
}

/**
 * A glob whose last segment is only extglobs, cut there; undefined for any other. minimatch
 * matches a glob a segment at a time, so such a segment takes a name of its own, but picomatch
 * lets the `**\/` before it take nothing and the extglob match the empty text after the folder:
 * `legacy/**\/!(keep.json)` matched `legacy` itself, and as an ignore, hid legacy/keep.json,
 * which ESLint lints. Matched as the name's glob on the path's last name and the folders' on
 * what is above it (see globMatcher).
 */
export function lastSegmentCut(glob: string): LastSegmentCut | undefined {
  const tokens = globTokens(glob);
  const closed = closedExtglobs(tokens);
  let depth = 0;
  let slash = -1;
  tokens.forEach((text, at) => {
    if (closed.has(at)) depth++;
    else if (text === ")" && depth > 0) depth--;
    else if (text === "/" && depth === 0) slash = at;
  });
  const last = tokens.slice(slash + 1);
  if (slash === -1 || !onlyExtglobs(last, closed, slash + 1)) return undefined;
  const folders = tokens.slice(0, slash).join("");
  return { folders, anyFolders: folders.split("/").every((part) => part === "**"), name: last.join("") };
}

/** Whether the tokens, from `from` on, are closed extglobs one after another. */
function onlyExtglobs(tokens: readonly string[], closed: ReadonlySet<number>, from: number): boolean {
  let depth = 0;
  let opened = false;
  for (const [offset, text] of tokens.entries()) {
    const isOpening = isExtglobOpening(text) && closed.has(from + offset);
    if (depth === 0 && !isOpening) return false;
    if (isOpening) {
      depth++;
      opened = true;
    } else if (text === ")") depth--;
  }
  return opened && depth === 0;
}
