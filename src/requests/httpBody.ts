import type { Expansion } from "./variables.js";
import type { TextLines } from "./textLines.js";
import { isCommentLineAt } from "./commentLine.js";
import type { FilledText } from "./filledLines.js";
import { BodyReferences } from "./bodyReferences.js";
import { lineStarts } from "../source/lineIndex.js";
import { inputFilePath, inputFileReading, type InputFileReading } from "./inputFileLine.js";
import { firstIndex } from "../source/firstIndex.js";
import { posix } from "node:path";
import { ownFields } from "../engine/ownField.js";

/**
 * A run of comment lines REST Client dropped from a body: it stood above the body's line
 * `before` (0 its first, counted in the body as sent), and `dropped` lines were dropped above
 * that line in all (this run's and every earlier one's).
 */
export interface DroppedLines {
  readonly before: number;
  readonly dropped: number;
  /**
   * Set for the lines a value's line breaks made: the body's lines `before` to `before + held - 1`
   * stand on the file's line of line `before - 1` (their written line), and `dropped` counts them
   * off for the lines below (it is less by `held`).
   */
  readonly held?: number;
}

/** A request's body, from line `bodyLine` (at offset `bodyAt`) to line `lastLine`. */
export interface ReadBody {
  /** The body with its comment lines dropped and its variables substituted, its lines joined by `\n`; undefined for a body REST Client sends from files (any of its lines `< ./body.json`, inputFileLine.ts). */
  readonly text?: string;
  readonly fromFile: boolean;
  /** Of a body sent from files: the first `< file` line's path and its line in the file (where a value's line breaks made it, the line written), and what else REST Client builds it from. */
  readonly file?: { readonly path: string; readonly line: number; readonly reading: InputFileReading; readonly builtFrom?: BuiltFrom; readonly unknownEncoding?: UnknownEncoding; readonly framed?: true };
  readonly references?: BodyReferences;
  /** The comment lines dropped and the lines values' line breaks made, in the order of the body's lines: what maps a line of the text back to the file's. */
  readonly dropped?: readonly DroppedLines[];
}

/**
 * A body REST Client builds from more than one file: its lines other than `< file` lines (comment
 * lines dropped, blank ones aside: JSON reads them as the blanks they are) with each file's text
 * in place of its line, or the texts of several files one after another. Not the text of any one
 * file: no file holds the body to lint on its own (found by the audit of the body-file fix: the
 * command named value.json, whose text alone is no payload).
 */
export interface BuiltFrom {
  /** Whether lines other than `< file` lines are sent around the files' texts. */
  readonly lines: boolean;
  /** The files' paths, in the body's order, each once with the number of its `<` lines, the first maxNamedFiles of them. */
  readonly files: readonly { readonly path: string; readonly count: number }[];
  /** The body's `<` lines in all: those of files past the first maxNamedFiles are counted here alone. */
  readonly fileLines: number;
  /** The body's files in all, each once however many `<` lines send it: a message counts those it does not name. */
  readonly fileCount: number;
}

/**
 * The first `<@foo` line of a body whose encoding Node does not know (Buffer.isEncoding): REST
 * Client's buffer.toString throws "Unknown encoding" on any such line, whichever line it is, and
 * sends nothing (audit of 2c586993: one past the first line read as a body built from files).
 */
export interface UnknownEncoding {
  readonly path: string;
  readonly encoding: string;
  readonly line: number;
}

/** The files of a body built from files that are named: a message lists no more. */
const maxNamedFiles = 20;

/**
 * The body's lines, comment lines dropped (as REST Client drops them), substituted and joined
 * with `\n`. Only a line that holds `{{` is sliced and substituted alone (its variables stay
 * within it, as REST Client's do); each run of lines between is taken in one slice: a body of
 * millions of lines is not an array of them. `bodyAt` starts a line that is no comment; `first`
 * is the body's part of it, already filled (to tell it from a blank line): filled again, it was
 * spent twice against the file's allowance. `boundary`: the multipart Content-Type's, whose line
 * (`--b`) above the first `< file` line frames the files as parts (`framed`).
 */
