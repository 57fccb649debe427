import { globTokens } from "./globTokens.js";

/**
 * A glob with each `^` and `$` outside a bracket written escaped, so that picomatch reads it as
 * itself, as minimatch (ESLint) does. picomatch's fast path (a glob with no `/`, bracket, brace
 * or parenthesis that opens with neither `*` nor `!`) escapes only the first character of a run
 * of one punctuation character: `a$$b.json` was `a\$$b\.json`, whose second `$` ends the text,
 * and `ignores: ["a$$b.json"]` ignored no file. A bracket's `^` negates it, and is left as it is.
 */
export function anchorEscapes(glob: string): string {
  return globTokens(glob)
    .map((text) => (text === "^" || text === "$" ? `\\${text}` : text))
    .join("");
}
