import type { SourceFacts } from "../rule.js";
import { lineStarts, positionAt } from "./lineIndex.js";
import { countKeyTokens } from "./keyTokens.js";
import { findTooDeep } from "./nestingDepth.js";
import { describeFault, type Fault } from "./parseFault.js";
import type { SourceRange, Span } from "./range.js";
import { collectFacts, locatePointers, type CollectedFacts } from "./sourceWalk.js";
import { surveyValue } from "./valueSurvey.js";

/** How deep a payload may nest before oms-lint refuses it (no order nests past a dozen levels). */
export const defaultMaxDepth = 1000;

export interface ParseSourceOptions {
  /** Levels of [ and { allowed; deeper text is one fatal diagnostic. Default 1000. */
  readonly maxDepth?: number;
}

/** A text JSON.parse accepted: its value, the facts only the text holds, and where things stand in it. */
export interface ParsedJson {
  readonly ok: true;
  readonly value: unknown;
  readonly facts: SourceFacts;
  readonly locate: SourceLocator;
}

/** A text that is not JSON: one fault, placed. */
export interface FailedParse {
  readonly ok: false;
  readonly fault: Fault;
  readonly range: SourceRange;
}

export type ParsedSource = ParsedJson | FailedParse;

/** Places pointers and spans of one text, walking it only when asked. */
export interface SourceLocator {
  /** The value at the pointer; for a missing property, the opening of the nearest value that exists. */
  pointer(path: string): SourceRange;
  /** The same for many pointers, in one walk of the text. */
  pointers(paths: readonly string[]): SourceRange[];
  span(span: Span): SourceRange;
  /** Where the repeats of a key stand (document order), if the text repeats it. */
  duplicateKeys(path: string): readonly Span[];
  unsafeIntegers(path: string): readonly Span[];
}

const noFacts: SourceFacts = { duplicateKeys: [], unsafeIntegers: [] };
/**
 * Read → parse: the value, with positions on demand. JSON.parse does the work (several
 * times faster than any located parser); the text is walked token by token only when a
 * cheap check suspects a repeated key or a huge integer, or when a diagnostic must be placed.
 */
export function parseSource(input: string, options: ParseSourceOptions = {}): ParsedSource {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const maxDepth = options.maxDepth ?? defaultMaxDepth;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The fault finder recurses once per level: text nested past the limit stops here first.
    const tooDeep = findTooDeep(text, maxDepth);
    return failed(text, tooDeep >= 0 ? tooDeepFault(tooDeep, maxDepth) : describeFault(text, (error as Error).message));
  }
  // JSON.parse takes any depth; the rules and the position walk are kept to the limit.
  const survey = surveyValue(value);
  if (survey.depth > maxDepth) return failed(text, tooDeepFault(Math.max(0, findTooDeep(text, maxDepth)), maxDepth));
  let collected: CollectedFacts | undefined;
  if (survey.unsafeNumber || countKeyTokens(text) !== survey.keys) collected = collectFacts(text);
  return { ok: true, value, facts: collected?.facts ?? noFacts, locate: locator(text, collected) };
}

function tooDeepFault(offset: number, maxDepth: number): Fault {
  return {
    message: `the JSON nests deeper than ${maxDepth} levels here: no payload nests this deep, so oms-lint stops (the limit is --max-depth)`,
    offset,
    length: 1,
  };
}

function failed(text: string, fault: Fault): FailedParse {
  const starts = lineStarts(text);
  return { ok: false, fault, range: toRange(starts, fault) };
}

function locator(text: string, collected: CollectedFacts | undefined): SourceLocator {
  let starts: number[] | undefined;
  const range = (span: Span) => toRange((starts ??= lineStarts(text)), span);
  const pointers = (paths: readonly string[]) => {
    const spans = locatePointers(text, paths);
    return paths.map((path) => {
      const exact = spans.get(path);
      if (exact) return range(exact);
      // A missing property: the opening of the nearest value that exists.
      for (let cut = path.lastIndexOf("/"); cut >= 0; cut = path.lastIndexOf("/", cut - 1)) {
        const parent = spans.get(path.slice(0, cut));
        if (parent) return range(isContainer(text, parent) ? { offset: parent.offset, length: 1 } : parent);
        if (cut === 0) break;
      }
      return range({ offset: 0, length: 0 });
    });
  };
  return {
    pointer: (path) => pointers([path])[0] as SourceRange,
    pointers,
    span: range,
    duplicateKeys: (path) => collected?.duplicateKeySpans.get(path) ?? [],
    unsafeIntegers: (path) => collected?.unsafeIntegerSpans.get(path) ?? [],
  };
}

function isContainer(text: string, span: Span): boolean {
  const first = text.charCodeAt(span.offset);
  return first === 0x7b || first === 0x5b;
}

function toRange(starts: readonly number[], span: Span): SourceRange {
  const start = positionAt(starts, span.offset);
  const end = positionAt(starts, span.offset + span.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

