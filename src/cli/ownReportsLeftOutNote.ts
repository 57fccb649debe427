import type { OwnReport } from "../files/ownReport.js";

/** A file a walk or a glob left out as one of oms-lint's own (ownReport.ts), by its path from the working folder. */
export interface OwnFileLeftOut {
  readonly path: string;
  readonly which: OwnReport;
}

/**
 * What a run says of the files a walk or a glob left out as oms-lint's own, if anything. A file
 * of `[]` alone is named, with how to lint it: it may be a fixture's empty list of bodies, which
 * no payload kind takes (SPEC §1), as well as a clean run's json or gitlab report (a `[]`
 * fixture beside a linted order was skipped without a word: audit, issue 18). A file that
 * carries a report's, the cache's or the suppressions record's marks is left out without a word
 * beside a linted file (naming the run's earlier reports and cache told a user to give them a
 * kind: review of the fixture-set fixes), and counted only when nothing was linted, which a run
 * says first rather than "no problems in 0 files" alone.
 */
export function ownReportsLeftOutNote(leftOut: readonly OwnFileLeftOut[], linted: number): string | undefined {
  const lists = leftOut.filter((file) => file.which === "emptyList").map((file) => file.path).sort();
  const marked = leftOut.length - lists.length;
  const parts: string[] = [];
  if (lists.length > 0) {
    const held = lists.length === 1 ? "1 file holding [] alone was" : `${lists.length} files holding [] alone were`;
    parts.push(
      `${held} left out as a clean run's gitlab or json report (${named(lists)}; [] is also an empty list of bodies, which no payload kind takes): name one outright, or give it a kind (--kind, or a "files" entry in oms-lint.config.json), to lint it`,
    );
  }
  if (linted === 0 && marked > 0) {
    const more = lists.length > 0 ? " more" : "";
    const files = marked === 1 ? `1${more} file was` : `${marked}${more} files were`;
    parts.push(`${files} left out as oms-lint's own report, cache or suppressions record, by its marks (name it outright to lint it)`);
  }
  if (parts.length === 0) return undefined;
  return `${linted === 0 ? "no file was linted: " : ""}${parts.join("; ")}`;
}

/** The first ten paths, then a count of the rest. */
function named(paths: readonly string[]): string {
  return paths.slice(0, 10).join(", ") + (paths.length > 10 ? ` and ${paths.length - 10} more` : "");
}
