import { opensNegated } from "../glob/leadingBang.js";
import { asMatchedInUri } from "../glob/vscodeFileMatch.js";

/**
 * Whether VS Code's `json.schemas` fileMatch can say a config glob: stars, `?`, `{a,b}` and
 * brackets, but no extglob (`!(b)`, `@(a)`), no POSIX class (`[[:alpha:]]`), no backslash
 * escape but of `?` or `#` (fileMatchGlob writes them as the URI does) and no leading `!` (after `./` too), which oms-lint's globs take and fileMatch would
 * match no file with (found by the review of the stop: `init --vscode` wrote such a pattern,
 * matching no file, and under structure "editor" the language server left those files'
 * structure to that editor check). Judged on the glob as init writes it (fileMatchGlob), so
 * that the server leaves to the editor exactly the files init's fileMatch has it check.
 */
export function isEditorGlob(glob: string): boolean {
  const said = fileMatchGlob(glob);
  // A negated glob (`!legacy/**`, every file but legacy's, as ESLint's `files` read it) is no fileMatch: written as
  // "/!legacy/**" it names a folder called "!legacy", and fileMatch's own leading `!` only takes files out of what the
  // association's other globs match. Decided on the glob as written, as globMatcher decides it: a `!` after a leading
  // `./` is a name's (`./!b.json` is "/!b.json"), where picomatch, which drops the `./` first, read a negation.
  // Nested braces or a range are no fileMatch either: VS Code reads `o/{a,{b,c},d}.json` as taking
  // `o/b,d.json`, and `{1..3}` as its letters (found by the audit of the rework of init's globs).
  return !opensNegated(glob) && !/[!@+*?]\(/.test(said) && !said.includes("[[:") && !said.includes("\\") && hasFlatBraces(said) && hasSayableBrackets(said);
}

/**
 * Brackets VS Code reads as the linter does. Its createRegex copies a bracket into the regular
 * expression, but escapes `!` and `^` there as everywhere (`[\!a]`: "! or a"), so no bracket
 * of its can negate: `x[!a].json` took x!.json, not xb.json, and `[^a]` would be "^ or a".
 * A `]` first is a member for the linter and closes an empty class for VS Code (`[]a]`); a
 * `?`, `*`, brace or comma inside is rewritten (`[?]` became `[.]`), a `/` is matched (no
 * linter bracket matches one), and a `[` that never closes is no regular expression (the whole
 * association matched nothing). Each of these is left out (found by the audit of the globs).
 */
function hasSayableBrackets(glob: string): boolean {
  for (let open = glob.indexOf("["); open !== -1; open = glob.indexOf("[", open + 1)) {
    if (/^[!^\]]/.test(glob.slice(open + 1))) return false;
    const close = glob.indexOf("]", open + 1);
    if (close === -1 || /[?*{},/]/.test(glob.slice(open + 1, close))) return false;
    open = close;
  }
  return true;
}

/**
 * A config glob as a fileMatch says it: without its leading "./" (every one: "././x"), which
 * the linter's matcher (picomatch) drops too. VS Code's json client joins a fileMatch to the
 * folder's URI as text, so "/./orders/*.json" matched no file (second review of the file commits).
 * A literal `#`, and a `?` or `#` the glob escapes (`what\?`: a `?` alone is a wildcard), as
 * the URI holds them (asMatchedInUri: `%23`, `%3F`); any other backslash pair stays (isEditorGlob).
 */
export function fileMatchGlob(glob: string): string {
  return glob.replace(/^(?:\.\/)+/, "").replace(/\\[\s\S]|#/g, (literal) => (literal === "#" || literal === "\\#" || literal === "\\?" ? asMatchedInUri(literal.slice(-1)) : literal));
}

/** Braces that open and close in turn (none nested, none unclosed) and hold no `..` range, which VS Code reads as the literal text. */
export function hasFlatBraces(glob: string): boolean {
  let open = -1;
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === "{") {
      if (open !== -1) return false;
      open = i;
    } else if (glob[i] === "}") {
      if (open === -1 || glob.slice(open, i).includes("..")) return false;
      open = -1;
    }
  }
  return open === -1;
}
