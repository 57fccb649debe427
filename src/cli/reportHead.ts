/** How many bytes of an existing report file are read to tell what it holds. */
export const reportHeadBytes = 4096;

/**
 * How each of oms-lint's machine-readable reports begins, white space left out (json, gitlab,
 * rdjson, sarif, junit). An earlier report, whole or of any length, begins with one of them.
 */
const reportOpenings: readonly string[] = [
  "[]",
  '[{"filePath":',
  '[{"type":"issue","description":',
  '{"source":{"name":"oms-lint"}',
  '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"oms-lint"',
  '<?xmlversion="1.0"encoding="utf-8"?><testsuitesname="oms-lint"',
];

function compact(head: string): string {
  return head.replace(/^\uFEFF/, "").replace(/\s+/g, "");
}

/**
 * Whether a file's first bytes are those of an oms-lint report (or of nothing: an empty
 * file). A head cut short matches an opening it begins.
 */
export function isReportHead(head: string): boolean {
  const text = compact(head);
  return text === "" || reportOpenings.some((opening) => text.startsWith(opening) || (head.length >= reportHeadBytes && opening.startsWith(text)));
}

/** Whether a file's first bytes are JSON or XML: data a text report must not replace. */
export function looksLikeData(head: string): boolean {
  return /^[[{<]/.test(compact(head));
}
