import { closeSync, existsSync, openSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describeWriteFailure, isNullDevice, stageFile, WriteFailure, type StagedFile, type StageOptions } from "../files/atomicWrite.js";
import type { OutputFileAtCheck } from "./outputTarget.js";
import { escapeControls } from "../formatters/displayText.js";
import { makeFolders } from "./makeFolders.js";
import { UsageError } from "./usageError.js";

/** Where a report goes, a piece at a time. */
export interface ReportOutput {
  write(text: string): void;
  /** Writes what is left; the report is complete. */
  close(): void;
  /** The run failed: an --output-file is left as it was (the temporary file is removed). */
  abort(): void;
}

/** Text is passed on in blocks of about this many characters: few writes, little held. */
const blockSize = 64 * 1024;

/** A report's file: as given, the working folder, the flag that named it (for messages), and what checkOutputFile found there. */
export interface ReportFile {
  readonly file: string;
  readonly cwd: string;
  readonly flag: string;
  readonly atCheck: OutputFileAtCheck;
}

/**
 * The report's way out: `write` (standard output, or standard error for --fix-dry-run), or
 * the report's file, created (with its folders) when the first block is ready.
 */
export function reportOutput(write: (text: string) => void, output: ReportFile | undefined): ReportOutput {
  const sink = output === undefined ? { write, close: () => undefined, abort: () => undefined } : fileSink(output);
  let pending = "";
  return {
    write(text) {
      pending += text;
      if (pending.length >= blockSize) {
        sink.write(pending);
        pending = "";
      }
    },
    close() {
      // An empty report still makes its file, as before: a CI step may upload it.
      if (pending !== "" || output !== undefined) sink.write(pending);
      pending = "";
      sink.close();
    },
    abort() {
      pending = "";
      sink.abort();
    },
  };
}

/**
 * The --output-file, written beside its target and renamed over it when the report is
 * complete (see stageFile): a run killed or failing midway leaves the previous report whole,
 * never a truncated one, and a run ended by Ctrl-C or SIGTERM no temporary file. It replaces
 * only what checkOutputFile found (`atCheck`): nothing, or that
 * earlier report, still the same file with the same bytes, and no link put at its name since
 * (the report followed a link put there during the run, and replaced the file it pointed to,
 * and an editor's save there was lost: audit of the files written). A failure is a usage error
 * (exit 2), never a stack trace.
 */
function fileSink({ file: outputFile, cwd, flag, atCheck }: ReportFile): { write(text: string): void; close(): void; abort(): void } {
  const target = resolve(cwd, outputFile);
  if (isNullDevice(target) || atCheck.found === "nullDevice") return nullSink(target, outputFile, flag);
  // Nothing there when the run looked: a file made there since is another's. An earlier report: that file alone, as it was.
  const absent = atCheck.found === "absent";
  const written = atCheck.found === "earlier" ? atCheck.at : target;
  const options: StageOptions = atCheck.found === "earlier" ? { removeOnSignal: true, throughLinks: false, unchangedSince: atCheck.state } : { removeOnSignal: true, overwrite: false };
  let staged: StagedFile | undefined;
  const attempt = (action: () => void) => {
    try {
      action();
    } catch (error) {
      staged?.abort();
      // What stands there now is another's (made or changed since the run looked), kept: said so, not "the previous report is unchanged".
      const words = absent ? madeWords : changedWords;
      const kept = error instanceof WriteFailure && Object.hasOwn(words, error.code) ? words[error.code] : undefined;
      const unchanged = kept === undefined && existsSync(target) ? "; the previous report is unchanged" : "";
      throw new UsageError(`cannot write ${flag} ${escapeControls(outputFile)}: ${kept ?? describeWriteFailure(error)}${unchanged}`);
    }
  };
  return {
    write: (text) =>
      attempt(() => {
        if (staged === undefined) {
          makeFolders(dirname(written));
          staged = stageFile(written, options);
        }
        staged.write(text);
      }),
    close: () => attempt(() => staged?.commit()),
    abort: () => staged?.abort(),
  };
}

/** Why a report was not written where nothing stood when the run began: a file (or a link) was put there since, kept. */
const madeWords: Readonly<Record<string, string>> = {
  EXISTS: "a file was made there during this run (another run's report?); it is kept as it is",
};

/** Why an earlier report was not replaced: it is no longer the file the run found, and what stands there now is kept. */
const changedWords: Readonly<Record<string, string>> = {
  CHANGED: "it changed during this run, after it was found to be an earlier report (saved by an editor, replaced by another run or by a symbolic link?); it is kept as it is",
  LINK: "it was replaced by a symbolic link during this run, after it was found to be an earlier report; the link is kept as it is, and nothing is written through it",
  GONE: "it was removed during this run, after it was found to be an earlier report; nothing is written in its place",
};

/** `-o /dev/null`: written to directly, as there is nothing there to keep whole. */
function nullSink(target: string, outputFile: string, flag: string): { write(text: string): void; close(): void; abort(): void } {
  let fd: number | undefined;
  const attempt = (action: () => void) => {
    try {
      action();
    } catch (error) {
      throw new UsageError(`cannot write ${flag} ${escapeControls(outputFile)}: ${describeWriteFailure(error)}`);
    }
  };
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    write: (text) =>
      attempt(() => {
        fd ??= openSync(target, "w");
        writeSync(fd, text);
      }),
    close: () => attempt(close),
    abort: close,
  };
}
