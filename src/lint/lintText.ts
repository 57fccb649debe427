import type { Diagnostic } from "../engine/diagnostic.js";
import { detectKind } from "../kinds/kindDetection.js";
import { isKind, kinds, type Kind } from "../kinds/kinds.js";
import { lintResult, type LintMessage, type LintResult } from "./lintResult.js";
import { parseSource, type SourceLocator } from "../source/parseSource.js";
import type { SourceRange } from "../source/range.js";
import { validate, type ValidateOptions } from "./validate.js";

export interface LintTextOptions extends Omit<ValidateOptions, "source"> {
  /** The payload's kind; without it, the kind is told from the content (see detectKind). */
  readonly kind?: Kind;
  /** Reported as the result's filePath; "<text>" if not given. */
  readonly filePath?: string;
  /** Levels of nesting allowed before the text is refused (default 1000). */
  readonly maxDepth?: number;
  /** Elements of one array, or members of one object, allowed before the text is refused (default 100,000). */
  readonly maxEntries?: number;
  /** Values in the whole text allowed before it is refused (default 5,000,000). */
  readonly maxValues?: number;
}

/** The rules that report what only the source text knows; their repeats are placed one by one. */
const duplicateKeyRule = "duplicate-key";
const unsafeIntegerRule = "unsafe-integer";

/**
 * Lints JSON text: parse (with positions), tell the kind, validate (schema and rules),
 * and place every diagnostic at the line and column of the value its pointer names.
 * A pure function of its arguments, for services that hold the text and for the CLI.
 * Never throws on any text; an unknown kind or rule id is a TypeError, as in validate().
 */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const { kind: forcedKind, filePath = "<text>", maxDepth, maxEntries, maxValues, ...validateOptions } = options;
  if (forcedKind !== undefined && !isKind(forcedKind)) {
    throw new TypeError(`unknown kind ${JSON.stringify(forcedKind)}; the kinds are: ${kindList()}`);
  }
  const parsed = parseSource(text, { maxDepth, maxEntries, maxValues });
  if (!parsed.ok) {
    const fault: LintMessage = { ruleId: "parse", severity: 2, message: parsed.fault.message, path: "", ...parsed.range, fatal: true };
    return lintResult(filePath, forcedKind ?? null, [fault]);
  }
  const kind = forcedKind ?? detectKind(parsed.value);
  if (kind === undefined) {
    const range = parsed.locate.pointer("");
    const unknown: LintMessage = {
      ruleId: "kind",
      severity: 2,
      message: `cannot tell which payload this is: name its kind with --kind <kind>, or map the file to a kind under "files" in oms-lint.config.json; the kinds are ${kindList()}`,
      path: "",
      line: range.line,
      column: range.column,
      endLine: range.line,
      endColumn: range.column + 1,
    };
    return lintResult(filePath, null, [unknown]);
  }
  const { diagnostics } = validate(kind, parsed.value, { ...validateOptions, source: parsed.facts });
  return lintResult(filePath, kind, place(diagnostics, parsed.locate));
}

function kindList(): string {
  return kinds.map((k) => k.kind).join(", ");
}

/** Gives each diagnostic its place; a repeated key or huge integer its own occurrence's. */
function place(diagnostics: readonly Diagnostic[], locate: SourceLocator): LintMessage[] {
  // A clean file (the common case) costs no walk of its text.
  if (diagnostics.length === 0) return [];
  const used = new Map<string, number>();
  const ranges = locate.pointers(diagnostics.map((d) => d.path));
  const messages = diagnostics.map((d, i): LintMessage => {
    let range: SourceRange | undefined;
    const occurrences =
      d.ruleId === duplicateKeyRule ? locate.duplicateKeys(d.path) : d.ruleId === unsafeIntegerRule ? locate.unsafeIntegers(d.path) : [];
    if (occurrences.length > 0) {
      const key = `${d.ruleId}\u0000${d.path}`;
      const index = used.get(key) ?? 0;
      used.set(key, index + 1);
      const span = occurrences[Math.min(index, occurrences.length - 1)];
      if (span) range = locate.span(span);
    }
    range ??= ranges[i] as SourceRange;
    return { ruleId: d.ruleId, severity: d.severity === "error" ? 2 : 1, message: d.message, path: d.path, ...range };
  });
  // Stable: diagnostics at one place keep validate()'s order.
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}
