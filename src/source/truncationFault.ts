import type { Span } from "./range.js";
import { openedAt, ownPlaceName, type PlaceName } from "./placeName.js";

/** The last token of a text cut short, as far as what must follow it goes. */
type LastToken = "opener" | "value" | "colon" | "key" | "comma";

interface OpenBracket {
  readonly offset: number;
  readonly object: boolean;
}

/** What the scan of a cut text found: the brackets still open (outermost first) and its last token. */
interface CutText {
  readonly open: readonly OpenBracket[];
  readonly last: LastToken | undefined;
}

/** What each last token still needs before the innermost bracket can close, said and written. */
const missing: Record<Exclude<LastToken, "opener" | "value">, (object: boolean) => { readonly says: string; readonly add: string }> = {
  colon: () => ({ says: 'a value is missing after ":"', add: "a value" }),
  key: () => ({ says: '":" and a value are missing after the property name', add: '": " and a value' }),
  comma: (object) => {
    const next = object ? "member" : "element";
    return { says: `the next ${next} is missing after "," (or remove the comma)`, add: `a${object ? " member" : "n element"} or remove the ","` };
  },
};

/** Closers written out in a hint at most: past them the hint counts them. */
const closersWritten = 8;

/**
 * The text stops before the value is complete. Told at the end of the text, where the text must go
 * on (a file cut at line 5,000 was told at line 1, at its first bracket), and by what the last token
 * still needs: after `{"a": ` the old hint "add }" gave `{"a": }`, no more JSON than before
 * (found by the audit of the report formats). The bracket left open is named with its place, as
 * `placeName` names it (a request body's in its request file).
 */
export function truncationFault(text: string, placeName: PlaceName = ownPlaceName(text)): Span & { readonly message: string } {
  const { open, last } = scanCut(text);
  const end = { offset: text.length, length: 0 };
  const innermost = open.at(-1);
  if (innermost === undefined) return { ...end, message: "the text ends before the JSON value is complete" };
  const bracket = innermost.object ? "{" : "[";
  const closers = closersOf(open);
  const need = last === undefined || last === "opener" || last === "value" ? undefined : missing[last](innermost.object);
  const neverClosed = `the ${bracket} ${openedAt(innermost.offset, placeName)} is never closed`;
  const message = need
    ? `the text ends before the JSON is complete: ${need.says}, and ${neverClosed} (add ${need.add}, then ${closers})`
    : `the text ends before the JSON is complete: ${neverClosed} (add ${closers})`;
  return { ...end, message };
}

/** The closers of every open bracket, innermost first (`]}`), or the innermost's with a count of the rest. */
function closersOf(open: readonly OpenBracket[]): string {
  const closer = (bracket: OpenBracket) => (bracket.object ? "}" : "]");
  if (open.length <= closersWritten) return open.map(closer).reverse().join("");
  return `${closer(open.at(-1)!)} and the closers of the ${(open.length - 1).toLocaleString("en-US")} brackets around it`;
}

const isBlank = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r";
const delimiter = /[ \t\r\n{}[\],:"]/;

/** One pass over the text (strings skipped): which brackets are open at its end, and what came last. */
function scanCut(text: string): CutText {
  const open: { offset: number; object: boolean; keyNext: boolean }[] = [];
  let last: LastToken | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (isBlank(c)) continue;
    const top = open.at(-1);
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"' && text[i] !== "\n" && text[i] !== "\r"; i++) if (text[i] === "\\") i++;
      last = top?.object && top.keyNext ? "key" : "value";
      if (top) top.keyNext = false;
    } else if (c === "{" || c === "[") {
      open.push({ offset: i, object: c === "{", keyNext: c === "{" });
      last = "opener";
    } else if (c === "}" || c === "]") {
      open.pop();
      last = "value";
    } else if (c === ",") {
      if (top) top.keyNext = top.object;
      last = "comma";
    } else if (c === ":") {
      last = "colon";
    } else {
      while (i + 1 < text.length && !delimiter.test(text[i + 1] as string)) i++;
      last = "value";
    }
  }
  return { open: open.map(({ offset, object }) => ({ offset, object })), last };
}
