/**
 * Text as it stands in the URI VS Code's JSON service matches a fileMatch on: the path as
 * URI.toString(true) writes it, raw but for `#` and `?` (vscode-uri's encodeURIComponentMinimal;
 * normalizeResourceForMatching). A file C#/x.json is matched as `C%23/x.json`, so a fileMatch
 * must say a literal `#` or `?` so too (found by the audit of the language server: `/C#/…` took
 * no file, and the catch-all's `!/C#/…` excluded none, which VS Code then checked as its kind).
 * A literal `%` is left as it is, as the URI leaves it: `C%23` names both C# and C%23.
 */
export function asMatchedInUri(text: string): string {
  return text.replaceAll("#", "%23").replaceAll("?", "%3F");
}

/**
 * A `json.schemas` fileMatch list as VS Code's JSON service reads it (vscode-json-languageservice,
 * FilePatternAssociation and utils/glob.ts createRegex, extended and globstar): each pattern is
 * matched as `**\/<pattern>` (a leading `/` dropped) on the file's whole URI, a `!` before one
 * takes files out, and the last pattern that matches decides. Its glob is not picomatch's: a `?`
 * matches `/` too, `[`…`]` are a regular expression's brackets, braces do not nest, and `!`, `(`,
 * `|`, `^`, `$`, `+`, `=`, `.` stand for themselves. Read here so that the language server leaves
 * a file's structure to the editor only where the editor checks it (editorChecked.ts).
 */
export function fileMatchMatcher(patterns: readonly string[]): (uri: string) => boolean {
  let wrappers: { regexp: RegExp; include: boolean }[];
  try {
    wrappers = patterns.flatMap((pattern) => {
      const include = !pattern.startsWith("!");
      const glob = include ? pattern : pattern.slice(1);
      return glob === "" ? [] : [{ regexp: fileMatchRegex(`**/${glob.replace(/^\//, "")}`), include }];
    });
  } catch {
    // As VS Code: a pattern that is no regular expression (`{a`) leaves the association matching nothing.
    wrappers = [];
  }
  return (uri) => wrappers.reduce((matched, { regexp, include }) => (regexp.test(uri) ? include : matched), false);
}

const escaped = new Set(["/", "$", "^", "+", ".", "(", ")", "=", "!", "|"]);

/** createRegex(glob, { extended: true, globstar: true }), as vscode-json-languageservice writes it. */
function fileMatchRegex(glob: string): RegExp {
  let source = "";
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (escaped.has(char)) source += `\\${char}`;
    else if (char === "?") source += ".";
    else if (char === "[" || char === "]") source += char;
    else if (char === "{") {
      inGroup = true;
      source += "(";
    } else if (char === "}") {
      inGroup = false;
      source += ")";
    } else if (char === ",") source += inGroup ? "|" : "\\,";
    else if (char === "*") {
      const before = glob[i - 1];
      let stars = 1;
      while (glob[i + 1] === "*") {
        stars++;
        i++;
      }
      const after = glob[i + 1];
      const globstar = stars > 1 && [undefined, "/", "{", ","].includes(before) && [undefined, "/", ",", "}"].includes(after);
      if (!globstar) source += "([^/]*)";
      else {
        if (after === "/") i++;
        else if (before === "/" && source.endsWith("\\/")) source = source.slice(0, -2);
        source += "((?:[^/]*(?:\\/|$))*)";
      }
    } else source += char;
  }
  return new RegExp(`^${source}$`);
}
