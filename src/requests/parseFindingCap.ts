/**
 * A request file's `parse` findings, capped as a rule's are (src/engine/ruleEngine.ts,
 * maxProblemsPerRule): its reader keeps the first of them and, of the rest, only what the note
 * that they are not listed needs. Without a cap each line under a request line that is no
 * header was a finding, and each collection item that is neither folder nor request: 130,000
 * of them crashed the report, and a 1 MB file wrote 134 MB of JSON (request files audit).
 */
import { maxProblemsPerRule, notListedMessage, tooManyMessageId } from "../engine/ruleEngine.js";
import type { LintMessageDraft } from "../lint/lintResult.js";

/** A reader's problems: the first maxProblemsPerRule listed; past them, the first one and the first error. */
export class ParseProblems<T> {
  readonly listed: T[] = [];
  /** The first problem past the cap. */
  firstPast: T | undefined;
  /** The first problem past the cap that is an error: the note stands for it, so it is an error too. */
  firstErrorPast: T | undefined;

  constructor(private readonly isError: (problem: T) => boolean) {}

  push(problem: T): void {
    if (this.listed.length < maxProblemsPerRule) {
      this.listed.push(problem);
      return;
    }
    this.firstPast ??= problem;
    if (this.firstErrorPast === undefined && this.isError(problem)) this.firstErrorPast = problem;
  }

  /** The last problem added, while none is past the cap (a reader that skips a repeat of it). */
  last(): T | undefined {
    return this.firstPast === undefined ? this.listed.at(-1) : undefined;
  }

  /** The problems past the cap that the note needs, first the first. */
  past(): T[] {
    return [this.firstPast, this.firstErrorPast].filter((problem): problem is T => problem !== undefined);
  }
}

/**
 * The file's findings (`sorted` by place) with at most maxProblemsPerRule of its `parse`
 * findings (a fatal one aside), and past them one note that more are not listed: at the first
 * not listed, an error when one of them is (a warning would pass a file whose error went
 * unshown), with that finding's evidence. `unlisted` are findings its reader met past its own
 * cap (ParseProblems.past): they stand after every one it listed.
 */
export function withParseFindingsCapped(sorted: LintMessageDraft[], unlisted: readonly LintMessageDraft[] = []): LintMessageDraft[] {
  const kept: LintMessageDraft[] = [];
  const over: LintMessageDraft[] = [];
  let count = 0;
  for (const m of sorted) {
    if (m.ruleId !== "parse" || m.fatal === true || ++count <= maxProblemsPerRule) kept.push(m);
    else if (over.length < 2 && (over.length === 0 || (m.severity === 2 && over[0]!.severity !== 2))) over.push(m);
  }
  const past = [...over, ...unlisted];
  const first = past.reduce<LintMessageDraft | undefined>((earliest, m) => (earliest === undefined || m.line < earliest.line || (m.line === earliest.line && m.column < earliest.column) ? m : earliest), undefined);
  if (first === undefined) return kept;
  const standsFor = past.find((m) => m.severity === 2) ?? first;
  const { path, line, column, endLine, endColumn } = first;
  const note: LintMessageDraft = { ruleId: "parse", messageId: tooManyMessageId, severity: standsFor.severity, evidence: standsFor.evidence, message: notListedMessage("a request file"), path, line, column, endLine, endColumn };
  // After the findings at its place: the first not listed stands there.
  const at = kept.findIndex((m) => m.line > line || (m.line === line && m.column > column));
  kept.splice(at < 0 ? kept.length : at, 0, note);
  return kept;
}
