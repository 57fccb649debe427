import type { Expansion } from "./variables.js";
import type { TextLines } from "./textLines.js";
import type { SubstitutedReference } from "./writtenColumn.js";
import { commentLine } from "./commentLine.js";

/**
 * A request's lines as REST Client tells a query continuation, a header, the blank line and the
 * body apart: its comment lines dropped and its variables filled first. Its Selector.getRequest
 * (Huachao/vscode-restclient at 6649589, src/utils/selector.ts) does
 *
 *     const rawLines = lines.filter(l => !this.isCommentLine(l));
 *     …
 *     selectedText = await VariableProcessor.processRawRequest(selectedText, promptVariables);
 *
 * and only then HttpRequestParser.parseHttpRequest (src/utils/httpRequestParser.ts) splits that
 * text, `this.requestRawText.split(EOL)`, and reads each line's kind from the filled text:
 * `this.queryStringLinePrefix.test(nextLine)` (`/^\s*[&\?]/`), `nextLine.trim()`, a header
 * otherwise. So a line written `{{q}}` is the continuation, header or blank line it fills to, and
 * a value's line break (FileVariableProvider unescapes `\n`) makes lines of its own.
 */
export interface FilledLine {
  /** The file's line it stands on (1-based), and the offset where that line starts. */
  readonly number: number;
  readonly at: number;
  /** The line as written: a fault in it stands on it. */
  readonly written: string;
  /** The line as REST Client reads it: filled, or one of the lines a value's line break makes of it. */
  readonly text: string;
  /** Whether it is the first of the lines its written line fills to. */
  readonly first: boolean;
  /** The written line filled whole, once (each fill is spent against the file's allowance), and where this line starts in it. */
  readonly filled: FilledText;
  readonly offset: number;
}

/** A written text as filled, and where each value stands in it (writtenColumn), its columns those of the written line. */
export interface FilledText {
  readonly text: string;
  readonly references: readonly SubstitutedReference[];
}

/**
 * The line breaks a filled line is split at. REST Client splits at os.EOL: "\n" on Linux and
 * macOS, where a "\r" before it is trimmed with the line (requestLines and headers are trimmed);
 * on Windows "\r\n" alone, so there a value's lone `\n` stays inside its line (not followed here).
 */
const valueLineBreaks = /\r?\n/g;

/** A written text filled. Only a text holding `{{` is filled: the others pay nothing. */
export function fillText(written: string, resolve: (text: string) => Expansion): FilledText {
  return written.includes("{{") ? resolve(written) : { text: written, references: [] };
}

/**
 * A text filled in two parts, the first `headWritten` characters as written: each part is filled
 * once, so a text whose head was filled to be read (a request line's method) is not filled again.
 * A part ends only past a whole `{{name}}`, so the two fill as the text whole would.
 */
export function joinedFills(head: FilledText, headWritten: number, tail: FilledText): FilledText {
  const [expanded, written] = [head.text.length, headWritten];
  const tailReferences = tail.references.map((r) => ({
    expandedFrom: r.expandedFrom + expanded,
    expandedTo: r.expandedTo + expanded,
    writtenFrom: r.writtenFrom + written,
    writtenTo: r.writtenTo + written,
  }));
  return { text: head.text + tail.text, references: [...head.references, ...tailReferences] };
}

/** The lines of the file's line `number` (at offset `at`), written `written`, once filled to `filled`. */
export function filledLinesOf(number: number, at: number, written: string, filled: FilledText): FilledLine[] {
  const lines: FilledLine[] = [];
  let offset = 0;
  for (const lineBreak of filled.text.matchAll(valueLineBreaks)) {
    lines.push({ number, at, written, text: filled.text.slice(offset, lineBreak.index), first: offset === 0, filled, offset });
    offset = lineBreak.index + lineBreak[0].length;
  }
  lines.push({ number, at, written, text: filled.text.slice(offset), first: offset === 0, filled, offset });
  return lines;
}

/**
 * The filled text from the line on, to its written line's end: what a body that starts at it
 * holds of that line, filled no second time. A finding in a value stands on its `{{name}}`.
 */
export function restOfLine(line: FilledLine): FilledText {
  const { filled, offset } = line;
  return offset === 0 ? filled : { text: filled.text.slice(offset), references: referencesFrom(filled.references, offset) };
}

/**
 * The references of a filled text as seen from `offset` on: a value that starts before it starts
 * there. A value that ends at `offset` (its line break made the line) is kept, empty at 0: the
 * text written after its `}}` is counted from there, so a column after it counts the `{{name}}`.
 */
export function referencesFrom(references: readonly SubstitutedReference[], offset: number): readonly SubstitutedReference[] {
  if (offset === 0) return references;
  return references.filter((r) => r.expandedTo >= offset).map((r) => ({ ...r, expandedFrom: Math.max(r.expandedFrom - offset, 0), expandedTo: r.expandedTo - offset }));
}

/**
 * The lines of a request from a line of the file up to `endNumber`, filled as REST Client fills
 * them, read one at a time: a line is filled only when it is reached, so of the body, read on
 * its own (readBody), only its first line is filled here (to tell it is no blank line), and
 * readBody takes that fill (restOfLine) rather than filling it again.
 * `leading`: the lines a request line's value breaks off after its first, read before the file's next line.
 */
export class FilledLines {
  /** The filled lines of the written line last read, from `head` on: taken by moving `head`, as a value of a million line breaks makes as many lines. */
  private pending: readonly FilledLine[];
  private head = 0;
  private nextAt: number | undefined;
  private nextNumber: number;

  constructor(
    private readonly lines: TextLines,
    at: number | undefined,
    number: number,
    private readonly endNumber: number,
    private readonly resolve: (text: string) => Expansion,
    leading: readonly FilledLine[] = [],
  ) {
    this.pending = leading;
    this.nextAt = at;
    this.nextNumber = number;
  }

  /** The line to read, undefined past the request's last (asked by length: a read past the end would answer a polluted Object.prototype["1"]). */
  peek(): FilledLine | undefined {
    while (this.head >= this.pending.length && this.nextAt !== undefined && this.nextNumber < this.endNumber) this.fill();
    return this.head < this.pending.length ? this.pending[this.head] : undefined;
  }

  /** Goes past the line peek gave. */
  take(): void {
    this.head++;
  }

  /** The next written line (a comment line dropped), its filled lines queued. */
  private fill(): void {
    const at = this.nextAt as number;
    const number = this.nextNumber;
    const written = this.lines.line(at);
    [this.nextAt, this.nextNumber] = [this.lines.next(at), number + 1];
    if (commentLine.test(written)) return;
    this.pending = filledLinesOf(number, at, written, fillText(written, this.resolve));
    this.head = 0;
  }
}
