import { hasFlatBraces } from "../config/editorGlob.js";

/**
 * How far VS Code's fileMatch reading of a glob reaches beside picomatch's (oms-lint's) reading of
 * it. VS Code matches every fileMatch pattern as `**\/<pattern>` on the file's whole URI
 * (vscode-json-languageservice, FilePatternAssociation), with its own glob: a `?` that matches
 * `/` too, a bracket or a `^`, `!`, `(`, `|` taken as written, braces that do not nest, no
 * `{1..3}` range, no extglob. So `/*.json` takes x/a.json, `/a?c/*.json` takes a/c/x.json, which
 * the config's `*.json` and `a?c/*.json` do not. init writes an association so that the editor
 * checks a file against the kind oms-lint gives it or against none: an entry's files are
 * excluded from the later associations by a pattern that takes at least them (coveringGlob), and
 * an association whose pattern takes more than its glob excludes what the later entries take
 * there (laterExclusion).
 */

/** Whether the glob's wildcards are only `*`, `**`, `?` and flat `{a,b}` braces, which VS Code's fileMatch reads as picomatch does or wider (a `?` crosses `/`, a pattern is matched at any depth). */
export function saysAtLeast(glob: string): boolean {
  return !/[[\]()\\!@+|^$]/.test(glob) && hasFlatBraces(glob);
}

/**
 * A glob whose fileMatch takes every file the config glob takes: the glob itself where VS Code
 * reads it at least as wide (saysAtLeast), its `?` as `*`, else every file under its folders
 * before the first segment that holds a wildcard (`orders/@(a|b).json` → `orders/**\/*`,
 * `!legacy/**` → `**\/*`). A `?` takes one character, and VS Code's one character of the URI:
 * a `#` or `?` there is three (`%23`), so `what?` excluded no folder named `what?` (audit of the
 * language server); `*` takes them.
 */
export function coveringGlob(glob: string): string {
  if (saysAtLeast(glob)) return glob.replaceAll("?", "*");
  const segments = glob.split("/");
  const wildcard = segments.findIndex((segment) => /[*?[\]{}()\\!@+|^$]/.test(segment));
  return [...segments.slice(0, wildcard), "**", "*"].join("/");
}

/**
 * Whether VS Code's fileMatch (as init writes one, from the folder: `/**\/orders/*.json`) takes
 * exactly the files picomatch's glob takes in the folder: rooted at `**`, no `?`, no `%`, and no
 * last `/**` (VS Code's takes `orders` and `ordersX.json` for `orders/**`). A `%` may stand for
 * a `#` or `?` of the URI (asMatchedInUri) or for itself: `/C%23/x.json` takes a folder named
 * C%23 as well as C#, which a later entry's glob may give another kind.
 */
export function saysExactly(fileMatch: string): boolean {
  return /^\/\*\*(?:\/|$)/.test(fileMatch) && !/[?%]/.test(fileMatch) && saysAtLeast(fileMatch) && !/.\/\*\*$/.test(fileMatch);
}

/**
 * What an association written as `inclusion` must exclude of a later entry's files, `covering`
 * being the later entry's covering fileMatch: nothing where the inclusion says its glob
 * exactly; where it says it but for its root (`/orders/*.json`, taken at any depth) and the
 * later entry's files all lie in one folder, the files of that folder which the inclusion takes
 * below it (`/orders/**\/orders/*.json`: orders/imports/*.json before orders/**\/*.json keeps
 * orders/imports/x.json); else every file the later entry takes.
 */
export function laterExclusion(inclusion: string, covering: string): string | undefined {
  if (saysExactly(inclusion)) return undefined;
  const folder = /^\/([^/*?[\]{}()\\!@+|^$]+)\//.exec(covering)?.[1];
  return saysExactly(`/**${inclusion}`) && folder !== undefined ? `/${folder}/**${inclusion}` : covering;
}
