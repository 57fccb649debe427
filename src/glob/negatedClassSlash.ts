/**
 * picomatch's expression with `/` in every negated class, so that a bracket matches one
 * character of a name, as ESLint (minimatch) reads it. picomatch adds the `/` to `[!a]`
 * (`[^a/]`) but not to a negated class that holds a POSIX class: `[![:digit:]]` became `[^0-9]`,
 * and `a[![:digit:]]b` matched the path a/b. Escapes and the other classes are kept as they are.
 */
export function negatedClassSlash(source: string): string {
  return source.replace(/\\[\s\S]|\[(\^?)((?:\\[\s\S]|[^\]\\])*)\]/g, (found, caret?: string, inside?: string) =>
    caret === "^" && inside !== undefined && !inside.replace(/\\[\s\S]/g, "").includes("/") ? `[^${inside}/]` : found,
  );
}

/**
 * picomatch's expression with no class that matches a `/`, as git reads a bracket (wildmatch
 * never matches a `/` with one): each class not negated (negatedClassSlash has those) is
 * preceded by `(?!\/)`, so `[/d]` matches only `d`.
 */
export function classSlash(source: string): string {
  return source.replace(/\\[\s\S]|\[(?!\^)(?:\\[\s\S]|[^\]\\])*\]/g, (found) => (found.startsWith("[") ? `(?:(?!\\/)${found})` : found));
}
