import { basename } from "node:path";
import { isNotPayloadName } from "../cli/notPayload.js";

/**
 * Whether ESLint's file may be a payload: not one of the names the CLI's folder walk and
 * globs skip (package.json, package-lock.json, tsconfig*.json, …; src/cli/notPayload.ts).
 * ESLint cannot say whether a file was named outright or matched by `files: ["**\/*.json"]`,
 * so the plugin treats every file as the CLI treats a file it found: those are never linted.
 */
export function mayBePayload(filePath: string): boolean {
  return !isNotPayloadName(basename(filePath));
}
