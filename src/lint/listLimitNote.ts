import type { Diagnostic } from "../engine/diagnostic.js";

/**
 * A list whose schema check listed its limit of problems, none of them an error, and went on
 * checking the rest for errors only (codegen/listTail.ts): the rest's other problems were
 * counted on the note and are told there, not listed.
 */
export interface CheckedTail {
  /** The list's pointer and a slash: where its elements' paths start. */
  readonly list: string;
  /** The index of the element the note stands at; the tail is it and what follows. */
  readonly from: number;
  /** The problems the list listed before the note. */
  readonly limit: number;
  /** The tail's problems the validator counted and did not list: none an error under the configuration (another pass's that went on at the same element added: schemaDiagnostics.ts, sameTail). */
  unlisted: number;
  /**
   * Findings of the tail that schemaFindings left unlisted as warnings: another pass's over the
   * same list (Create Order's own check of availability), which kept them below its own limit.
   */
  dropped: number;
  /** Problems of the tail the validator counted whose finding gives way to a rule's (src/lint/countedGiveWay.ts): no problem shown. */
  gaveWay: number;
}

/** The pointer and a slash of the list that holds the element at `path` (a list's note stands at an element): where its elements' paths start. */
export function listOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

/** The index of the element at `path` in its list (listOf). */
function indexIn(path: string): number {
  return Number(path.slice(path.lastIndexOf("/") + 1));
}

/** The tail a list's note (at `instancePath`, with its `params`) opens, when its check went on past the note. */
export function checkedTail(instancePath: string, { unlisted, limit }: Readonly<Record<string, unknown>>): CheckedTail | undefined {
  if (typeof unlisted !== "number" || typeof limit !== "number") return undefined;
  return { list: listOf(instancePath), from: indexIn(instancePath), limit, unlisted, dropped: 0, gaveWay: 0 };
}

/** The tail that holds the value at `instancePath`, if one does. */
export function tailHolding(tails: readonly CheckedTail[], instancePath: string): CheckedTail | undefined {
  return tails.find(({ list, from }) => instancePath.startsWith(list) && Number.parseInt(instancePath.slice(list.length), 10) >= from);
}

/** Whether a finding's path lies in the element of `list` (its pointer and a slash) at an index before `index`. */
function elementBefore(path: string, list: string, index: number): boolean {
  return path.startsWith(list) && Number.parseInt(path.slice(list.length), 10) < index;
}

/**
 * The schema's note that it stopped listing a list's problems (or an object's members') after
 * its limit is an error only when one of the findings it counted is: a long order whose every
 * line draws a warning (1,001 lines with a numeric partNumber, schema/example-type) is one the
 * OMS may well take, and the note made it invalid, failing a pre-submit check on no word of the
 * documents. Then it is a warning, with the evidence of what it counted (an error, with that of
 * the errors it counted). Where the check went on for errors (`tail`), it says so and how many
 * other problems it left unlisted; else that the rest of the list went unchecked. `listed` is every finding shown: the schema
 * check's, the other passes' over the same list among them, and then the rules' (notesWordedFor).
 *
 * The errors it counted are those that stay errors after the give-way step (one cause, one
 * finding): with schema/line-item-crucial at "error" and force-item-tax-override at "warn", a
 * forced order of lines without itemSpecifics stopped the check at its note as at errors, and
 * once each line's error gave way to the rule's warning the note was the order's one error,
 * though each line alone is valid (found by the trust audit of lists). Deciding the note's level
 * after the step, from the errors shown, could not have been honest: the check had stopped, and
 * a refusal past the note went unseen, so the note would have passed an order it never checked.
 * So the step is asked as the check meets each problem (src/lint/countedGiveWay.ts, with the
 * rules run first): one that gives way to a warning is no error it stops at, and past the note it
 * is counted and then taken off the count again (`gaveWay`), for the finding that stands for it
 * is listed (the rule's). A rule's findings past its own 1,000 that others give way to are kept
 * unlisted for the step (RunOptions.unlisted), where the rule is below "error".
 *
 * `knowsLevels` is false in ESLint's pass: it runs every rule at its default level and ESLint
 * does not tell a rule its severity, so with `oms-lint/schema/quantity` at "error" the note stood
 * under it as an error saying "none of them an error" (fix audit). There the note says nothing of
 * the levels of what it counted, and says the check past it went on for errors at the rules'
 * default levels, not that it "lists each of them" as the rules' levels make them: with 1,006
 * lines, the 6 quantity errors past the note were counted, not listed (audit of 8f69ea4b).
 */
