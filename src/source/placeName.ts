import { positionIn } from "./lineIndex.js";

/**
 * How a parse fault's message names a place of the text other than the fault's own (the bracket a
 * cut text never closes, the one a wrong closer comes before), by its offset in the text: by
 * default the text's own line and column. A request file's body is not the file the user has: its
 * "line 2, column 8" stood at line 6 of the .http file, and a Postman raw body's columns are not
 * the collection's (review of 768f1e6e). There the request file's lint names the place in the
 * file, through the mapping its findings' places take (lintRequests.ts), and undefined where it
 * knows no exact place.
 */
export type PlaceName = (offset: number) => string | undefined;

/** The text's own line and column of an offset: `line 2, column 8`. */
export function ownPlaceName(text: string): PlaceName {
  return (offset) => {
    const { line, column } = positionIn(text, offset);
    return lineAndColumn(line, column);
  };
}

export function lineAndColumn(line: number, column: number): string {
  return `line ${line}, column ${column}`;
}

/** `opened at line 6, column 8`, or, where the place has no exact name, `opened earlier in the body` rather than a wrong number. */
export function openedAt(offset: number, name: PlaceName): string {
  const named = name(offset);
  return named === undefined ? "opened earlier in the body" : `opened at ${named}`;
}
