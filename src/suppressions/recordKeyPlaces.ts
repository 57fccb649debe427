import { parseSource } from "../source/parseSource.js";
import type { SourceRange } from "../source/range.js";
import { escapeSegment } from "../json/jsonPointer.js";
import { suppressionsLimits } from "./suppressionsFile.js";

/** Where a file's key stands in the record: its JSON Pointer and the key's place in the text. */
export interface RecordKeyPlace {
  readonly path: string;
  readonly range: SourceRange;
}

/**
 * The places of these file keys in the record's text (as readSuppressions read it, so it
 * parses), in the order given: a finding about a key (its fixture gone, or left out of the run)
 * points at the line that holds it, where the user edits it.
 */
export function recordKeyPlaces(text: string, keys: readonly string[]): RecordKeyPlace[] {
  const parsed = parseSource(text, suppressionsLimits(text.length));
  const paths = keys.map((key) => `/${escapeSegment(key)}`);
  const first = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const ranges = parsed.ok ? parsed.locate.keys(paths) : paths.map(() => first);
  return paths.map((path, index) => ({ path, range: ranges[index] ?? first }));
}