export function listLimitNote(note: Diagnostic, before: readonly Diagnostic[], tail: CheckedTail | undefined, listed: readonly Diagnostic[], knowsLevels = true): Diagnostic {
  const list = listOf(note.path);
  const counted = countedBy(note, before);
  const countedError = counted.find((finding) => finding.severity === "error");
  // "None of them an error" is said of what the user sees: another pass over the same list
  // (Create Order's own, of availability) may list an error at an element before the note
  // that this pass never counted, and the note said "none of them an error" beside it (found by
  // the schema check's budget audit). The note stays what its own count makes it: that error
  // is its own finding, and one cause is one diagnostic.
  // Of what is shown, not of what was counted: errors that gave way to a rule's warnings (countedGiveWay.ts) are none.
  const noErrorShown = knowsLevels && !listed.some((finding) => finding.severity === "error" && finding !== note && elementBefore(finding.path, list, indexIn(note.path)));
  if (tail === undefined) {
    // Stopped at an error: the note speaks for the errors it counted, stated only where one of them is. A rule the
    // configuration raises is still our reading: 1,001 lines without a partNumber, schema/line-item-crucial at "error",
    // had the schema rule's note "stated" beside them (found by the list budget's review of levels).
    if (countedError) return counted.some((finding) => finding.severity === "error" && finding.evidence === "stated") ? note : { ...note, evidence: countedError.evidence };
    return {
      ...note,
      severity: "warning",
      evidence: counted[0]?.evidence ?? "inferred",
      message: `${note.message.replace(/; fix those and run it again$/, "")}; ${noErrorShown ? "none of them is an error, so neither is this, but " : ""}what follows here was not checked against the schema: fix those and run it again to check it`,
    };
  }
  const warnings = Math.max(0, tail.unlisted + tail.dropped - tail.gaveWay);
  // Another pass over the list may have stopped (Create Order's own, of availability, beside the
  // shared one): past its note, errors were not all checked, and this note says neither that it
  // lists each of them nor that what it counted is all there is, "none an error" (trust audit of the caps).
  const stop = stopOf(list, note, listed);
  const stopWords = stop === undefined ? "" : `; but a check of this list stopped at its element ${stop} (the error there says so): errors past that one are not all listed`;
  // Of the schema's constraints broken, not of findings: a quantity of 0.5 breaks two, and 2,500 such lines were "5000 other
  // problems" (audit of the counted notes). No total takes them: the note counts as one (README, --max-warnings).
  const count = `${warnings} more ${warnings === 1 ? "breach" : "breaches"} of the schema's constraints`;
  const message =
    `the schema check of this list listed its problems up to here: its elements before this one have at least ${tail.limit} problems${noErrorShown ? ", none of them an error" : ""} (oms-lint lists no more of one list, so that a huge payload stays quick); ` +
    `past here it went on checking the rest of the list for errors only${knowsLevels ? ` (as the rules' levels make them: by default, what the documents state the OMS refuses), and lists ${stop === undefined ? "each of them" : "those it found"}` : ", at the rules' default levels (what the documents state the OMS refuses)"}` +
    stopWords +
    (warnings > 0 ? `; ${count} past here${!knowsLevels ? "" : stop === undefined ? ", none an error," : " that are not errors"} ${warnings === 1 ? "was" : "were"} counted, not listed nor taken into the totals (one finding may stand for several): fix those above and run it again to list them` : "");
  // The check went on only because none of the problems before the note is an error (each past it that is one is listed, up to a stop that says so): no error either.
  return { ...note, severity: "warning", evidence: counted[0]?.evidence ?? "inferred", message };
}

/** The index of the first element of `list` where a note other than `note` says a check of it stopped at errors, if one does. */
function stopOf(list: string, note: Diagnostic, listed: readonly Diagnostic[]): number | undefined {
  let first: number | undefined;
  for (const finding of listed) {
    if (finding === note || finding.messageId !== "errorLimit" || finding.severity !== "error" || listOf(finding.path) !== list) continue;
    const at = indexIn(finding.path);
    if (first === undefined || at < first) first = at;
  }
  return first;
}

/** The findings of `before` a list's note counted: those of its list. */
function countedBy(note: Diagnostic, before: readonly Diagnostic[]): Diagnostic[] {
  const list = listOf(note.path);
  return before.filter((finding) => finding.path.startsWith(list));
}

/**
 * A list's note with the rules of the findings it counted (Diagnostic.countedRules), for ESLint
 * to report it under one of them (src/eslint/noteOwner.ts). ESLint's pass has every finding of
 * the list, another rule's among them, and took the first of those that was not the schema's: the
 * note of 1,001 lines of quantity 0, line 0 with availability "D", was availability-split's, an
 * error there saying "none of them an error", where the CLI's is a warning (audit of the note's owner).
 */
export function withCountedRules(note: Diagnostic, before: readonly Diagnostic[]): Diagnostic {
  return { ...note, countedRules: [...new Set(countedBy(note, before).map((finding) => finding.ruleId))] };
}

/** A list's note worded for the findings shown; with the rules it counted where `countedRules` (ESLint's pass). */
export type NoteWording = (shown: readonly Diagnostic[], countedRules?: boolean) => Diagnostic;

/**
 * The findings with each list's note worded for what the user is shown, the rules' findings
 * among them, once each that gives way to another is gone (src/lint/oneCause.ts). 1,001 lines
 * without itemSpecifics: the 1,000 problems the note counted (schema/line-item-crucial's) gave
 * way to force-item-tax-override's errors at the same places, and the note said "none of them an
 * error" beside those 1,000 errors (found by the review of this morning's list budget change).
 * A finding marked as giving way (ESLint's pass keeps them) is taken as not shown.
 */
export function notesWordedFor(findings: readonly Diagnostic[], notes: ReadonlyMap<Diagnostic, NoteWording>, countedRules = false): Diagnostic[] {
  const shown = findings.filter((finding) => finding.givesWayTo === undefined);
  return findings.map((finding) => notes.get(finding)?.(shown, countedRules) ?? finding);
}
