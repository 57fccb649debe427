/**
 * A glob's braces expanded as ESLint reads them: minimatch (its `braceExpand`) hands the whole
 * pattern to brace-expansion, which follows bash, before it reads anything else, and matches
 * a path that any of the results matches. picomatch reads braces itself, inside its regular
 * expression, and differs: without `expandRange` it wrote `{1..12}` as the class `[1-12]` and
 * `{8..12}` as `[12-8]` (orders-10.json was linted under `ignores: ["orders-{10..11}.json"]`,
 * orders-1.json dropped), and `{**\/*.order.json,orders/*.json}` missed a.order.json, which
 * `**\/*.order.json` alone matches.
 *
 * Read here, as brace-expansion 5 reads them: `{a,b}` sets (nested, `{a,{b,c}}`), numeric
 * sequences `{1..12}`, `{01..12}` (zero-padded to the wider end), `{1..10..2}`, `{-1..1}`,
 * `{5..1}` and letter ones `{a..e}`; a set after `$` is literal, as is a leading `{}`; a `{x}`
 * with neither comma nor range is literal, and with it the rest of the glob (bash's `{a},b}`
 * quirk kept); an unmatched `{` is literal. A backslash pair is one character, never a brace
 * or a comma, and stays escaped in the result (brace-expansion unescapes `\{` to a `{` that
 * minimatch then reads as itself: the same text).
 *
 * A range keepsRange accepts stays one value, a rangeToken (globMatcher splices its expression
 * in after picomatch has read the rest: rangePlaceholders): the caller matches it as an expression of its values, and `{1..999}` costs one alternative, not 999.
 *
 * Bounded: past `max` results, the answer is undefined (see globMatcher for what then), and
 * the work done to find that out is bounded by `max` times the glob's length.
 */
export function expandBraces(glob: string, max: number, keepsRange: (body: string) => boolean = () => false): readonly string[] | undefined {
  // minimatch's own shortcut: no `{`…`}` on one line, nothing to expand.
  if (!/\{(?:(?!\{).)*\}/.test(glob)) return [glob];
  const start = glob.startsWith("{}") ? `\\{\\}${glob.slice(2)}` : glob;
  try {
    // An empty result names no path (oms-lint matches none), and one said twice is matched once.
    return [...new Set(expand(start, max, keepsRange))].filter((alternative) => alternative !== "");
  } catch (error) {
    if (error instanceof TooMany) return undefined;
    throw error;
  }
}

/** The values of a sequence body (`1..12`, `01..12`, `1..10..2`, `a..e`), as brace-expansion writes them; undefined for no sequence. */
function sequenceValues(body: string, max: number): readonly string[] | undefined {
  const sequence = sequenceOf(body);
  if (sequence === undefined) return undefined;
  const values: string[] = [];
  for (const value of sequence) {
    if (values.length === max) throw new TooMany();
    values.push(value);
  }
  return values;
}

/** A sequence's values one by one (a range of a billion costs only those taken). */
export function sequenceOf(body: string): Iterable<string> | undefined {
  const numeric = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(body);
  if (!numeric && !/^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(body)) return undefined;
  const [first = "", last = "", step] = body.split("..");
  const from = numeric ? parseInt(first, 10) : first.charCodeAt(0);
  const to = numeric ? parseInt(last, 10) : last.charCodeAt(0);
  const width = isPadded(first) || isPadded(last) ? Math.max(first.length, last.length) : 0;
  const stride = Math.max(Math.abs(step === undefined ? 1 : parseInt(step, 10)), 1) * (to < from ? -1 : 1);
  return (function* values() {
    for (let at = from; to < from ? at >= to : at <= to; at += stride) yield numeric ? padded(at, width) : letter(at);
  })();
}

/** A range kept whole: text no glob holds, between characters of Unicode's private use area. */
const rangeToken = (body: string): string => `\uE000${body}\uE001`;

/** More results than the bound: thrown to stop the expansion at once. */
class TooMany extends Error {}

const isPadded = (end: string): boolean => /^-?0\d/.test(end);

function padded(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(value < 0 ? width - 1 : width, "0");
  return value < 0 ? `-${digits}` : digits;
}

/** A letter sequence's character; brace-expansion leaves out the backslash (`{Z..a}`). */
const letter = (code: number): string => (code === 92 ? "" : String.fromCharCode(code));

/** A `{`…`}` group: where it opens and closes in the text. */
interface Group {
  readonly open: number;
  readonly close: number;
}

/**
 * The first balanced group, as balanced-match's `range` finds it, over the braces that are not
 * escaped: the first `}` closes the innermost `{` open before it, and an outer `{` left without
 * its `}` stays text (`{a{b}` has the group `{b}`).
 */
function firstGroup(text: string): Group | undefined {
  const opens: number[] = [];
  let fallback: Group | undefined;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === "\\") at++;
    else if (char === "{") opens.push(at);
    else if (char === "}" && opens.length > 0) {
      const open = opens.pop()!;
      if (opens.length === 0) return { open, close: at };
      if (fallback === undefined || open < fallback.open) fallback = { open, close: at };
    }
  }
  return fallback;
}

