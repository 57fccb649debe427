import type { SourceFacts } from "../engine/rule.js";
import { lineStarts, positionAt, positionIn } from "./lineIndex.js";
import { countKeyTokens } from "./keyTokens.js";
import { findOversized, mayHoldMoreValues, type Oversized, type StructureLimits } from "./entryCount.js";
import { findTooDeep, tooDenseToBuildFirst } from "./nestingDepth.js";
import { limitEvidence, limitMessage, textWording, type LimitHints, type LimitWording } from "./limitMessages.js";
import { withoutByteOrderMark } from "./byteOrderMark.js";
import { ownField } from "../engine/ownField.js";
import { describeFault, syntaxFaultOffset, type Fault } from "./parseFault.js";
import type { PlaceName } from "./placeName.js";
import type { SourceRange, Span } from "./range.js";
import { collectFacts, locatePointers, mayHoldWrittenNumber } from "./sourceWalk.js";
import { stringOffsets } from "./stringOffsets.js";
import { limitPointer } from "./limitPlace.js";
import { surveyValue } from "./valueSurvey.js";
import { prototypeAnswersFields } from "../json/unsentKeys.js";
import { nullPrototypeCopy } from "../json/nullPrototypeCopy.js";

/** How deep a payload may nest before oms-lint refuses it (no order nests past a dozen levels). */
export const defaultMaxDepth = 1000;

/**
 * How many elements one array (or members one object) may hold before oms-lint refuses the
 * payload. No order has 100,000 items, payments or custom data keys; the rules walk such
 * lists item by item, so a hostile list of millions would cost gigabytes.
 */
export const defaultMaxEntries = 100_000;

/**
 * How many values (objects, arrays, strings, numbers, literals) a payload may hold. A 50 MB
 * order of 66,000 items holds 1.7 million; JSON.parse spends ~100 bytes on each, so 5
 * million keeps what it builds for any text under half a gigabyte.
 */
export const defaultMaxValues = 5_000_000;

export type { LimitHints };

export interface ParseSourceOptions {
  /** Levels of [ and { allowed; deeper text is one fatal diagnostic. Default 1000. */
  readonly maxDepth?: number;
  /** Entries allowed in one array or object; more is one fatal diagnostic. Default 100,000. */
  readonly maxEntries?: number;
  /** Values allowed in the whole text; more is one fatal diagnostic. Default 5,000,000. */
  readonly maxValues?: number;
  /**
   * What the verdict past a limit says of it, in its closing parenthesis: where the reader
   * changes the limit. Default: the library's option names (`the maxDepth option`); the
   * command line, the language server, the ESLint plugin and the config file give their own.
   */
  readonly limitHints?: LimitHints;
  /** How the verdict past a limit speaks of the text: default a payload's JSON (textWording); a file of oms-lint's own, whose limits are its layout's, gives its own. */
  readonly limitWording?: LimitWording;
  /** What the text is, as a fault about its one value names it: default "a payload"; a config file, the suppressions file say so. */
  readonly document?: string;
  /** How a fault's message names another place of the text (a bracket never closed): default its own line and column; a request body's lint names the file's (placeName.ts). */
  readonly placeName?: PlaceName;
}

/** A text JSON.parse accepted: its value, the facts only the text holds, and where things stand in it. */
export interface ParsedJson {
  readonly ok: true;
  readonly value: unknown;
  readonly facts: SourceFacts;
  readonly locate: SourceLocator;
}

/** A text that is not JSON, or passes a limit: one fault, placed. */
export interface FailedParse {
  readonly ok: false;
  readonly fault: Fault;
  readonly range: SourceRange;
  /** The JSON Pointer of the value where a limit was passed (limitPointer); "" for a syntax fault, which no value holds. */
  readonly path: string;
  /** "stated" for a syntax fault (the documents give JSON as the format); a limit's is limitEvidence. */
  readonly evidence: "stated" | typeof limitEvidence;
}

export type ParsedSource = ParsedJson | FailedParse;

