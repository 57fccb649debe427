import { globTokens } from "./globTokens.js";

/**
 * A glob with each run of three stars or more outside a bracket written as minimatch (ESLint)
 * reads it: a star that is not a whole `**` segment matches within one segment, however many
 * stand together. picomatch read `***..a` as a globstar (it matched a./a), and fast-glob's
 * picomatch `***a..a` as matching a.a.a (found under OMS_LINT_FUZZ_SEED=51). A run that is a
 * whole segment is written `*`. One after a character of the segment is written `**`, which
 * picomatch reads within the segment there (written `*`, `***.****` became `*.*`, whose fast
 * path wants a character after the dot: a. missed). Anywhere else, `*`: picomatch reads `**` as
 * a globstar at a segment's start and after an extglob's parenthesis or bar, however the segment
 * goes on (`***.json` matched orders/a.json, `*(a)***` a.a/a/a: found by the review of this fix).
 * Two stars stay two, and a star that opens an extglob (`*(`) is its own token.
 * Not for git's reading, where `/***\/` is a globstar.
 */
export function starRuns(glob: string): string {
  const tokens = globTokens(glob);
  const read: string[] = [];
  for (let at = 0; at < tokens.length; ) {
    // Within the tokens: a polluted prototype answers for the index -1 and the length.
    let end = at;
    while (end < tokens.length && tokens[end] === "*") end++;
    if (end - at >= 3) read.push(withinSegmentAfter(at === 0 ? undefined : tokens[at - 1]) ? "**" : "*");
    else read.push(...tokens.slice(at, Math.max(end, at + 1)));
    at = Math.max(end, at + 1);
  }
  return read.join("");
}

/** Whether picomatch reads `**` after this token as two stars within the segment: after a character, an escape or a bracket, not after the start, a slash or an extglob's `(`, `|` or `)`. */
function withinSegmentAfter(token: string | undefined): boolean {
  return token !== undefined && token !== "/" && !/^(?:[()|]|[?*+@!]\()$/.test(token);
}
