import { closeSync, existsSync, openSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describeWriteFailure, isNullDevice, stageFile, WriteFailure, type StagedFile } from "../files/atomicWrite.js";
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

/**
 * The report's way out: `write` (standard output, or standard error for --fix-dry-run), or
 * the --output-file, created (with its folders) when the first block is ready.
 */
export function reportOutput(write: (text: string) => void, outputFile: string | undefined, cwd: string, flag = "--output-file"): ReportOutput {
  const sink = outputFile === undefined ? { write, close: () => undefined, abort: () => undefined } : fileSink(outputFile, cwd, flag);
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
      if (pending !== "" || outputFile !== undefined) sink.write(pending);
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
 * never a truncated one, and a run ended by Ctrl-C or SIGTERM no temporary file. A failure
 * is a usage error (exit 2), never a stack trace.
 */
function fileSink(outputFile: string, cwd: string, flag: string): { write(text: string): void; close(): void; abort(): void } {
  const target = resolve(cwd, outputFile);
  if (isNullDevice(target)) return nullSink(target, outputFile, flag);
  // Nothing there when the run looked (checkOutputFile): a file made there since is another's.
  const absent = !existsSync(target);
  let staged: StagedFile | undefined;
  const attempt = (action: () => void) => {
    try {
      action();
    } catch (error) {
      staged?.abort();
      const made = absent && error instanceof WriteFailure && error.code === "EXISTS";
      const why = made ? "a file was made there during this run (another run's report?); it is kept as it is" : describeWriteFailure(error);
      const kept = !made && existsSync(target) ? "; the previous report is unchanged" : "";
      throw new UsageError(`cannot write ${flag} ${escapeControls(outputFile)}: ${why}${kept}`);
    }
  };
  return {
    write: (text) =>
      attempt(() => {
        if (staged === undefined) {
          makeFolders(dirname(target));
          staged = stageFile(target, { removeOnSignal: true, overwrite: !absent });
        }
        staged.write(text);
      }),
    close: () => attempt(() => staged?.commit()),
    abort: () => staged?.abort(),
  };
}

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
