import type { RuleContext, SourceFacts } from "../engine/rule.js";
import { writtenNumberPlace } from "../domain/writtenNumberPlace.js";
import { isLinePlace } from "./sourceWalk.js";

/**
 * The text's numbers that a double rounds or misreads, by pointer: those written past a double's
 * digits or misread by it (SourceFacts.writtenNumbers), and the integers past 2^53
 * (`9007199254740993` is read as 9007199254740992; the text's walk lists those apart, for
 * unsafe-integer). Not under a repeated key: which of its values the OMS reads is unknown
 * (duplicate-key's finding), and JSON.parse kept the last. Undefined without text (a library
 * value has only its doubles) or when there are none.
 */
export function numbersAsWritten(source: SourceFacts | undefined): ReadonlyMap<string, string> | undefined {
  if (source === undefined) return undefined;
  const repeated = new Set(source.duplicateKeys.map(({ path }) => path));
  const rounded = [...(source.writtenNumbers ?? []), ...source.unsafeIntegers];
  return byPath(repeated.size === 0 ? rounded : rounded.filter((fact) => !underRepeat(fact.path, repeated)));
}

/**
 * The literals of the orders' lines (their tax, price and quantity) that a double rounds or misreads, by pointer: the last
 * written at each place, as JSON.parse keeps it, under a repeated key too (the walk lists a line's places so, dropping an
 * earlier literal when a later value arrives). Read as written like any other: the audit of 3f1d2975 found the earlier
 * literal of `"actualPrice": 1.00000000000000001, "actualPrice": 1` quoted, the line's written reading called unknown and
 * its 50% a warning; past 1,001 repeats, 4503599627370497.4 then 1 was read as the earlier. Undefined without text, or
 * when there are none.
 */
export function lineNumbersAsWritten(source: SourceFacts | undefined): ReadonlyMap<string, string> | undefined {
  return byPath((source?.writtenNumbers ?? []).filter((fact) => isLinePlace(fact.path)));
}

/** The literals by pointer (the last at a pointer wins, as JSON.parse keeps it); undefined where there are none. */
function byPath(facts: readonly { readonly path: string; readonly raw: string }[]): ReadonlyMap<string, string> | undefined {
  return facts.length === 0 ? undefined : new Map(facts.map((fact) => [fact.path, fact.raw]));
}

/**
 * Whether the pointer is a repeated key's or under one: each of its ancestors looked up, not every repeat compared
 * (a line's long literals are all listed: 200,000 of them beside 1,001 repeats took 18 s compared each to each).
 */
function underRepeat(path: string, repeated: ReadonlySet<string>): boolean {
  for (let end = path.length; end > 0; end = path.lastIndexOf("/", end - 1)) if (repeated.has(path.slice(0, end))) return true;
  return false;
}

/**
 * A payment's maxAmount as the text writes it, where its double (`maxAmount`, not above 0) may
 * misread it; undefined where the double is all there is, or says the same. Ask only of a
 * double not above 0: the first question of a payload may scan its text (FactsOnDemand). The
 * rules of maxAmount read it so and share one map a payload (the first to ask makes it).
 */
export function maxAmountAsWritten(context: Pick<RuleContext, "source" | "memo">, path: string): string | undefined {
  return context.memo(numbersAsWritten, () => numbersAsWritten(context.source))?.get(path);
}

/**
 * Whether a maxAmount whose double is -1 holds -1 as written: JSON.parse reads
 * `-1.0000000000000000001` as -1, which is then max-amount's error, not a "no maximum amount".
 * Every literal written at the pointer counts, a repeated key's too (numbersAsWritten leaves
 * those out, since which one the OMS reads is unknown): a rule that calls it -1 and offers null
 * must have read as -1 whatever literal its fix may replace. Past the list's cap
 * (SourceFacts.maxAmountsLeftOut), one it does not list may be anything: not called -1.
 */
export function isMinusOneAsWritten(context: Pick<RuleContext, "source" | "memo">, path: string): boolean {
  const { listed, notMinusOne } = context.memo(maxAmountsListed, () => maxAmountsListed(context.source));
  return !notMinusOne.has(path) && (listed.has(path) || context.source?.maxAmountsLeftOut !== true);
}

/** The pointers at which the text's listed literals stand, and those of them that are no -1 as written (repeated keys included). */
function maxAmountsListed(source: SourceFacts | undefined): { listed: ReadonlySet<string>; notMinusOne: ReadonlySet<string> } {
  const written = source?.writtenNumbers ?? [];
  return {
    listed: new Set(written.map(({ path }) => path)),
    notMinusOne: new Set(written.filter(({ raw }) => writtenNumberPlace(raw) !== "minusOne").map(({ path }) => path)),
  };
}