/** Places pointers and spans of one text, walking it only when asked. */
/** Characters [from, to) of the string at a pointer (see SourceLocator.inString). */
export interface StringPlace {
  readonly path: string;
  readonly from: number;
  readonly to: number;
}

export interface SourceLocator {
  /** The value at the pointer; for a missing property, the opening of the nearest value that exists. */
  pointer(path: string): SourceRange;
  /** The same for many pointers, in one walk of the text. */
  pointers(paths: readonly string[]): SourceRange[];
  /** The key of the property each pointer names (its value's place when it names no property of the text). */
  keys(paths: readonly string[]): SourceRange[];
  /**
   * Characters [from, to) of the string at the pointer, counted as JSON.parse gives them (an
   * escape is the one character it stands for); the value's place when it is no string.
   */
  inString(path: string, from: number, to: number): SourceRange;
  /** The same for many strings, in one walk of the text. */
  inStrings(places: readonly StringPlace[]): SourceRange[];
  span(span: Span): SourceRange;
}

const none: readonly never[] = [];

/**
 * The facts of a text with no repeated key and no integer beyond 2^53 (nearly every one):
 * its numbers as written are looked for only when a rule asks for them (the tax cap, for a
 * line near its cap; max-amount, for a maxAmount whose double is not above 0), so a text whose
 * lines are all clearly within it, and whose limits are positive or null, pays no scan for them.
 */
class FactsOnDemand implements SourceFacts {
  readonly duplicateKeys = none;
  readonly unsafeIntegers = none;
  readonly holdsUnsafeNumber = false;
  private written: SourceFacts | undefined;
  private looked = false;
  constructor(private readonly text: string) {}
  get writtenNumbers(): SourceFacts["writtenNumbers"] {
    return this.lookedFor()?.writtenNumbers;
  }
  get maxAmountsLeftOut(): SourceFacts["maxAmountsLeftOut"] {
    return this.lookedFor()?.maxAmountsLeftOut;
  }
  /** The text's facts, walked for once, where it may hold a number read as written. */
  private lookedFor(): SourceFacts | undefined {
    if (!this.looked) [this.written, this.looked] = [mayHoldWrittenNumber(this.text) ? collectFacts(this.text) : undefined, true];
    return this.written;
  }
}
/**
 * Read → parse: the value, with positions on demand. JSON.parse does the work (several
 * times faster than any located parser); the text is walked token by token only when a
 * cheap check suspects a repeated key or a huge integer, or when a diagnostic must be placed.
 */
