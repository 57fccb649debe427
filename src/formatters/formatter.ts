import type { Evidence, Severity } from "../engine/diagnostic.js";
import type { LintResult } from "../lint/lintResult.js";

/** What a rule says about itself, for formats that describe the rules (SARIF). */
export interface RuleDescription {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  /**
   * How sure we are that the OMS enforces it (SPEC §3); none for the pseudo-rules parse, kind and
   * suppressions (postman-info-schema's is inferred). A parse or kind finding carries its own (a
   * limit's is inferred); a suppressions finding none, as oms-lint's own check of its record.
   */
  readonly evidence?: Evidence;
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
  /** `github`: the run also writes a step summary ($GITHUB_STEP_SUMMARY), so the log can point there. */
  readonly githubStepSummary?: boolean;
  /** `junit`: --max-warnings, when given: past it the warnings fail the run, and the report says so. */
  readonly maxWarnings?: number;
}

/** A pure function from results to the text of one format. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

/** What a report says at its end. */
export interface Totals {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  /**
   * The warnings --max-warnings counts: those of the results before --quiet dropped them (ESLint's
   * lib/cli.js: "Errors and warnings from the original unfiltered results should determine the
   * exit code"); when undefined, `warnings`.
   */
  readonly warningsCounted?: number;
  /**
   * `github`: whether the step summary was written, once the run has tried (a summary file
   * can be refused, or missing); when undefined, the context's `githubStepSummary` says.
   */
  readonly stepSummaryWritten?: boolean;
  /** `github`: how many problems the written step summary lists (the first ones, within its row and byte caps and the room its file had left); when undefined, as many as its row cap allows. */
  readonly stepSummaryRows?: number;
}

/**
 * One run's report, written as the files are linted: the CLI holds no file's result once
 * its text is out. `file` is called once a file, in the report's order.
 */
export interface ReportWriter {
  /** The text before the first file. */
  start(): string;
  /** One file's text ("" for nothing to say). */
  file(result: LintResult): string;
  /** The text after the last file. */
  end(totals: Totals): string;
  /** Once ended, what the report left out, for a note on stderr (sarif past GitHub's 25,000 results); undefined when nothing. */
  leftOut?(): string | undefined;
}

/** A format as a stream: a writer for one run. */
export type StreamFormat = (context: FormatContext) => ReportWriter;

/** The whole text of a stream format for results held in hand (the library's Formatter). */
export function wholeText(format: StreamFormat): Formatter {
  return (results, context) => {
    const writer = format(context);
    let text = writer.start();
    let errors = 0;
    let warnings = 0;
    for (const result of results) {
      text += writer.file(result);
      errors += result.errorCount;
      warnings += result.warningCount;
    }
    return text + writer.end({ files: results.length, errors, warnings });
  };
}
