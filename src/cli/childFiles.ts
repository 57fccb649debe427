import { readdirSync } from "node:fs";
import { basename } from "node:path";
import { describeWriteFailure, WriteFailure, writeFilesAtomic } from "../files/atomicWrite.js";
import { displayPath, escapeControls } from "../formatters/displayText.js";
import { makeFolders } from "./makeFolders.js";
import { UsageError } from "./usageError.js";

/** split's children, ready to be written: each path (in `outDir`) and its text. */
export interface ChildFiles {
  readonly outDir: string;
  /** How --out-dir was given, for messages (undefined: the input's own folder). */
  readonly outDirOption?: string;
  readonly children: readonly { readonly path: string; readonly data: string }[];
  /** --force: children that exist already are overwritten. */
  readonly force: boolean;
}

/**
 * Writes split's children, all or none, into a folder made if missing. Without --force, a
 * child that exists already is not overwritten: those there now are named at once, and one
 * made after that look (another split into the same folder) is kept at the rename, the run
 * leaving none of its own (found by the files audit: two runs into one --out-dir both
 * succeeded, one's children silently replacing the other's). A failure is a usage error (exit 2).
 */
export function writeChildFiles({ outDir, outDirOption, children, force }: ChildFiles, cwd: string): void {
  if (children.length === 0) return;
  try {
    makeFolders(outDir);
  } catch (error) {
    throw new UsageError(`split: cannot make --out-dir ${escapeControls(outDirOption ?? displayPath(outDir, cwd))}: ${describeWriteFailure(error)}`);
  }
  const listed = readdirOrEmpty(outDir);
  const present = children.filter((child) => listed.includes(basename(child.path)));
  if (present.length > 0 && !force) {
    // Escaped here: a line break in a name must not split the one line the error is.
    const names = present.map((child) => escapeControls(displayPath(child.path, cwd))).join(", ");
    throw new UsageError(`split: ${names} ${present.length === 1 ? "exists" : "exist"} already: nothing written (--force overwrites)`);
  }
  try {
    writeFilesAtomic(children, { throughLinks: false, partHardLinks: true, removeOnSignal: true, overwrite: force });
  } catch (error) {
    // The child the failure is about (a folder in its place), where it names one: "in od" alone left the user to look for it.
    const where = error instanceof WriteFailure ? `the child ${escapeControls(displayPath(error.target, cwd))}` : `the children in ${displayPath(outDir, cwd)}`;
    const made = error instanceof WriteFailure && error.code === "EXISTS";
    const why = made ? "a file was made there during this run (another split into the same folder?); it is kept as it is" : describeWriteFailure(error);
    throw new UsageError(`split: cannot write ${where}: ${why}; no child was written`);
  }
}

function readdirOrEmpty(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
