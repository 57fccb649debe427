import { redacted } from "./secretLookalikes.js";
import { firstIndex } from "../source/firstIndex.js";
import type { RedactedSpan } from "./secretSpans.js";

/** The most of a value's head and tail a cut keeps: schemaWording's quote keeps 59 characters, messageTemplate's shorten 120 and 20 (21 past a surrogate pair). */
const [cutHead, cutTail] = [120, 21];

/** Whether one of the sorted texts starts with `probe` and is longer: if one does, the first text at or past `probe` in order does. */
function extends_(sorted: readonly string[], probe: string): boolean {
  const found = sorted[firstIndex(sorted.length, (i) => sorted[i]! >= probe)];
  return found !== undefined && found.length > probe.length && found.startsWith(probe);
}

const reversed = (text: string) => [...text].reverse().join("");

/**
 * Where a message shows a secret's first or last characters around the "…" of a cut, with text
 * written beside it (`"A` and 57 characters of a bearer token, then "…"; "…" and its last 20 and
 * the `x` written after it): a cut form of the secret alone does not match there (audit at
 * 73351ccf). Of `inside` characters or more, as a secret glued to text is found. The span takes
 * the "…" too. Found by search at each "…" over the secrets sorted (and their reversals, for the
 * tails), not by every head and tail kept as a form: those were ~130 strings a secret, and 20,000
 * 200-character secrets in a 4 MB request file made the run 1.4 GB (review of the fix).
 */
export function cutSecretEnds(secrets: Iterable<string>, inside: number): (message: string) => readonly RedactedSpan[] {
  const long = [...secrets].filter((secret) => secret.length > inside);
  const heads = [...new Set(long)].sort();
  const tails = [...new Set(long.map(reversed))].sort();
  return (message) => {
    const spans: RedactedSpan[] = [];
    if (heads.length === 0) return spans;
    for (let cut = message.indexOf("…"); cut !== -1; cut = message.indexOf("…", cut + 1)) {
      // The longest head that ends at the cut: from the farthest start a cut keeps.
      for (let at = Math.max(0, cut - cutHead); at <= cut - inside; at++) {
        if (extends_(heads, message.slice(at, cut))) {
          spans.push({ from: at, to: cut + 1, opening: redacted, closing: redacted });
          break;
        }
      }
      // The longest tail that starts after it.
      for (let length = Math.min(cutTail, message.length - cut - 1); length >= inside; length--) {
        if (extends_(tails, reversed(message.slice(cut + 1, cut + 1 + length)))) {
          spans.push({ from: cut, to: cut + 1 + length, opening: redacted, closing: redacted });
          break;
        }
      }
    }
    return spans;
  };
}
