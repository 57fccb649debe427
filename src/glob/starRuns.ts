import { globTokens } from "./globTokens.js";

/**
 * A glob with each run of three stars or more outside a bracket written as minimatch (ESLint)
 * reads it: a star that is not a whole `**` segment matches within one segment, however many
 * stand together. picomatch read `***..a` as a globstar (it matched a./a), and fast-glob's
 * picomatch `***a..a` as matching a.a.a (found under OMS_LINT_FUZZ_SEED=51). A run that is a
 * whole segment is written `*`; one beside other characters `**`, which picomatch reads within
 * the segment as minimatch does (written `*`, `***.****` became `*.*`, which picomatch does not
 * match to a.). Two stars stay two, and a star that opens an extglob (`*(`) is its own token.
 * Not for git's reading, where `/***\/` is a globstar.
 */
export function starRuns(glob: string): string {
  const tokens = globTokens(glob);
  const read: string[] = [];
  for (let at = 0; at < tokens.length; ) {
    let end = at;
    while (tokens[end] === "*") end++;
    if (end - at >= 3) {
      const wholeSegment = (at === 0 || tokens[at - 1] === "/") && (end === tokens.length || tokens[end] === "/");
      read.push(wholeSegment ? "*" : "**");
    } else read.push(...tokens.slice(at, Math.max(end, at + 1)));
    at = Math.max(end, at + 1);
  }
  return read.join("");
}
