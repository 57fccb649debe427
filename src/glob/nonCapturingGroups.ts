/**
 * An expression with each capturing group `(…)` made non-capturing `(?:…)`. picomatch writes an
 * extglob `@(x)` as a capturing group, and V8 refuses an expression of more than 65,535
 * captures ("Too many captures"): `{a,b}` nine times over, then `@(x)` 150 times, joined
 * 512 alternatives of 150 captures each, and a run ended in "internal error". Nothing reads
 * what a group captured (picomatch writes no backreference, and linearRegex refuses one), so the
 * match is the same. A `(` escaped or inside a class is itself, and a group that opens with
 * `(?` (non-capturing, a lookaround) is left as it is.
 */
export function nonCapturingGroups(source: string): string {
  return source.replace(/\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|\((?!\?)/g, (found) => (found === "(" ? "(?:" : found));
}
