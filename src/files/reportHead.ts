/** How many bytes of an existing report file are read, at its start and at its end, to tell what it holds. */
export const reportHeadBytes = 4096;

/** An existing file's size and its first and last bytes (one read when it is short), as text. */
export interface FileEnds {
  readonly size: number;
  readonly head: string;
  readonly tail: string;
}

/**
 * How each of oms-lint's machine-readable reports begins, white space left out (json, gitlab,
 * rdjson, sarif, junit; ESLint's json and json-with-metadata reports too). An earlier report, whole or of any length, begins with one of them.
 */
const reportOpenings: readonly string[] = [
  '[{"filePath":',
  // ESLint's -f json-with-metadata, its json report's results with the rules' meta: told as the plain json report is.
  '{"results":[{"filePath":',
  '{"results":[],"metadata":{',
  '[{"type":"issue","description":',
  '{"source":{"name":"oms-lint"',
  '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"oms-lint"',
  '<?xmlversion="1.0"encoding="utf-8"?><testsuitesname="oms-lint"',
];

/**
 * The text formats, by their lines: compact's `file:line:column: severity message [rule]`;
 * stylish's file path, then `  line:column  severity  message`, and its summary last;
 * github's `::error file=…` commands (`::error title=oms-lint …` for a file no file= can name,
 * or its one summary line for a clean run), and its summary last, as github.ts's summaryLine words it.
 */
const compactLine = /^.*:\d+:\d+: (error|warning) .* \[[^\]\s]+\]$/;
const stylishPath = /^(\/|[A-Za-z]:[\\/]|\\\\|<)\S/;
const stylishRow = /^ +\d+:\d+ +(error|warning) {2}/;
const stylishSummary = /^\u2716 \d+ problems? \(\d+ errors?, \d+ warnings?\)$/;
const githubCommand = /^::(error|warning|notice) (file=|title=oms-lint )/;
const githubSummary = /^oms-lint: (no problems in \d+ files?|\d+ problems? \(\d+ errors?, \d+ warnings?\) in \d+ files?(; GitHub shows .*)?)$/;

function compact(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\s+/g, "");
}

function lines(text: string): string[] {
  // Colours (an earlier run's -o of a terminal's format) are not part of a line's layout.
  // eslint-disable-next-line no-control-regex
  return text.replace(/^\uFEFF/, "").replace(/\u001b\[[0-9;]*m/g, "").split(/\r?\n/).filter((line) => line.trim() !== "");
}

/**
 * Whether a file is an earlier oms-lint report (or nothing: empty, or white space alone): a
 * machine format by how it begins, a text format by its lines (its first and last ones, since
 * the middle of a large file is not read). Anything else is not one.
 */
export function isEarlierReport({ size, head, tail }: FileEnds): boolean {
  const opening = compact(head);
  if (opening === "") return size <= reportHeadBytes;
  // A clean run's json or gitlab report is `[]` and nothing more: `[]` followed by anything (`[] notes`, `[][1]`)
  // is no report of ours, and a walk skipped it as one, a broken fixture passing unread (audit of the files written).
  if (opening === "[]") return size <= reportHeadBytes;
  if (reportOpenings.some((known) => opening.startsWith(known))) return true;
  const [first, second] = lines(head);
  const last = lines(tail).at(-1);
  if (first === undefined || last === undefined) return false;
  if (stylishPath.test(first) && second !== undefined && stylishRow.test(second) && stylishSummary.test(last)) return true;
  if (compactLine.test(first) && compactLine.test(last)) return true;
  return githubSummary.test(last) && (githubCommand.test(first) || first === last);
}
