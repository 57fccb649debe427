/** The class names git's wildmatch knows in `[[:name:]]` (wildmatch.c); any other gives up. */
const classNames = new Set(["alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit"]);

/**
 * Whether git's wildmatch gives up on the pattern at one of its brackets: one with no `]` to
 * close it (`*a*[b.json`), or a `[:name:]` it does not know (`[[:foo:]]`). wildmatch then
 * answers WM_ABORT_ALL for any path, so the .gitignore line matches nothing (git 2.39 keeps
 * `1a2b3c4[b.json` under the line `*a*b*c*[b.json`), where picomatch reads such a `[` as a
 * literal. The bracket is scanned as wildmatch.c scans it: `!` or `^` first negates, the next
 * character is a member even if it is `]`, a backslash escapes one, `a-z` is a range, and
 * `[:` opens a class only when a `:]` comes before the next `]` (else the `[` is a member).
 */
export function wildmatchGivesUp(pattern: string): boolean {
  for (let at = 0; at < pattern.length; at++) {
    if (pattern[at] === "\\") at++;
    else if (pattern[at] === "[") {
      const end = bracketEnd(pattern, at);
      if (end === undefined) return true;
      at = end;
    }
  }
  return false;
}

/** Where the bracket opened at `open` closes, or undefined when wildmatch gives up on it. */
function bracketEnd(pattern: string, open: number): number | undefined {
  let at = open + 1;
  if (pattern[at] === "!" || pattern[at] === "^") at++;
  let member = false; // Whether a range may follow: wildmatch's prev_ch, 0 at first and after a range or a class.
  for (let first = true; first || pattern[at] !== "]"; first = false) {
    const char = pattern[at];
    if (char === undefined) return undefined;
    if (char === "\\") {
      at++;
      if (pattern[at] === undefined) return undefined;
      member = true;
    } else if (char === "-" && member && pattern[at + 1] !== undefined && pattern[at + 1] !== "]") {
      at++;
      if (pattern[at] === "\\" && pattern[++at] === undefined) return undefined;
      member = false;
    } else if (char === "[" && pattern[at + 1] === ":") {
      const close = pattern.indexOf("]", at + 2);
      if (close === -1) return undefined;
      if (close > at + 2 && pattern[close - 1] === ":") {
        if (!classNames.has(pattern.slice(at + 2, close - 1))) return undefined;
        at = close;
        member = false;
      } else member = true; // No `:]`: the `[` is a member, and the scan goes on after it.
    } else member = true;
    at++;
  }
  return at;
}
