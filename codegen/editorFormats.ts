import type { JsonSchema } from "./schemaSet.js";

/**
 * A `date-time` as oms-lint's validators take it, for the editor: ajv-formats' full date-time
 * splits at `t`, `T` or any whitespace and takes an offset of `±hh`, `±hhmm` or `±hh:mm`
 * (2026-11-23 10:00:00Z, 2026-11-23T10:00:00+0530), where VS Code's own `date-time` pattern
 * wants a `T` and `±hh:mm`, and would call those payloads errors that oms-lint passes. This
 * pattern takes all that Ajv takes: its fields in their ranges, a second of 60 anywhere (Ajv
 * takes it at 23:59 UTC only), any day to 31 in any month (Ajv knows the calendar). What it
 * lets through is oms-lint's finding, which the language server publishes under `structure:
 * "editor"` too (src/lsp/editorStructure.ts leaves no `format` to the editor).
 */
const dateTimeAsAjvTakesIt = String.raw`^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt\s](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)$`;

/** A `format` as the editor should check it: date-time as a pattern (above), any other as it is (VS Code's ipv4 and ipv6 patterns are ajv-formats' own). */
export function formatForEditor(format: unknown): JsonSchema {
  return format === "date-time" ? { pattern: dateTimeAsAjvTakesIt } : { format };
}
