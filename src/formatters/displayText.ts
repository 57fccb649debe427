import { isAbsolute, relative, sep } from "node:path";

/**
 * Control characters, ANSI escapes, bidirectional overrides and line separators in a file
 * name or a message must never reach a terminal raw: they could rewrite what the reader
 * sees. Each becomes a visible escape (`\n`, `\u001b`).
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const named = named_[char];
    return named ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

const named_: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

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
