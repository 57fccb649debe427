import { GlobTokens } from "./globTokens.js";

/**
 * A glob whose brackets that span a `/` are text, as minimatch reads them: it cuts the glob at
 * every `/` before it reads a bracket, so `a[/]b` is the names `a[` and `]b` (it matches the path
 * a[/]b, never a/b), and `[a/b]` is `[a` and `b]`. picomatch read them as classes, and `a[/]b`
 * matched a/b. Such a bracket's `[` is written escaped; what it held is read as the rest of the glob.
 */
export function slashBrackets(glob: string): string {
  const tokens = new GlobTokens(glob);
  let written = "";
  for (let at = 0; at < glob.length; ) {
    const found = glob.slice(at, tokens.endOf(at));
    const spansSlash = found.length > 1 && found.startsWith("[") && found.includes("/");
    written += spansSlash ? "\\[" : found;
    at += spansSlash ? 1 : found.length;
  }
  return written;
}