export function parseSource(input: string, options: ParseSourceOptions = {}): ParsedSource {
  const text = withoutByteOrderMark(input);
  // The options given, each read as their own: a caller's object that leaves one out (a request file's search query,
  // a body) read a polluted Object.prototype.maxEntries as its limit, or .limitWording as its words, and threw.
  const maxDepth = ownField(options, "maxDepth") ?? defaultMaxDepth;
  const maxEntries = ownField(options, "maxEntries") ?? defaultMaxEntries;
  const maxValues = ownField(options, "maxValues") ?? defaultMaxValues;
  const [hints, wording] = [ownField(options, "limitHints"), ownField(options, "limitWording")];
  // Built only for a verdict: a text within the limits (nearly every one) allocates nothing here.
  const limits = (): HintedLimits => ({ maxDepth, maxEntries, maxValues, hints, wording });
  // Every value takes at least one character and a separator: a shorter text cannot hold
  // too many, and its value is small enough to build and then count. A longer one is
  // walked only when its commas and brackets allow too many values.
  const long = text.length >= 2 * maxValues - 1;
  const valuesCounted = long && mayHoldMoreValues(text, maxValues);
  // A shorter text is held to the depth before JSON.parse builds every level (found by the
  // hostile-input audit: 4.8 million [ then as many ], a 9.6 MB request body, took 5.4 s and
  // 545 MB to be refused once built), by a loop that builds nothing; a text of no more
  // brackets than the limit (the documents' example) is passed by two indexOf scans. A
  // longer one that passes the values bound (a clean 50 MB order) is parsed first, unless its
  // brackets are too dense to build cheaply (tooDenseToBuildFirst: the same 4.8 million levels
  // with padding past the length): the loop would add about half of JSON.parse's time to it.
  const depthCounted = !valuesCounted && (!long || tooDenseToBuildFirst(text, maxDepth));
  if (valuesCounted) {
    const oversized = findOversized(text, { maxDepth, maxEntries, maxValues });
    if (oversized) return pastLimit(text, oversized, limits());
  } else if (depthCounted) {
    const tooDeep = findTooDeep(text, maxDepth);
    if (tooDeep >= 0) return pastLimit(text, firstPast(text, maxDepth, maxEntries) ?? { offset: tooDeep, limit: "depth" }, limits());
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The fault finder recurses once per level: a long text nested past the limit stops here first.
    const tooDeep = long && !depthCounted ? findTooDeep(text, maxDepth) : -1;
    if (tooDeep >= 0) return pastLimit(text, { offset: tooDeep, limit: "depth" }, limits());
    // The first fault in the text wins here too (found by the hostile-input audit: an array of
    // 3.3 million {} closed by a trailing comma was told of the comma, 9.9 million characters
    // in, and without the comma of its 100,001st element): a limit counted past in the JSON
    // before the syntax fault is the verdict.
    const oversized = firstPast(text, maxDepth, maxEntries);
    if (oversized && oversized.foundAt < syntaxFaultOffset(text)) return pastLimit(text, oversized, limits());
    return failed(text, describeFault(text, (error as Error).message, ownField(options, "document"), ownField(options, "placeName")));
  }
  // JSON.parse takes any depth; the rules and the position walk are kept to the limit.
  const survey = surveyValue(value);
  // Past the depth or the entries limit: the first fault in the text, whichever it is (the
  // depth was said first wherever it stood, so validate() and lintText() could disagree).
  if (survey.depth > maxDepth || survey.widest > maxEntries) {
    const oversized = firstPast(text, maxDepth, maxEntries) ?? { offset: 0, limit: survey.depth > maxDepth ? "depth" : "entries" };
    return pastLimit(text, oversized, limits());
  }
  const repeats = countKeyTokens(text) !== survey.keys;
  // A key written more than once is one member of the value but counts each time it is written
  // (findOversized): an object of a million repeats of one key holds one member, and was never
  // refused, while ESLint's parser built all million (and ran out of memory at 3.3 million).
  const oversized = repeats ? firstPast(text, maxDepth, maxEntries) : undefined;
  if (oversized) return pastLimit(text, oversized, limits());
  const facts = survey.unsafeNumber || repeats ? { ...collectFacts(text), holdsUnsafeNumber: survey.unsafeNumber } : new FactsOnDemand(text);
  // With Object.prototype answering a field's name, every object JSON.parse builds would inherit it.
  return { ok: true, value: prototypeAnswersFields() ? nullPrototypeCopy(value) : value, facts, locate: locator(text) };
}

/**
 * The depth limit alone, by findTooDeep's loop (no parse, no recursion): for a reader that
 * must not hand text nested thousands deep to a recursive parser, and checks no other limit.
 */
export function nestingTooDeep(input: string, options: Pick<ParseSourceOptions, "maxDepth" | "limitHints"> = {}): FailedParse | undefined {
  const text = withoutByteOrderMark(input);
  const maxDepth = ownField(options, "maxDepth") ?? defaultMaxDepth;
  const offset = findTooDeep(text, maxDepth);
  return offset < 0 ? undefined : pastLimit(text, { offset, limit: "depth" }, { maxDepth, maxEntries: Infinity, maxValues: Infinity, hints: ownField(options, "limitHints"), wording: undefined });
}

/**
 * The first place the text passes the depth or the entries limit, whichever comes first (the
 * values were counted before the parse where the text is long enough to pass them).
 */
function firstPast(text: string, maxDepth: number, maxEntries: number): Oversized | undefined {
  return findOversized(text, { maxDepth, maxEntries, maxValues: Infinity });
}

