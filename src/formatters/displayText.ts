import { isAbsolute, relative, sep } from "node:path";
import { isOutside } from "../files/outsidePath.js";
import { drawnAsGap, drawsNothing, hiddenCharacter } from "../source/invisibleCharacters.js";

/**
 * What a terminal acts on or shows as nothing, written as an escape wherever text is shown:
 * what draws nothing (the controls, among them the one-byte CSI U+009B; line separators;
 * bidirectional marks and overrides; zero-width spaces, the word joiner, a BOM, soft hyphens,
 * Hangul fillers, tags: a child's externalOrderID "\\u200b-1" read "-1"), but what a reader
 * sees as a gap (spaces) and what shapes its neighbours (variation selectors and the joiners
 * right after an emoji or a letter: "❤\\ufe0f-order.json" named no file, in GitHub's file=
 * least of all; "currency\\u200d" is still escaped, for it shapes nothing). One list for every
 * escaper below, so that none of them lags behind the others.
 */
const hidden = (alsoRaw: string) => hiddenCharacter(drawsNothing, `${alsoRaw}${drawnAsGap}`);
const actedOnPastC0 = new RegExp(hidden("\\u0000-\\u001f"), "gu");
const controls = new RegExp(hidden(""), "gu");
/** In lines: every C0 control but the line feed, and a carriage return but the one of a CRLF. */
const controlsInLines = new RegExp(`\\r(?!\\n)|${hidden("\\n\\r")}`, "gu");

/**
 * Past what each escaper keeps raw of ASCII: printable ASCII (the space to `~`), and the C0
 * controls escapePastC0 leaves, the line feed terminalSafeLines leaves. Everything these escape is a control or past ASCII, so a text with none of these
 * units is returned as it is after one plain scan: the Unicode classes cost as much as
 * JSON.parse of the same text (868 KB of a JSON report: 4.5 ms, the plain scan 0.7 ms).
 */
const pastPrintableAscii = /[^\x20-\x7e]/;
const pastAscii = /[^\x00-\x7e]/;
const pastAsciiLines = /[^\n\x20-\x7e]/;

/**
 * Control characters, ANSI escapes, bidirectional overrides, line separators and invisible
 * characters (zero-width spaces, a BOM) in a file name or a message must never reach a
 * terminal raw: they could rewrite or hide what the reader sees. Each becomes a visible
 * escape (`\n`, `\u001b`, `\u200b`).
 */
export function escapeControls(text: string): string {
  if (!pastPrintableAscii.test(text)) return text;
  return text.replace(controls, (char) => named_[char] ?? unicodeEscape(char));
}

const named_: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `\\u` escapes, one per UTF-16 unit: a tag (U+E0020) as its surrogate pair, as JSON writes it, so that terminalSafeJson stays JSON. */
function unicodeEscape(char: string): string {
  let escaped = "";
  for (let i = 0; i < char.length; i++) escaped += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return escaped;
}

/**
 * JSON as JSON.stringify writes it, with the characters it leaves raw that a terminal acts
 * on (DEL and the C1 controls, among them the one-byte CSI U+009B; bidirectional overrides;
 * line separators) written as \u escapes: the same JSON, safe to print. They can only stand
 * inside strings, where an escape means the same character.
 */
export function terminalSafeJson(json: string): string {
  return escapePastC0(json);
}

/**
 * Every character escapeControls escapes but the C0 controls, as \u escapes: for a format
 * that writes C0 its own way (JSON's escapes, XML's entities), on the same list as the others.
 */
export function escapePastC0(text: string): string {
  if (!pastAscii.test(text)) return text;
  return text.replace(actedOnPastC0, unicodeEscape);
}

/**
 * Lines of text as a terminal should show them (a diff): every character escapeControls
 * escapes but the line feed, and the carriage return of a CRLF, written visibly. A bare
 * carriage return would move the cursor back and let the rest of the line hide what
 * precedes it.
 */
export function terminalSafeLines(text: string): string {
  if (!pastAsciiLines.test(text)) return text;
  return text.replace(controlsInLines, (char) => named_[char] ?? unicodeEscape(char));
}

/**
 * A run of white space as a JavaScript `\s` reads it: VS Code's $eslint-stylish matcher ends a
 * message at the first two in a row, the no-break, ideographic and other Unicode spaces among
 * them (a key pasted from a web page, "shipping\u00a0\u00a0Method", ended the message there
 * and gave the rest for the rule id: found by the audit of the output formats).
 */
const whiteSpaceRun = /\s{2,}/g;

/**
 * One line of terminal text: controls escaped, no two white-space characters in a row (two end a
 * message in $eslint-stylish). In a run, the ASCII spaces collapse to one, and any other space,
 * drawn as a gap and so kept raw alone, is written as its escape, so the text still says which it was.
 */
export function oneLine(text: string): string {
  return escapeControls(text).replace(whiteSpaceRun, (run) => run.replace(/ {2,}/g, " ").replace(/[^ ]/g, unicodeEscape));
}

/** A path relative to `cwd` with forward slashes, or the path as it is when it lies outside. */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const path = relative(cwd, filePath);
  if (path === "" || isOutside(path)) return filePath;
  return path.split(sep).join("/");
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