export function readBody(lines: TextLines, bodyAt: number, bodyLine: number, lastLine: number, resolve: (s: string) => Expansion, first: FilledText, boundary?: string): ReadBody {
  const { text } = lines;
  const asWritten = (from: number, to: number) => text.slice(from, to).replace(/\r\n?/g, "\n");
  const pieces: string[] = [];
  const references = new BodyReferences();
  const dropped: DroppedLines[] = [];
  // Where the run of lines kept as written starts, and how many lines the body sent has so far.
  let runFrom = bodyAt;
  let sent = 0;
  // Once a `< file` line is met, the body is sent from files: the rest is read only to tell what else it is built from.
  let fromFiles: { path: string; line: number; reading: InputFileReading } | undefined;
  // Keyed by the path as REST Client resolves it against the request file's folder (`./f1.json` and `f1.json` are one file), each shown as first written.
  const files = new Map<string, { path: string; count: number }>();
  const allFiles = new Set<string>();
  let fileLines = 0;
  let otherLines = false;
  let unknownEncoding: UnknownEncoding | undefined;
  // Whether a line `--boundary` is sent above the first `< file` line: a part the user opened, which frames the file (RFC 2046 §5.1.1).
  const delimiter = boundary === undefined ? undefined : `--${boundary}`;
  let framed = false;
  for (let at = bodyAt, number = bodyLine; ; number++) {
    const end = lines.end(at);
    if (isCommentLineAt(text, at, end)) {
      // Never the last line (lastLine is no comment): the run goes on from the next line.
      if (fromFiles !== undefined) {
        at = lines.next(at) as number;
        continue;
      }
      pieces.push(asWritten(runFrom, at));
      runFrom = lines.next(at) as number;
      noteDropped(dropped, sent);
    } else {
      const expanded = number === bodyLine ? first : lines.holdsVariableBetween(at, end) ? resolve(text.slice(at, end)) : undefined;
      // REST Client's parseBody tests inputFileSyntax on every body line: one match anywhere sends the body from files.
      // Only a filled line, or a written one that starts with `<`, is sliced to be told.
      const asSent = expanded?.text ?? (text.charCodeAt(at) === lessThan ? text.slice(at, end) : undefined);
      const read = asSent === undefined ? undefined : inputFilesIn(asSent);
      if (delimiter !== undefined && fromFiles === undefined && !framed) framed = expanded === undefined ? text.startsWith(delimiter, at) && isDelimiterLine(text.slice(at, end), delimiter) : opensPartBeforeFile(expanded.text, delimiter);
      if (read === undefined ? !isBlankBetween(text, at, end) : read.otherLines) otherLines = true;
      for (const { path, reading } of read?.paths ?? []) {
        fromFiles ??= { path, line: number, reading };
        if (unknownEncoding === undefined && reading.encoding !== undefined && !Buffer.isEncoding(reading.encoding)) unknownEncoding = { path, encoding: reading.encoding, line: number };
        fileLines++;
        const key = fileKey(path);
        allFiles.add(key);
        const named = files.get(key);
        if (named !== undefined) named.count++;
        else if (files.size < maxNamedFiles) files.set(key, { path, count: 1 });
      }
      if (fromFiles !== undefined) {
        if (number === lastLine) break;
        at = lines.next(at) as number;
        continue;
      }
      if (expanded !== undefined && (expanded.references.length > 0 || expanded.text !== text.slice(at, end))) {
        pieces.push(asWritten(runFrom, at), expanded.text);
        const breaks = lineBreaksIn(expanded.text);
        references.set(sent, expanded, breaks);
        if (breaks > 0) noteHeld(dropped, sent + 1, breaks);
        sent += breaks;
        runFrom = end;
      }
      sent++;
    }
    if (number === lastLine) {
      pieces.push(asWritten(runFrom, end));
      break;
    }
    at = lines.next(at) as number;
  }
  if (fromFiles !== undefined) {
    const built = otherLines || fileLines > 1;
    // Held in objects that inherit nothing: the body's and its file's optional parts are read by name (`body.file`,
    // `file.builtFrom`, `file.framed`), which a polluted Object.prototype answered (`file = "x"` stopped every .http file's lint).
    return ownFields({
      fromFile: true,
      file: ownFields({
        ...fromFiles,
        ...(built ? { builtFrom: { lines: otherLines, files: [...files.values()], fileLines, fileCount: allFiles.size } } : {}),
        ...(unknownEncoding === undefined ? {} : { unknownEncoding }),
        ...(framed ? { framed } : {}),
      }),
    });
  }
  return ownFields({ text: pieces.join(""), fromFile: false, references, dropped });
}

const lessThan = "<".charCodeAt(0);

