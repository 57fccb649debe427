import type { JsonEdit } from "./jsonEdit.js";
import type { Span } from "../source/range.js";

/**
 * The one severity encoding inside oms-lint: a finding is an "error" or a "warning", and
 * a configured rule is one of those or "off" (RuleLevel). Words other than these ("warn",
 * ESLint's 0/1/2) are read only at the edges, the CLI's --rule and the config file, and
 * turned into these at once (src/engine/ruleConfig.ts); ESLint's 2/1 is written only in
 * LintMessage, the result shape of `--format json` that other tools read.
 */
export type Severity = "error" | "warning";

/** How sure we are that the OMS enforces a check (SPEC §3). */
export type Evidence = "stated" | "advised" | "inferred";

export interface Diagnostic {
  /** The rule that found it: a rule id ("schema" and the x-oms-rule ids for structural ones). */
  readonly ruleId: string;
  /** Which of the rule's messages this is (its meta.messages key; a structural finding's Ajv keyword). */
  readonly messageId: string;
  readonly severity: Severity;
  /** How sure we are that the OMS refuses this (the rule's or the schema constraint's evidence). */
  readonly evidence: Evidence;
  readonly message: string;
  /** JSON Pointer (RFC 6901) to the most specific value to fix; for a missing property, where it belongs. */
  readonly path: string;
  /**
   * A structural finding's constraint: its place in schemas/ (`file#/pointer/keyword`, the
   * key of docs/evidence.md's rows), whose own passage (x-oms-passage) says why it exists.
   */
  readonly constraint?: string;
  /**
   * The edit that mends this finding alone, when its rule is fixable and the finding is not
   * only our reading: what fix(), `--fix`, the editor's fix-all and `eslint --fix` write.
   * Its path is the real pointer, where `path` may be redacted (src/domain/secretLookalikes.ts):
   * applyFix() finds its place by it, and a key redacted to "[redacted]" could be any of several.
   */
  readonly fix?: JsonEdit;
  /**
   * The same edit on a finding whose evidence is `inferred` (ESLint's suggestion, not its fix):
   * offered one at a time (an editor's quick fix, `applyFix`), never written by fix() or
   * `--fix`, since the documents do not say that it keeps the order's meaning (README:
   * `--fix` writes "only the fixes that do what the documents advise"); or an edit its rule
   * holds back whatever the evidence (Report.suggest), since made unasked it leaves the order
   * worse in a way the message names.
   */
  readonly suggestion?: JsonEdit;
  /** Where in the source text (options.source) the rule found it, when the text alone knows (a repeated key). */
  readonly span?: Span;
  /** "key": the finding is about the key of the property `path` names, and is placed at that key in the text. */
  readonly at?: "key";
  /**
   * For a search given as one URL or query string (its path is then ""), and a request's query
   * finding (checkRequest, withPreSubmitCheck): the parameter the finding is about.
   */
  readonly parameter?: string;
  /**
   * Of a request's own finding or its query's (checkRequest, withPreSubmitCheck; its path is ""):
   * the part of the request it is about: "request" (its method, its URL, the request as a whole),
   * "header" (`header` names it, where the rule names one), "query" (`parameter` names it) or
   * "body" (that a body is sent, is missing or is of another type). Unset on a finding of the
   * body's content, which its path places.
   */
  readonly requestPart?: "request" | "header" | "query" | "body";
  /** Of a request's finding about one header: its name, lower case. */
  readonly header?: string;
  /**
   * Set only where findings that give way are kept (ESLint's shared pass): the rules of the
   * findings of the same cause this one gives way to (src/lint/oneCause.ts). A caller shows it
   * only where none of those rules is on.
   */
  readonly givesWayTo?: readonly string[];
  /**
   * Set only where findings that give way are kept (ESLint's shared pass), on a list's note that
   * it stopped listing: the rules of the findings of its list it counted (src/lint/listLimitNote.ts),
   * one of which ESLint reports it under (src/eslint/noteOwner.ts).
   */
  readonly countedRules?: readonly string[];
}

export interface ValidationResult {
  readonly valid: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly diagnostics: readonly Diagnostic[];
}

export function summarize(diagnostics: readonly Diagnostic[]): ValidationResult {
  let errorCount = 0;
  for (const d of diagnostics) if (d.severity === "error") errorCount++;
  return { valid: errorCount === 0, errorCount, warningCount: diagnostics.length - errorCount, diagnostics };
}
