import { isSkippedFrom } from "../files/notPayload.js";
import { jsoncDialect, type JsoncDialect } from "./jsoncFiles.js";

/** How the file's own tool reads it, when that is JSONC (tsconfig.json, .vscode/settings.json, …: src/eslint/jsoncFiles.ts). */
export function jsoncDialectOf(filePath: string): JsoncDialect | undefined {
  return jsoncDialect(filePath.split(/[\\/]/));
}

/**
 * Whether ESLint's file may be a payload: not what the CLI's folder walk from ESLint's working
 * folder skips (package.json, tsconfig.json, tsconfig.*.json and the rest of src/files/notPayload.ts, a hidden
 * file, a file in a hidden folder such as .vscode/ or in node_modules/), the same test as the
 * walk's and the language server's; and not a file its own tool reads as JSONC. ESLint cannot
 * say whether a file was named outright or matched by `files: ["**\/*.json"]`, so the plugin
 * treats every file as the CLI treats a file it found: those are never linted. Without a
 * working folder (a language's parse() is given none), or outside it, only the file's own
 * name is judged, as the language server judges a document outside every workspace folder.
 * oms-lint's own reports are told by their content (src/files/ownReport.ts): the language's
 * parse() and the rules' shared pass (sharedLint.ts) ask that of the text.
 */
export function mayBePayload(filePath: string, cwd?: string): boolean {
  return !isSkippedFrom(cwd, filePath) && jsoncDialectOf(filePath) === undefined;
}