/**
 * A `<` line's file as REST Client reads it, against the request file's folder: the one folder for
 * every line of a body, so the path normalized (`./f1.json`, `f1.json`, `sub/../f1.json` alike) tells
 * one file from another (audit of c77deeba: "(./f1.json 30 times, f1.json 30 times)"). A path that
 * still holds `{{` is keyed as written: what the client fills there (a folder of any depth) is not
 * known, so `{{dir}}/../f.json` normalized to f.json read "./f.json twice" (audit of 835c082e).
 */
function fileKey(path: string): string {
  return path.includes("{{") ? path : posix.normalize(path);
}

/**
 * Whether a line is the delimiter (`--b`), with the transport padding RFC 2046 §5.1.1 lets follow
 * it ("linear white space", which receivers "MUST be able to handle"): spaces and tabs.
 */
function isDelimiterLine(line: string, delimiter: string): boolean {
  return line.startsWith(delimiter) && /^[ \t]*$/.test(line.slice(delimiter.length));
}

/** Whether among a filled line and the lines its value's line breaks make, one is the delimiter (`--b`) above the first `< file` line. */
function opensPartBeforeFile(filled: string, delimiter: string): boolean {
  if (!filled.includes(delimiter)) return false;
  for (const line of filled.split(/\r?\n/)) {
    if (isDelimiterLine(line, delimiter)) return true;
    if (inputFilePath(line) !== undefined) return false;
  }
  return false;
}

/**
 * The paths of the `< file` lines among a filled line and the lines its value's line breaks make
 * (split as REST Client splits, at os.EOL: filledLines.ts), and whether any other of those lines
 * is sent as written (one that is not blank).
 */
function inputFilesIn(filled: string): { paths: { path: string; reading: InputFileReading }[]; otherLines: boolean } {
  if (!filled.includes("<")) return { paths: [], otherLines: !isJsonBlank(filled) };
  const paths: { path: string; reading: InputFileReading }[] = [];
  let otherLines = false;
  for (const line of filled.split(/\r?\n/)) {
    const path = inputFilePath(line);
    if (path !== undefined) paths.push({ path, reading: inputFileReading(line) });
    else if (!isJsonBlank(line)) otherLines = true;
  }
  return { paths, otherLines };
}

/**
 * Whether the text from `at` to `end` is JSON's whitespace alone (space, tab, CR, LF), without
 * slicing it. Not String#trim's blanks: a line of a no-break space was taken for blank, but REST
 * Client sends it among the files' texts and JSON refuses it (fix audit).
 */
function isBlankBetween(text: string, at: number, end: number): boolean {
  for (let i = at; i < end; i++) if (!isJsonWhitespace(text.charCodeAt(i))) return false;
  return true;
}

function isJsonBlank(text: string): boolean {
  return isBlankBetween(text, 0, text.length);
}

function isJsonWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a;
}

/** The line breaks of a filled line (LF, CRLF, a lone CR: those the body's positions count), each a line of the body the file does not have. */
function lineBreaksIn(filled: string): number {
  return /[\r\n]/.test(filled) ? lineStarts(filled).length - 1 : 0;
}

/** Notes the `held` lines a value's line breaks made, from the body's line `before` on, all on the written line above them. */
function noteHeld(dropped: DroppedLines[], before: number, held: number): void {
  dropped.push({ before, dropped: (dropped.at(-1)?.dropped ?? 0) - held, held });
}

/** Counts one more comment line dropped above the body's line `before`. */
function noteDropped(dropped: DroppedLines[], before: number): void {
  const last = dropped.at(-1);
  const total = (last?.dropped ?? 0) + 1;
  if (last?.before === before) dropped[dropped.length - 1] = { before, dropped: total };
  else dropped.push({ before, dropped: total });
}

/** The file's line of the body's line `line` (1-based, in the body as sent), the body's first line at the file's `bodyLine`. */
export function bodyLineInFile(bodyLine: number, dropped: readonly DroppedLines[] | undefined, line: number): number {
  // The runs above the line: those whose `before` is at most its index (a binary search: a body may drop many).
  const low = firstIndex(dropped?.length ?? 0, (i) => (dropped as readonly DroppedLines[])[i]!.before > line - 1);
  const run = low === 0 ? undefined : (dropped as readonly DroppedLines[])[low - 1]!;
  // A line a value's line break made stands on its written line: as many lines up as it is into the value's lines from their end.
  const into = run?.held !== undefined && line - 1 < run.before + run.held ? run.before + run.held - line : 0;
  return bodyLine + line - 1 + (run?.dropped ?? 0) + into;
}
