import type { Stats } from "node:fs";
import { basename, resolve } from "node:path";
import { appendToRegularFile } from "../files/appendToRegularFile.js";
import { describeWriteFailure } from "../files/atomicWrite.js";
import { realPathOf, statOrUndefined } from "../files/fileFacts.js";
import { displayPath, escapeControls } from "../formatters/displayText.js";
import type { CliIo, FileIdentity } from "./cliIo.js";
import { holdsJsonByItsHead } from "./jsonByItsHead.js";
import { configNameReason, jsonHeld } from "./outputTarget.js";

/**
 * $GITHUB_STEP_SUMMARY is GitHub's file, appended to by every step: a failure to write it is a
 * note, not the run's failure. One that names a file of this run (a payload, the config, a
 * report), or any file holding a JSON object or array (a payload elsewhere, as -o refuses it;
 * GitHub's summary is Markdown), is set wrong: appending Markdown there would spoil it. So is the file
 * standard output goes to (`> s.txt`, `/dev/stdout`): the report, written after at the descriptor's
 * own offset, would overwrite the summary's head and leave its tail. Whether it was written: the
 * log's last line points there only if so.
 */
export function appendStepSummary(file: string, markdown: string, io: CliIo, runFiles: () => readonly string[]): boolean {
  const path = resolve(io.cwd, file);
  const real = realPathOf(path);
  // Another name of the same file (a hard link) is looked for only when it has one: GitHub's own file has none.
  const stat = statOrUndefined(real);
  const sameFile = stat?.isFile() === true && stat.nlink > 1 ? (each: string) => isSameFile(statOrUndefined(each), stat) : () => false;
  const clash = runFiles().find((each) => each === path || each === real || (basename(each) === basename(real) && realPathOf(each) === real) || sameFile(each));
  if (clash !== undefined) {
    io.writeStderr(`oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: it names a file this run reads or writes (${escapeControls(displayPath(clash, io.cwd))}), not GitHub's summary\n`);
    return false;
  }
  // Standard error alike (`2> s.txt`): a note written after the summary, at the descriptor's own offset, would overwrite its head.
  for (const [file, stream] of [[io.stdoutFile, "standard output"], [io.stderrFile, "standard error"]] as const) {
    if (stat !== undefined && file !== undefined && isSameFile(file, stat)) {
      io.writeStderr(`oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: it names the file this run's ${stream} goes to (${escapeControls(displayPath(real, io.cwd))}), not GitHub's summary\n`);
      return false;
    }
  }
  // By its name, there or not, as -o refuses it: Markdown made at oms-lint.config.json is every later run's config there.
  const configName = configNameReason(path, real);
  if (configName !== undefined) {
    io.writeStderr(`oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: it ${configName}, not GitHub's summary\n`);
    return false;
  }
  // Told by its head, whatever its size: Markdown never starts a JSON object or array, while a
  // bare number or null (`echo 42 >>` it) is Markdown too. What payload it is, only when it says.
  if (stat?.isFile() === true && holdsJsonByItsHead(real)) {
    io.writeStderr(`oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: it holds ${jsonHeld(real, stat.size)?.payload ?? "JSON"}, not GitHub's summary (Markdown)\n`);
    return false;
  }
  try {
    appendToRegularFile(path, markdown, { ownLine: true });
    return true;
  } catch (error) {
    io.writeStderr(`oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: ${describeWriteFailure(error)}\n`);
    return false;
  }
}

/** Whether a file's identity is that of `stat`'s file (one of its other names). */
function isSameFile(other: FileIdentity | undefined, stat: Stats): boolean {
  return other !== undefined && other.ino === stat.ino && other.dev === stat.dev;
}
