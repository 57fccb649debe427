import type { Expansion } from "./variables.js";
import type { TextLines } from "./textLines.js";
import type { SubstitutedReference } from "./writtenColumn.js";

/** A request's body, from line `bodyLine` (at offset `bodyAt`) to line `lastLine`. */
export interface ReadBody {
  /** The body with its variables substituted, its lines joined by `\n`; undefined for a body REST Client reads from a file (`< ./body.json`). */
  readonly text?: string;
  readonly fromFile: boolean;
  readonly references?: ReadonlyMap<number, readonly SubstitutedReference[]>;
}

/**
 * The body's lines, substituted and joined with `\n`. Only a line that holds `{{` is sliced
 * and substituted alone (its variables stay within it, as REST Client's do); each run of lines
 * between is taken in one slice: a body of millions of lines is not an array of them.
 */
export function readBody(lines: TextLines, bodyAt: number, bodyLine: number, lastLine: number, resolve: (s: string) => Expansion): ReadBody {
  const { text } = lines;
  if (lines.line(bodyAt).trimStart().startsWith("<")) return { fromFile: true };
  const asWritten = (from: number, to: number) => text.slice(from, to).replace(/\r\n?/g, "\n");
  const pieces: string[] = [];
  const references = new Map<number, readonly SubstitutedReference[]>();
  // Where the run of lines kept as written starts.
  let runFrom = bodyAt;
  for (let at = bodyAt, number = bodyLine; ; number++) {
    const end = lines.end(at);
    if (lines.holdsVariableBetween(at, end)) {
      const written = text.slice(at, end);
      const expanded = resolve(written);
      if (expanded.references.length > 0 || expanded.text !== written) {
        pieces.push(asWritten(runFrom, at), expanded.text);
        if (expanded.references.length > 0) references.set(number - bodyLine, expanded.references);
        runFrom = end;
      }
    }
    if (number === lastLine) {
      pieces.push(asWritten(runFrom, end));
      break;
    }
    at = lines.next(at) as number;
  }
  return { text: pieces.join(""), fromFile: false, references };
}
