import toRegexRange from "to-regex-range";

/**
 * A numeric range's values (`1..100000`, `-3..3`, `5..1`) as one regular expression
 * (to-regex-range), of a size that grows with its ends' digits, not with its count of values:
 * written out, `orders-{1..100000}-{1..100000}.json` took 521 MB. Only what brace-expansion and
 * to-regex-range read alike: steps of one, no zero padding (brace-expansion pads `{-05..5}` to
 * `000`), ends within the numbers a double holds exactly. undefined for any other range.
 */
export function rangeExpression(body: string): string | undefined {
  const ends = /^(-?(?:0|[1-9]\d{0,14}))\.\.(-?(?:0|[1-9]\d{0,14}))(?:\.\.(-?1))?$/.exec(body);
  if (ends === null || ends[1] === "-0" || ends[2] === "-0") return undefined;
  const [from, to] = [Number(ends[1]), Number(ends[2])];
  // to-regex-range writes one value bare (`5`); grouped, it stays one item wherever it stands.
  return `(?:${toRegexRange(Math.min(from, to), Math.max(from, to))})`;
}
