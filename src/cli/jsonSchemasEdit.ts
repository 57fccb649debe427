import { createScanner, SyntaxKind, type Node } from "jsonc-parser";
import { lastItem } from "../engine/lastItem.js";

/** One replacement in the settings text; every byte outside the edits stays as it was. */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly content: string;
}

/** How the settings object is laid out, for the member init writes to read like its neighbours. */
interface Layout {
  /** The object is on one line: the member goes on it too, its entries side by side. */
  readonly oneLine: boolean;
  /** The file's own line end (CRLF in a CRLF file). */
  readonly eol: string;
}

const defaultIndent = "  ";

/**
 * The edits that make the settings' "json.schemas" the list of these entries (each its JSON
 * text), and touch nothing else: the array replaced where it stands, or the member added after
 * the last one, laid out as the object around it (one line, or one member a line at its indent,
 * with its line ends and its trailing comma). jsonc-parser's modify with formattingOptions
 * reformats the whole line around an insertion (a one-line file whole, in time superlinear in
 * its length); this reads only the member's neighbourhood. `schemas` is the "json.schemas"
 * member of `root`, if any.
 */
export function jsonSchemasEdits(text: string, root: Node | undefined, schemas: Node | undefined, entries: readonly string[]): TextEdit[] {
  const eol = lineEnd(text);
  if (root === undefined) {
    // No settings yet (an empty file, blanks, comments): the object follows what is there.
    const separator = text === "" || /[\r\n]$/.test(text) ? "" : eol;
    return [{ offset: text.length, length: 0, content: `${separator}{${eol}${defaultIndent}${member(entries, { oneLine: false, eol }, defaultIndent)}${eol}}${eol}` }];
  }
  const layout = { oneLine: !hasLineBreak(text, root.offset, root.offset + root.length), eol };
  const array = schemas?.children?.[1];
  if (schemas !== undefined && array !== undefined) {
    const indent = lineIndent(text, schemas.offset) ?? siblingIndent(text, root);
    return [{ offset: array.offset, length: array.length, content: arrayText(entries, layout, indent) }];
  }
  return memberInsertion(text, root, entries, layout);
}

/** The edits applied, in one pass over the text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    pieces.push(text.slice(at, edit.offset), edit.content);
    at = edit.offset + edit.length;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/** The "json.schemas" member added to an object that has none: after its last member (on that member's line's end), or in the empty object. */
function memberInsertion(text: string, root: Node, entries: readonly string[], layout: Layout): TextEdit[] {
  const members = root.children ?? [];
  const last = lastItem(members);
  const anchor = last === undefined ? root.offset + 1 : last.offset + last.length;
  const next = whatFollows(text, anchor);
  const { eol } = layout;
  if (last === undefined) {
    // An empty object has no layout to follow: the member goes on a line of its own.
    const expanded = { oneLine: false, eol };
    if (next.lineBreak !== undefined) return [{ offset: next.lineBreak, length: 0, content: `${eol}${defaultIndent}${member(entries, expanded, defaultIndent)}` }];
    return [{ offset: next.offset, length: 0, content: `${eol}${defaultIndent}${member(entries, expanded, defaultIndent)}${eol}` }];
  }
  const trailingComma = next.commaEnd !== undefined;
  // A trailing comma after the last member stays the object's style: the new last member gets one.
  const after = trailingComma ? "," : "";
  if (layout.oneLine) return [{ offset: next.commaEnd ?? anchor, length: 0, content: `${trailingComma ? " " : ", "}${member(entries, layout, "")}${after}` }];
  const indent = lineIndent(text, last.offset) ?? siblingIndent(text, root);
  const line = `${eol}${indent}${member(entries, layout, indent)}${after}`;
  // After the comment that ends the last member's line, not before it: the comment stays with its member.
  if (next.lineBreak !== undefined) return trailingComma ? [{ offset: next.lineBreak, length: 0, content: line }] : [{ offset: anchor, length: 0, content: "," }, { offset: next.lineBreak, length: 0, content: line }];
  return [{ offset: next.commaEnd ?? anchor, length: 0, content: `${trailingComma ? "" : ","}${line}` }];
}

/**
 * What follows the end of a member (or the object's "{"): its comma, if any, and the first line
 * break before the object's next token, or that token's offset (the "}"): comments are passed.
 */
function whatFollows(text: string, from: number): { commaEnd?: number; lineBreak?: number; offset: number } {
  const scanner = createScanner(text, false);
  scanner.setPosition(from);
  let commaEnd: number | undefined;
  for (;;) {
    const token = scanner.scan();
    if (token === SyntaxKind.CommaToken) commaEnd = scanner.getPosition();
    else if (token === SyntaxKind.LineBreakTrivia) return { commaEnd, lineBreak: scanner.getTokenOffset(), offset: scanner.getTokenOffset() };
    else if (token !== SyntaxKind.Trivia && token !== SyntaxKind.LineCommentTrivia && token !== SyntaxKind.BlockCommentTrivia) return { commaEnd, offset: scanner.getTokenOffset() };
  }
}

function member(entries: readonly string[], layout: Layout, indent: string): string {
  return `"json.schemas": ${arrayText(entries, layout, indent)}`;
}

/** The list, side by side on one line, or one entry a line one indent deeper than its member. */
function arrayText(entries: readonly string[], layout: Layout, indent: string): string {
  if (layout.oneLine) return `[${entries.join(", ")}]`;
  const inner = indent + (indent === "" ? defaultIndent : indent);
  return `[${layout.eol}${entries.map((entry) => inner + entry).join(`,${layout.eol}`)}${layout.eol}${indent}]`;
}

/** The blanks before offset on its line, when only blanks precede it there. */
function lineIndent(text: string, offset: number): string | undefined {
  let start = offset;
  while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
  return start === 0 || text[start - 1] === "\n" || text[start - 1] === "\r" ? text.slice(start, offset) : undefined;
}

/** The indent of the first member that begins its line, else two spaces. */
function siblingIndent(text: string, root: Node): string {
  for (const sibling of root.children ?? []) {
    const indent = lineIndent(text, sibling.offset);
    if (indent !== undefined && indent !== "") return indent;
  }
  return defaultIndent;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  const newline = text.indexOf("\n", from);
  const ret = text.indexOf("\r", from);
  return (newline !== -1 && newline < to) || (ret !== -1 && ret < to);
}

/**
 * The file's line end: that of its first line break (CRLF, LF, or a bare CR, which a file of
 * classic Mac line ends holds and which got LF in the member: mixed line ends), else "\n".
 */
function lineEnd(text: string): string {
  const found = /\r\n?|\n/.exec(text);
  return found === null ? "\n" : found[0];
}
