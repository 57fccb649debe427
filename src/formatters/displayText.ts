import { isAbsolute, relative, sep } from "node:path";

/**
 * What a terminal acts on past the C0 controls: DEL and the C1 controls (among them the
 * one-byte CSI U+009B), bidirectional marks and overrides, line separators. One list for
 * every escaper below, so that none of them lags behind the others.
 */
const pastC0 = "\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
const actedOnPastC0 = new RegExp(`[${pastC0}]`, "g");
const controls = new RegExp(`[\\u0000-\\u001f${pastC0}]`, "g");
/** In lines: every C0 control but the line feed, and a carriage return but the one of a CRLF. */
const controlsInLines = new RegExp(`\\r(?!\\n)|[\\u0000-\\u0009\\u000b\\u000c\\u000e-\\u001f${pastC0}]`, "g");

/**
 * Control characters, ANSI escapes, bidirectional overrides and line separators in a file
 * name or a message must never reach a terminal raw: they could rewrite what the reader
 * sees. Each becomes a visible escape (`\n`, `\u001b`).
 */
export function escapeControls(text: string): string {
  return text.replace(controls, (char) => named_[char] ?? unicodeEscape(char));
}

const named_: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * JSON as JSON.stringify writes it, with the characters it leaves raw that a terminal acts
 * on (DEL and the C1 controls, among them the one-byte CSI U+009B; bidirectional overrides;
 * line separators) written as \u escapes: the same JSON, safe to print. They can only stand
 * inside strings, where an escape means the same character.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(actedOnPastC0, unicodeEscape);
}

/**
 * Lines of text as a terminal should show them (a diff): every character escapeControls
 * escapes but the line feed, and the carriage return of a CRLF, written visibly. A bare
 * carriage return would move the cursor back and let the rest of the line hide what
 * precedes it.
 */
export function terminalSafeLines(text: string): string {
  return text.replace(controlsInLines, (char) => named_[char] ?? unicodeEscape(char));
}

/** One line of terminal text: controls escaped, runs of spaces collapsed (two spaces end a message in $eslint-stylish). */
export function oneLine(text: string): string {
  return escapeControls(text).replace(/ {2,}/g, " ");
}

/** A path relative to `cwd` with forward slashes, or the path as it is when it lies outside. */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const path = relative(cwd, filePath);
  if (path === "" || path.startsWith("..") || isAbsolute(path)) return filePath;
  return path.split(sep).join("/");
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