/** The limits a text is held to, and what the verdict says of each. */
interface HintedLimits extends StructureLimits {
  readonly hints: LimitHints | undefined;
  /** Always given (undefined: the text's own wording), so that none is read off Object.prototype. */
  readonly wording: LimitWording | undefined;
}

/** Which limit the text passes, and where: its fault, placed, with the pointer of the value there. */
function pastLimit(text: string, { offset, limit }: Pick<Oversized, "offset" | "limit">, limits: HintedLimits): FailedParse {
  const fault = { message: limitMessage(limits.wording ?? textWording, limits, limit, text[offset] === "{" ? "object" : "array", limits.hints), offset, length: 1 };
  return { ...failed(text, fault, limitPointer(text, offset)), evidence: limitEvidence };
}

/** A fault has one place: counted from the start, with no index of every line (a 50 MB file of newlines is "empty"). */
function failed(text: string, fault: Fault, path = ""): FailedParse {
  const start = positionIn(text, fault.offset);
  // A span within its line ends on it (a second count from the start took as long again on a 50 MB file).
  const within = !/[\r\n]/.test(text.slice(fault.offset, fault.offset + fault.length));
  const end = within ? { line: start.line, column: start.column + fault.length } : positionIn(text, fault.offset + fault.length);
  return { ok: false, fault, range: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, path, evidence: "stated" };
}

function locator(text: string): SourceLocator {
  let starts: Uint32Array | undefined;
  const range = (span: Span) => toRange((starts ??= lineStarts(text)), span);
  const pointers = (paths: readonly string[]) => {
    const spans = locatePointers(text, paths);
    return paths.map((path) => {
      const exact = spans.value(path);
      if (exact) return range(exact);
      // A missing property: the opening of the nearest value that exists.
      for (let cut = path.lastIndexOf("/"); cut >= 0; cut = path.lastIndexOf("/", cut - 1)) {
        const parent = spans.value(path.slice(0, cut));
        if (parent) return range(isContainer(text, parent) ? { offset: parent.offset, length: 1 } : parent);
        if (cut === 0) break;
      }
      return range({ offset: 0, length: 0 });
    });
  };
  const keys = (paths: readonly string[]) => {
    const located = locatePointers(text, paths);
    return paths.map((path) => {
      const found = located.key(path) ?? located.value(path);
      return found ? range(found) : pointers([path])[0] as SourceRange;
    });
  };
  const inStrings = (places: readonly StringPlace[]) => {
    const literals = locatePointers(text, places.map((place) => place.path));
    // Each string's asked characters, placed in one walk of it that keeps only those.
    const asked = new Map<string, number[]>();
    for (const { path, from, to } of places) {
      const literal = literals.value(path);
      if (!literal || text.charCodeAt(literal.offset) !== 0x22) continue;
      const indices = asked.get(path);
      if (indices === undefined) asked.set(path, [from, to]);
      else indices.push(from, to);
    }
    const offsetsOf = new Map([...asked].map(([path, indices]) => [path, stringOffsets(text, literals.value(path) as Span, indices)]));
    return places.map(({ path, from, to }) => {
      const offsets = offsetsOf.get(path);
      if (offsets === undefined) return pointers([path])[0] as SourceRange;
      const start = offsets.get(from) as number;
      const end = offsets.get(to) as number;
      return range({ offset: start, length: end - start });
    });
  };
  return {
    pointer: (path) => pointers([path])[0] as SourceRange,
    pointers,
    keys,
    inString: (path, from, to) => inStrings([{ path, from, to }])[0] as SourceRange,
    inStrings,
    span: range,
  };
}

function isContainer(text: string, span: Span): boolean {
  const first = text.charCodeAt(span.offset);
  return first === 0x7b || first === 0x5b;
}

function toRange(starts: Uint32Array, span: Span): SourceRange {
  const start = positionAt(starts, span.offset);
  const end = positionAt(starts, span.offset + span.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

