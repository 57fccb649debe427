import { quotedText } from "./argumentWords.js";
/**
 * "Did you mean …?": the known name nearest to a misspelt one, by Damerau-Levenshtein
 * distance (insertions, deletions, substitutions and transpositions of adjacent characters,
 * the unrestricted variant of Lowrance and Wagner), compared without regard to case.
 */

/** The Damerau-Levenshtein distance between two strings, counted in UTF-16 code units. */
export function damerauLevenshtein(a: string, b: string): number {
  const infinity = a.length + b.length;
  const width = b.length + 2;
  // Row i + 1 and column j + 1 of `d` hold the distance between a[0, i) and b[0, j);
  // row 0 and column 0 are the sentinel "infinity" the transposition step needs.
  const d = new Uint32Array((a.length + 2) * width);
  d[0] = infinity;
  for (let i = 0; i <= a.length; i++) {
    d[(i + 1) * width] = infinity;
    d[(i + 1) * width + 1] = i;
  }
  for (let j = 0; j <= b.length; j++) {
    d[j + 1] = infinity;
    d[width + j + 1] = j;
  }
  const lastRowOf = new Map<string, number>();
  for (let i = 1; i <= a.length; i++) {
    let lastMatchColumn = 0;
    for (let j = 1; j <= b.length; j++) {
      const i1 = lastRowOf.get(b[j - 1]!) ?? 0;
      const j1 = lastMatchColumn;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      if (cost === 0) lastMatchColumn = j;
      d[(i + 1) * width + j + 1] = Math.min(
        d[i * width + j]! + cost,
        d[(i + 1) * width + j]! + 1,
        d[i * width + j + 1]! + 1,
        d[i1 * width + j1]! + (i - i1 - 1) + 1 + (j - j1 - 1),
      );
    }
    lastRowOf.set(a[i - 1]!, i);
  }
  return d[(a.length + 1) * width + b.length + 1]!;
}

/** How far apart two names may be and still be a likely typo: 2 edits for names of 5 or more characters, else 1. */
function tolerance(a: string, b: string): number {
  return Math.min(a.length, b.length) >= 5 ? 2 : 1;
}

/**
 * The longest name a "did you mean" is looked for: the distance's work grows with the product
 * of two names' lengths, and a request file compares each custom data name sent with every
 * earlier one (two 20,000-character names took 13 s and 1.6 GB). No name the documents give
 * or take is near it: a custom data name holds at most 100 characters.
 */
export const nearestNameMaxLength = 256;

/**
 * The candidate nearest to `name` within tolerance (case-insensitively equal is distance 0),
 * the first listed on a tie; undefined when none is near, or when `name` is longer than
 * nearestNameMaxLength.
 */
export function nearestName(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > nearestNameMaxLength) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const limit = tolerance(name, candidate);
    // The distance is at least the difference in length: skip the quadratic work when that alone is too far.
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = damerauLevenshtein(lower, candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The words of every "unknown name" TypeError of the library (a setting, a rule, an option):
 * `unknown setting "onblocks" (did you mean "onBlocks"?); the settings are: …`. The name is
 * the caller's, quoted as a message quotes a payload's text (redacted, at most 160 characters).
 */
export function unknownName(what: string, name: string, known: readonly string[]): TypeError {
  const near = nearestName(name, known);
  const hint = near === undefined ? "" : ` (did you mean ${JSON.stringify(near)}?)`;
  return new TypeError(`unknown ${what} ${quotedText(name)}${hint}; the ${what}s are: ${known.join(", ")}`);
}
