/**
 * A glob with each `(`, `)` and `|` that is not an extglob's written escaped, so that picomatch
 * reads it as itself. minimatch (ESLint) reads parentheses only as an extglob, `?(…)`, `*(…)`,
 * `+(…)`, `@(…)` or `!(…)` that closes: a `|` only inside one, a `)` only as the close of the
 * innermost one open, a `(` after no extglob character as itself (inside an extglob too:
 * `@(a(b)c)` is `a(b` followed by `c)`), and an extglob that does not close as its text (`*(` is a
 * star and a parenthesis, no wildcard). picomatch copies the rest into its regular expression:
 * `"ignores": ["order (1).json"]` was the group `( 1)` and ignored `order 1.json`, not
 * `order (1).json`, and `f(x|y).json` matched `fy.json`. Escaped pairs and brackets are left as
 * they are (a bracket reads its own parentheses).
 */
export function parenEscapes(glob: string): string {
  const tokens = glob.match(globToken) ?? [];
  const closed = closedExtglobs(tokens);
  const open: boolean[] = [];
  return tokens
    .map((text, at) => {
      if (text.length === 2 && text.endsWith("(") && extglobStart.has(text[0]!)) {
        open.push(closed.has(at));
        return closed.has(at) ? text : `\\${text[0]}\\(`;
      }
      if (text === ")" && open.length > 0) return open.pop() === true ? text : "\\)";
      if (text === "|") return open.at(-1) === true ? text : "\\|";
      return text === "(" || text === ")" ? `\\${text}` : text;
    })
    .join("");
}

export const extglobStart = new Set(["?", "*", "+", "@", "!"]);

/**
 * An escaped pair, a bracket expression (as punctClass reads one), an extglob's opening, a
 * parenthesis or bar, or any other character.
 */
export const globToken = /\\[\s\S]|\[[!^]?\]?(?:\[:[a-z]+:\]|\\[\s\S]|\[(?!:)|[^\]\\[])*\]|[?*+@!]\(|[()|]|[\s\S]/g;

/** The positions of the extglob openings that a later `)` closes (the innermost open one). */
export function closedExtglobs(tokens: readonly string[]): Set<number> {
  const closed = new Set<number>();
  const open: number[] = [];
  tokens.forEach((text, at) => {
    if (text.length === 2 && text.endsWith("(") && extglobStart.has(text[0]!)) open.push(at);
    else if (text === ")" && open.length > 0) closed.add(open.pop()!);
  });
  return closed;
}
