import type { Severity } from "../diagnostic.js";
import type { LintResult } from "../lintResult.js";

/** What a rule says about itself, for formats that describe the rules (SARIF). */
export interface RuleDescription {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Longer help in Markdown (the rule's docs page), if there is one. */
  readonly helpMarkdown?: string;
  /** Where the rule's docs are published, if known. */
  readonly helpUri?: string;
}

/** Everything a formatter may know besides the results; no formatter reads anything else. */
export interface FormatContext {
  /** Paths are shown relative to this folder where a format wants them relative. */
  readonly cwd: string;
  /** ANSI colours (stylish only). */
  readonly color: boolean;
  readonly toolVersion: string;
  readonly informationUri?: string;
  readonly rules: readonly RuleDescription[];
}

/** A pure function from results to the text of one format. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;
