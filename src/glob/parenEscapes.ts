import { globTokens } from "./globTokens.js";

/**
 * A glob with each `(`, `)` and `|` that is not an extglob's written escaped, so that picomatch
 * reads it as itself. minimatch (ESLint) reads parentheses only as an extglob, `?(…)`, `*(…)`,
 * `+(…)`, `@(…)` or `!(…)` that closes: a `|` only inside one, a `)` only as the close of the
 * innermost one open, a `(` after no extglob character as itself (inside an extglob too:
 * `@(a(b)c)` is `a(b` followed by `c)`), and an extglob that does not close as its text (`*(` is a
 * star and a parenthesis, no wildcard). picomatch copies the rest into its regular expression:
 * `"ignores": ["order (1).json"]` was the group `( 1)` and ignored `order 1.json`, not
 * `order (1).json`, and `f(x|y).json` matched `fy.json`. A `+` that opens no extglob is itself
 * too, where picomatch let one quantify the next (`++b` matched `+b`). Escaped pairs and brackets are left as
 * they are (a bracket reads its own parentheses).
 */
export function parenEscapes(glob: string): string {
  const tokens = globTokens(glob);
  const closed = closedExtglobs(tokens);
  const open: boolean[] = [];
  const written: string[] = [];
  for (const [at, text] of tokens.entries()) {
    if (isExtglobOpening(text)) {
      open.push(closed.has(at));
      written.push(closed.has(at) ? text : `\\${text[0]}\\(`);
    } else if (text === ")" && open.length > 0) written.push(open.pop() === true ? text : "\\)");
    else if (text === "|") written.push(open.at(-1) === true ? text : "\\|");
    else if (text === "(" || text === ")" || text === "+") written.push(`\\${text}`);
    else if (text === "?" && /[(|)]$/.test(written.at(-1) ?? "") && !(written.at(-1) ?? "").startsWith("\\")) written.push(anyCharacter);
    else written.push(text);
  }
  return written.join("");
}

/**
 * A `?` right after an extglob's parenthesis, written as the bracket picomatch makes of a `?`:
 * picomatch reads a `?` after a parenthesis as its regular expression's, a quantifier after
 * `)` and a literal after `(`, so `@(a|b)?.json` became `(a|b)?\.json` and missed ax.json,
 * and `*(?)` matched only a `?`; minimatch reads a wildcard there as anywhere.
 */
const anyCharacter = "[!/]";

/** The characters that open an extglob with a `(` after them (`?(`, `*(`, `+(`, `@(`, `!(`). */
const extglobStart = new Set(["?", "*", "+", "@", "!"]);

/** Whether a token is an extglob's opening, `?(` `*(` `+(` `@(` `!(` (GlobTokens gives each as one token). */
export const isExtglobOpening = (text: string): boolean => text.length === 2 && text.endsWith("(") && extglobStart.has(text[0]!);

/**
 * The positions of the extglob openings that a later `)` closes (the innermost open one) with
 * no `/` between: minimatch cuts the glob at every `/` before it reads an extglob, so
 * `@(legacy/sub|tmp)/**` is the text `@(legacy`, `sub|tmp)` (ESLint ignores nothing with it),
 * where picomatch read a group and ignored legacy/sub/x.json and tmp/t.json.
 */
export function closedExtglobs(tokens: readonly string[]): Set<number> {
  const closed = new Set<number>();
  const open: number[] = [];
  let lastSlash = -1;
  tokens.forEach((text, at) => {
    if (isExtglobOpening(text)) open.push(at);
    else if (text.includes("/")) lastSlash = at;
    else if (text === ")" && open.length > 0) {
      const opening = open.pop()!;
      if (lastSlash < opening) closed.add(opening);
    }
  });
  return closed;
}
