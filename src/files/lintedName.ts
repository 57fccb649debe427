/**
 * What a folder holds to lint, by a file's name alone: `**\/*.json`, `*.http` and `*.rest`,
 * matched as the glob `*.{json,http,rest}` matches them (case and all: `order.JSON` is not
 * one, as ESLint's `files: ["**\/*.json"]` does not take it either). The folder walk
 * (src/cli/walkFolder.ts) and the language server (src/lsp/documentLint.ts) both read it, so
 * that the editor lints no file that `oms-lint .` skips.
 */
const lintedName = /\.(?:(json)|http|rest)$/;

/**
 * The same names as a glob over a folder at any depth, for the client to watch the files the
 * language server lints (lintedFileWatchers.ts): kept beside the pattern it spells again.
 */
export const lintedNameGlob = "**/*.{json,http,rest}";

/** What a file is read as: JSON (a payload or a Postman collection), or a REST Client file. */
export type LintedFileType = "json" | "http";

/** How a file of this name is linted when a folder walk finds it; undefined when the walk leaves it. */
export function lintedFileType(name: string): LintedFileType | undefined {
  const match = lintedName.exec(name);
  if (match === null) return undefined;
  return match[1] === undefined ? "http" : "json";
}

/**
 * Whether a folder walk takes a file of this name (its name only: the walk skips the
 * not-payload names beside it, notPayload.ts). A test, not lintedFileType: the walk asks it of
 * every file it lists (100,000 in a large tree), and a test builds no match array.
 */
export function isLintedName(name: string): boolean {
  return lintedName.test(name);
}
