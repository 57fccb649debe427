import { describeArgument } from "../engine/argumentWords.js";

/**
 * The fields of a message a format reads, and what each must be. The place is required whole,
 * its end and JSON Pointer too, as LintMessage's type has them: absent, junit printed
 * `(undefined)` and rdjson `"end":{}` (found by the audit of the report formats). Required rather
 * than guessed: an end taken as the start, or a pointer as the whole document, would place a
 * finding (and SARIF's fix region, GitLab's fingerprint) where its rule did not, in silence.
 */
const messageFields: readonly (readonly [string, (value: unknown) => boolean, string])[] = [
  ["ruleId", (v) => typeof v === "string", "a string"],
  ["message", (v) => typeof v === "string", "a string"],
  ["severity", (v) => v === 1 || v === 2, "1 (warning) or 2 (error)"],
  ["path", (v) => typeof v === "string", 'a string (a JSON Pointer; "" for the whole document)'],
  ["line", (v) => Number.isSafeInteger(v), "a whole number"],
  ["column", (v) => Number.isSafeInteger(v), "a whole number"],
  ["endLine", (v) => Number.isSafeInteger(v), "a whole number"],
  ["endColumn", (v) => Number.isSafeInteger(v), "a whole number"],
];

/**
 * The results a library formatter is given, checked at the edge: lint results as lintText,
 * lintFile, lintHttpFile and lintPostmanCollection return them. A wrong one is a TypeError
 * naming the format and the place, never "n is not iterable" from the bundle.
 */
export function checkResults(format: string, results: unknown): void {
  const fn = `formatters.${format}`;
  if (!Array.isArray(results)) throw new TypeError(`${fn}: results must be an array of lint results (what lintText returns, in a list: [lintText(text)]); got ${describeArgument(results)}`);
  results.forEach((result: unknown, i) => {
    const at = `${fn}: results[${i}]`;
    if (typeof result !== "object" || result === null || Array.isArray(result)) throw new TypeError(`${at} must be a lint result ({ filePath, messages, … }); got ${describeArgument(result)}`);
    const { filePath, messages } = result as Record<string, unknown>;
    if (typeof filePath !== "string") throw new TypeError(`${at}.filePath must be a string; got ${describeArgument(filePath)}`);
    if (!Array.isArray(messages)) throw new TypeError(`${at}.messages must be an array; got ${describeArgument(messages)}`);
    messages.forEach((message: unknown, j) => {
      if (typeof message !== "object" || message === null) throw new TypeError(`${at}.messages[${j}] must be a message object; got ${describeArgument(message)}`);
      for (const [name, ok, what] of messageFields) {
        const value = (message as Record<string, unknown>)[name];
        if (!ok(value)) throw new TypeError(`${at}.messages[${j}].${name} must be ${what}; got ${describeArgument(value)}`);
      }
    });
  });
}