/**
 * A set's body split at its commas, but those inside a nested group or escaped (brace-expansion's
 * parseCommaParts: each group found as firstGroup finds it is kept whole).
 */
function commaParts(body: string): string[] {
  const parts: string[] = [];
  let carry = "";
  for (let rest = body; ; ) {
    const group = firstGroup(rest);
    const pieces = splitAtCommas(group === undefined ? rest : rest.slice(0, group.open));
    pieces[0] = carry + pieces[0]!;
    if (group === undefined) return [...parts, ...pieces];
    pieces[pieces.length - 1] += rest.slice(group.open, group.close + 1);
    rest = rest.slice(group.close + 1);
    if (rest === "") return [...parts, ...pieces];
    carry = pieces.pop()!;
    for (const piece of pieces) parts.push(piece);
  }
}

/** Text split at its commas that are not escaped. */
function splitAtCommas(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    if (text[at] === "\\") at++;
    else if (text[at] === ",") {
      pieces.push(text.slice(from, at));
      from = at + 1;
    }
  }
  pieces.push(text.slice(from));
  return pieces;
}

const withoutEscapes = (text: string): string => text.replace(/\\[\s\S]/g, "__");

/** Whether a comma comes before a later `}` on the same line: bash's `{a},b}` reads as `{a}` and `b` (brace-expansion's rewrite). */
const commaSetFollows = (text: string): boolean => /,(?!,)[^\n\r\u2028\u2029]*\}/.test(withoutEscapes(text));

/** brace-expansion's bound on the `{a},b}` rewrites of one text (each reads it all again): past it, the rest is text. */
const maxRewrites = 1000;

/** brace-expansion's bound on nesting: deeper, the rest is text. */
const maxDepth = 1000;

/** The expansions of a text, its groups taken left to right (a chain of them costs no stack). */
function expand(text: string, max: number, keepsRange: (body: string) => boolean, depth = 0): string[] {
  if (depth > maxDepth) return [text];
  let results = [""];
  let rest = text;
  let rewrites = 0;
  const joined = (values: readonly string[], pre: string): string[] => {
    if (results.length * values.length > max) throw new TooMany();
    return results.flatMap((result) => values.map((value) => `${result}${pre}${value}`));
  };
  for (;;) {
    const group = firstGroup(rest);
    if (group === undefined) return joined([rest], "");
    const pre = rest.slice(0, group.open);
    const body = rest.slice(group.open + 1, group.close);
    const post = rest.slice(group.close + 1);
    const sequence = keepsRange(body) ? [rangeToken(body)] : sequenceValues(body, max);
    if (pre.endsWith("$")) results = joined([`{${body}}`], pre);
    else if (sequence !== undefined) results = joined(sequence, pre);
    else if (withoutEscapes(body).includes(",")) results = joined(setValues(body, max, keepsRange, depth), pre);
    else if (rewrites++ < maxRewrites && commaSetFollows(post)) {
      // `{a},b}`: the group's `}` is taken as text, and the scan starts again (brace-expansion's rewrite).
      rest = `${pre}{${body}\\}${post}`;
      continue;
    } else return joined([rest], "");
    if (post === "") return results;
    rest = post;
  }
}

/** A comma set's values, each part expanded; a set of one part (`{{a,b}}`) keeps its braces: `{a}`, `{b}`. */
function setValues(body: string, max: number, keepsRange: (body: string) => boolean, depth: number): string[] {
  const parts = commaParts(body);
  if (parts.length === 1) return expand(parts[0]!, max, keepsRange, depth + 1).map((part) => `{${part}}`);
  const values = parts.flatMap((part) => expand(part, max, keepsRange, depth + 1));
  if (values.length > max) throw new TooMany();
  return values;
}
