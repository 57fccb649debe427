import { closeSync, openSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { makeFolders } from "./makeFolders.js";
import { UsageError } from "./usageError.js";

/** Where a report goes, a piece at a time. */
export interface ReportOutput {
  write(text: string): void;
  /** Writes what is left; the report is complete. */
  close(): void;
}

/** Text is passed on in blocks of about this many characters: few writes, little held. */
const blockSize = 64 * 1024;

/**
 * The report's way out: `write` (standard output, or standard error for --fix-dry-run), or
 * the --output-file, created (with its folders) when the first block is ready.
 */
export function reportOutput(write: (text: string) => void, outputFile: string | undefined, cwd: string): ReportOutput {
  const sink = outputFile === undefined ? { write, close: () => undefined } : fileSink(outputFile, cwd);
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
  };
}

/** The --output-file, opened at the first write; a failure is a usage error (exit 2), never a stack trace. */
function fileSink(outputFile: string, cwd: string): { write(text: string): void; close(): void } {
  const target = resolve(cwd, outputFile);
  let fd: number | undefined;
  const attempt = (action: () => void) => {
    try {
      action();
    } catch (error) {
      throw new UsageError(`cannot write --output-file ${outputFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  };
  return {
    write: (text) =>
      attempt(() => {
        if (fd === undefined) {
          makeFolders(dirname(target));
          fd = openSync(target, "w");
        }
        const bytes = Buffer.from(text, "utf8");
        for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      }),
    close: () =>
      attempt(() => {
        if (fd !== undefined) closeSync(fd);
        fd = undefined;
      }),
  };
}
