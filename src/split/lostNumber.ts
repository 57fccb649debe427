/** A number literal of the source whose value JSON.parse and JSON.stringify would change. */
export interface LostNumber {
  /** The literal as written (at most 40 characters of it). */
  readonly written: string;
  /** What the children would hold instead ("null", "0", "1"). */
  readonly becomes: string;
  /** Its offset in the text. */
  readonly offset: number;
}

const numberToken = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/**
 * The first number of a JSON text that would not come back as written once parsed and
 * written again: beyond the double range (`1e999` → null), below it (`1e-999` → 0), a
 * negative zero (`-0` → 0), or with more digits than a double keeps (`1.0000000000000000001`
 * → 1). Other spellings of the same value (`1.50`, `1E2`) are not lost: only the value
 * counts. One pass over the text, strings skipped; the text must be JSON already.
 */
export function firstLostNumber(text: string): LostNumber | undefined {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 34 /* " */) {
      at = endOfString(text, at);
    } else if (code === 45 /* - */ || (code >= 48 && code <= 57)) {
      numberToken.lastIndex = at;
      const written = numberToken.exec(text)?.[0] ?? text[at]!;
      const becomes = JSON.stringify(Number(written));
      if (!sameDecimal(written, becomes)) return { written: written.length > 40 ? `${written.slice(0, 37)}...` : written, becomes, offset: at };
      at += written.length - 1;
    }
  }
  return undefined;
}

/** The index of a string's closing quote (escapes skipped). */
function endOfString(text: string, open: number): number {
  for (let at = open + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 92 /* \ */) at++;
    else if (code === 34) return at;
  }
  return text.length;
}

/** Whether two number literals name the same decimal value, sign of zero included. */
function sameDecimal(a: string, b: string): boolean {
  const [x, y] = [canonical(a), canonical(b)];
  return x !== undefined && y !== undefined && x === y;
}

/** "-1.500e2" → "-15e1": sign, significant digits, exponent. Undefined for "null" (a non-finite value). */
function canonical(literal: string): string | undefined {
  numberToken.lastIndex = 0;
  if (numberToken.exec(literal)?.[0] !== literal) return undefined;
  const sign = literal.startsWith("-") ? "-" : "";
  const unsigned = literal.slice(sign.length);
  const e = unsigned.search(/[eE]/);
  const mantissa = e < 0 ? unsigned : unsigned.slice(0, e);
  const point = mantissa.indexOf(".");
  const fraction = point < 0 ? "" : mantissa.slice(point + 1);
  const all = point < 0 ? mantissa : mantissa.slice(0, point) + fraction;
  // Loops, not /0+$/: a regular expression would retry every start in a long run of zeros.
  let first = 0;
  while (first < all.length && all.charCodeAt(first) === 48) first++;
  if (first === all.length) return `${sign}0`;
  let end = all.length;
  while (all.charCodeAt(end - 1) === 48) end--;
  const power = BigInt(e < 0 ? 0 : unsigned.slice(e + 1)) - BigInt(fraction.length) + BigInt(all.length - end);
  return `${sign}${all.slice(first, end)}e${power}`;
}
