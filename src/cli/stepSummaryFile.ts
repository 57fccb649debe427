import type { Stats } from "node:fs";
import { basename, resolve } from "node:path";
import { appendToRegularFile } from "../files/appendToRegularFile.js";
import { describeWriteFailure } from "../files/atomicWrite.js";
import { realPathOf, statOrUndefined } from "../files/fileFacts.js";
import { displayPath, escapeControls } from "../formatters/displayText.js";
import type { CliIo, FileIdentity } from "./cliIo.js";
import { configNameReason, foreignFile } from "./outputTarget.js";
import { summaryByteLimit, type StepSummaryText } from "../formatters/githubStepSummary.js";

/**
 * $GITHUB_STEP_SUMMARY is GitHub's file, appended to by every step: a failure to write it is a
 * note, not the run's failure. One that names a file of this run (a payload, the config, a
 * report), or a file foreignFile finds foreign (a request file by its name, as -o refuses it;
 * a file holding JSON or XML: GitHub's summary is Markdown), is set wrong: appending Markdown
 * there would spoil it. So is the file standard output goes to (`> s.txt`, `/dev/stdout`): the
 * report, written after at the descriptor's own offset, would overwrite the summary's head and
 * leave its tail. `markdownFor` gives the summary for a file that already holds so many bytes
 * (what earlier commands of the step wrote), within summaryByteLimit with them, or none when not
 * even its counts fit: GitHub drops a step's whole summary past 1 MiB. How many problems the
 * written summary lists; undefined when it was not written (the log's last line then points
 * at the log alone).
 */
export function appendStepSummary(file: string, markdownFor: (held: number) => StepSummaryText | undefined, io: CliIo, runFiles: () => readonly string[]): number | undefined {
  const path = resolve(io.cwd, file);
  const real = realPathOf(path);
  const cannot = (why: string): undefined => {
    io.writeStderr(`oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: ${why}\n`);
    return undefined;
  };
  // Another name of the same file (a hard link) is looked for only when it has one: GitHub's own file has none.
  const stat = statOrUndefined(real);
  const sameFile = stat?.isFile() === true && stat.nlink > 1 ? (each: string) => isSameFile(statOrUndefined(each), stat) : () => false;
  const clash = runFiles().find((each) => each === path || each === real || (basename(each) === basename(real) && realPathOf(each) === real) || sameFile(each));
  if (clash !== undefined) return cannot(`it names a file this run reads or writes (${escapeControls(displayPath(clash, io.cwd))}), not GitHub's summary`);
  // Standard error alike (`2> s.txt`): a note written after the summary, at the descriptor's own offset, would overwrite its head.
  for (const [file, stream] of [[io.stdoutFile, "standard output"], [io.stderrFile, "standard error"]] as const) {
    if (stat !== undefined && file !== undefined && isSameFile(file, stat)) return cannot(`it names the file this run's ${stream} goes to (${escapeControls(displayPath(real, io.cwd))}), not GitHub's summary`);
  }
  // By its name, there or not, as -o refuses it: Markdown made at oms-lint.config.json is every later run's config there.
  const configName = configNameReason(path, real);
  if (configName !== undefined) return cannot(`it ${configName}, not GitHub's summary`);
  // foreignFile: a request file by its name (x.http, there or not; -o asks this alone), and, the
  // file given with its size, one whose head is JSON or XML (a payload, a JUnit report: Markdown
  // went after its `</testsuites>`), whatever its size; a bare number or null (`echo 42 >>` it) is Markdown too.
  const foreign = foreignFile(path, real, stat?.isFile() === true ? { size: stat.size } : undefined);
  if (foreign !== undefined) return cannot(`it ${foreign}, not GitHub's summary (Markdown)`);
  // What the step wrote there before: the summary takes only the room it left (four runs of 318 KB each made 1.27 MB, and GitHub kept none).
  const held = stat?.isFile() === true ? stat.size : 0;
  const summary = markdownFor(held);
  if (summary === undefined) {
    io.writeStderr(`oms-lint: the step summary was not written: $GITHUB_STEP_SUMMARY already holds ${held.toLocaleString("en-US")} bytes, and even the counts would take it past the ${summaryByteLimit / 1024} KiB a step summary is kept to (GitHub drops a step's whole summary past 1 MiB)\n`);
    return undefined;
  }
  try {
    // After a blank line where the file holds text: CommonMark ends an HTML block (an earlier step's
    // `</details>`, a lone `<img>`) only there, and the heading after it showed as the block's raw text.
    appendToRegularFile(path, held > 0 ? `\n${summary.text}` : summary.text, { ownLine: true });
    return summary.rows;
  } catch (error) {
    return cannot(describeWriteFailure(error));
  }
}

/** Whether a file's identity is that of `stat`'s file (one of its other names). */
function isSameFile(other: FileIdentity | undefined, stat: Stats): boolean {
  return other !== undefined && other.ino === stat.ino && other.dev === stat.dev;
}
