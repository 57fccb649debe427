import { closeBrace, closeBracket, closingQuote, comma, openBrace, openBracket, quote } from "./jsonChars.js";
/** Which limit a payload passed: a level too deep, too many entries in one array or object, too many values in all. */
export type Limit = "depth" | "entries" | "values";

/** Where a text first holds more than its limits allow, and which limit that is. */
export interface Oversized {
  readonly offset: number;
  /** "depth": a bracket opens one level too many; "entries": one array or object holds too many; "values": the whole text does. */
  readonly limit: Limit;
  /** Where the count passed the limit: the bracket one level too deep, the start of the entry or value one too many (a comma alone starts none: `[1,]` holds one). */
  readonly foundAt: number;
}

export interface StructureLimits {
  readonly maxDepth: number;
  readonly maxEntries: number;
  readonly maxValues: number;
}


/**
 * Counts, without parsing, the entries of each array and object (elements, members) and
 * the values of the whole text, and stops at the first place where one passes its limit:
 * the bracket one level too deep, the opening bracket of the container with too many
 * entries, or the start of the value one too many. JSON.parse builds a value ~30
 * times the size of a text of empty objects, and the rules walk long lists item by item:
 * a text past a limit is refused before either runs. A repeated key counts each time it
 * is written. Loops only, and two numbers per open container; strings are skipped with
 * indexOf, so the scan costs about what JSON.parse does. `arrayLevels` bounds the entries of
 * only the arrays that many levels from the root or nearer (the root is at level 1), and of
 * every object: a language server message's params are spread as call arguments, and the
 * lists inside them are not (messageStructure.ts); the values limit still bounds those.
 */
export function findOversized(text: string, limits: StructureLimits, arrayLevels = Infinity): Oversized | undefined {
  const counted = countStructure(text, limits, arrayLevels);
  return typeof counted === "number" ? undefined : counted;
}

/** findOversized's count, with the values a text within the limits holds: a caller that keeps what it parses can weigh it (the language server's incoming queue). */
export function countStructure(text: string, { maxDepth, maxEntries, maxValues }: StructureLimits, arrayLevels = Infinity): Oversized | number {
  /** Per open container: its opening bracket and its entries so far. */
  const openers: number[] = [];
  const entries: number[] = [];
  // The root value (if the text holds one) is the first.
  let values = 1;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === quote) {
      i = closingQuote(text, i + 1);
    } else if (code === comma) {
      const top = entries.length - 1;
      if (top < 0) continue;
      const count = (entries[top] as number) + 1;
      entries[top] = count;
      if (count > maxEntries && entriesBounded(text, openers, top, arrayLevels)) return { offset: openers[top] as number, limit: "entries", foundAt: nextNonBlankOffset(text, i + 1) };
      if (++values > maxValues) {
        const next = nextNonBlankOffset(text, i + 1);
        return { offset: next, limit: "values", foundAt: next };
      }
    } else if (code === openBracket || code === openBrace) {
      if (openers.length >= maxDepth) return { offset: i, limit: "depth", foundAt: i };
      // An empty container has no entries; any other has one before its first comma.
      const first = nextNonBlankOffset(text, i + 1);
      const next = text.charCodeAt(first);
      const empty = next === closeBracket || next === closeBrace;
      openers.push(i);
      entries.push(empty ? 0 : 1);
      if (!empty && ++values > maxValues) return { offset: first, limit: "values", foundAt: first };
      if (!empty && maxEntries < 1 && entriesBounded(text, openers, openers.length - 1, arrayLevels)) return { offset: i, limit: "entries", foundAt: first };
    } else if (code === closeBracket || code === closeBrace) {
      openers.pop();
      entries.pop();
    }
  }
  return values;
}

/** Whether the entries of the open container at `top` (its level less one) are bounded: an object's always, an array's within `arrayLevels`. */
function entriesBounded(text: string, openers: readonly number[], top: number, arrayLevels: number): boolean {
  return top < arrayLevels || text.charCodeAt(openers[top] as number) === openBrace;
}

/** The offset of the first character at or after `from` that is not JSON whitespace (the text's end if none). */
function nextNonBlankOffset(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
    i++;
  }
  return i;
}

/**
 * Whether a text may hold more than `maxValues` values, by a bound that takes no parse:
 * every value but the root is an element or a member, and a container of n entries holds
 * n - 1 commas, so a text holds at most 1 + (its commas) + (its [ and {) values (those in
 * strings only raise the bound). Three indexOf scans cost a fraction of findOversized's
 * walk (a 50 MB order: ~0.05 s against ~0.4 s), which then runs only when the bound passes.
 */
export function mayHoldMoreValues(text: string, maxValues: number): boolean {
  let bound = 1;
  if (bound > maxValues) return true;
  for (const mark of [",", "[", "{"]) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      if (++bound > maxValues) return true;
    }
  }
  return false;
}
