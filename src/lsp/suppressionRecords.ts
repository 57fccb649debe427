import { join, relative, sep } from "node:path";
import { suppressedByCounts, type SuppressionCounts } from "../suppressions/suppressionCounts.js";
import { readSuppressions, SuppressionsFileError } from "../suppressions/suppressionsFile.js";
import { suppressionsFileName } from "../files/suppressionsFileName.js";
import type { LintResult } from "../lint/lintResult.js";
import { fileStamp } from "./fileStamp.js";

/** A folder's suppressions record as the server read it: its counts, or why it cannot be applied (then none is). */
export interface ReadRecord {
  readonly counts: SuppressionCounts;
  readonly problem?: string;
}

/**
 * The suppressions records (oms-lint-suppressions.json, the CLI's default location) of the folders
 * the open documents run in (runFolder: where `npx oms-lint` runs for them, and reads its record
 * from), each read once until it changes: dropped all at once by forget() when the client's
 * watcher reports a change, or found changed on disk (changedOnDisk) for a client that watches
 * none; one folder's let go with the last document that runs there.
 */
export class SuppressionRecords {
  readonly #byFolder = new Map<string, { readonly record: ReadRecord; readonly stamp: string | undefined }>();

  /** The record in `folder` (none there: no counts). */
  recordIn(folder: string): ReadRecord {
    let read = this.#byFolder.get(folder);
    if (read === undefined) {
      const path = join(folder, suppressionsFileName);
      // Taken before the read: a change during it makes the next check read the file again.
      const stamp = fileStamp(path);
      read = { record: readRecord(path), stamp };
      this.#byFolder.set(folder, read);
    }
    return read.record;
  }

  /** Whether a record held has changed on disk since it was read (made, changed, deleted): one stat of each. */
  changedOnDisk(): boolean {
    for (const [folder, { stamp }] of this.#byFolder) if (fileStamp(join(folder, suppressionsFileName)) !== stamp) return true;
    return false;
  }

  forget(): void {
    this.#byFolder.clear();
  }

  /** No open document runs in `folder` any more. */
  letGo(folder: string): void {
    this.#byFolder.delete(folder);
  }

  /** How many folders' records it holds, for the tests. */
  get held(): number {
    return this.#byFolder.size;
  }
}

/** The record at `path`, read as the CLI reads it; one the CLI refuses (exit 2) is applied nowhere, and says why. */
function readRecord(path: string): ReadRecord {
  try {
    return { counts: readSuppressions(path, path).counts };
  } catch (error) {
    if (!(error instanceof SuppressionsFileError)) throw error;
    return { counts: Object.create(null) as SuppressionCounts, problem: error.message };
  }
}

/** A file's result with the errors the record of `folder` suppresses left out: its key is the file's path from there, with `/`, as the CLI writes it. */
export function suppressedIn(record: ReadRecord, folder: string, filePath: string, result: LintResult): LintResult {
  return suppressedByCounts(result, record.counts[relative(folder, filePath).split(sep).join("/")]);
}
