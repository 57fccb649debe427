import { constants } from "node:buffer";
import { UsageError } from "./usageError.js";

/** V8's cap on one string, in UTF-16 code units (2^29 - 24 on 64-bit Node.js 20). */
const stringLimit = constants.MAX_STRING_LENGTH;

/** What V8 throws where a string would pass its cap: `+=`, `JSON.stringify`, `repeat`. */
function isStringTooLong(error: unknown): boolean {
  return error instanceof RangeError && error.message === "Invalid string length";
}

/**
 * Why a report could not be built: each format writes file by file, but a file's entry (one
 * JSON.stringify of its result), or the whole text a format holds until the end (junit's
 * suites, which its totals precede), is one string. `oms-lint --no-config / -f json` passed
 * V8's cap and ended in `internal error: Invalid string length`: the run's size, not a fault.
 */
export function reportTooLargeWords(format: string, filePath: string): string {
  return `the report is too large to build in memory (the ${format} report, at ${filePath}, passed ${stringLimit.toLocaleString("en-US")} characters, the most one string may hold): lint fewer files per run, use --quiet, or --format compact`;
}

/** What `build` gives; a string past V8's cap is a usage error (exit 2) in those words, any other error itself. */
export function builtWithinStringLimit<T>(build: () => T, format: string, filePath: string): T {
  try {
    return build();
  } catch (error) {
    if (isStringTooLong(error)) throw new UsageError(reportTooLargeWords(format, filePath));
    throw error;
  }
}
