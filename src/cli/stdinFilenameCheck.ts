import { folderSpelling } from "../files/folderSpelling.js";
import { escapeControls } from "../formatters/displayText.js";
import { UsageError } from "./usageError.js";

/**
 * Refuses a --stdin-filename that names no file: "" and a name spelt as a folder's (`.`, `./`,
 * `orders/`, `sub/..`), which resolve() turns into the working folder or drops the slash of, so
 * the report named a folder as the piped text's file (input audit, then its review).
 */
export function refuseStdinFilename(name: string | undefined): void {
  if (name === undefined) return;
  if (name === "") throw new UsageError("--stdin-filename takes the name the piped text is linted as, not an empty name (or leave it out for <stdin>)");
  const spelt = folderSpelling(name);
  if (spelt !== undefined) throw new UsageError(`--stdin-filename ${escapeControls(name)} names a folder (${spelt}): name the file the piped text is linted as`);
}
