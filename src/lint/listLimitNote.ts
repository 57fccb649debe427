import type { Diagnostic, Evidence, Severity } from "../engine/diagnostic.js";

/**
 * A list whose schema check listed its limit of problems, none of them stated, and went on
 * checking the rest for stated ones only (codegen/listTail.ts): the rest's other problems were
 * counted on the note, by constraint, and are told there, not listed.
 */
export interface CheckedTail {
  /** The list's pointer and a slash: where its elements' paths start. */
  readonly list: string;
  /** The index of the element the note stands at; the tail is it and what follows. */
  readonly from: number;
  /** The problems the list listed before the note. */
  readonly limit: number;
  /** The tail's problems the validator counted and did not list, by constraint. */
  readonly unlisted: ReadonlyMap<string | undefined, number>;
  /** Findings of the tail that schemaFindings left unlisted: a stated constraint the configuration turns down to a warning. */
  dropped: number;
}

/** The tail a list's note (at `instancePath`, with its `params`) opens, when its check went on past the note. */
export function checkedTail(instancePath: string, { unlisted, limit }: Readonly<Record<string, unknown>>): CheckedTail | undefined {
  if (!(unlisted instanceof Map) || typeof limit !== "number") return undefined;
  const cut = instancePath.lastIndexOf("/");
  return { list: instancePath.slice(0, cut + 1), from: Number(instancePath.slice(cut + 1)), limit, unlisted: unlisted as ReadonlyMap<string | undefined, number>, dropped: 0 };
}

/** The tail that holds the value at `instancePath`, if one does. */
export function tailHolding(tails: readonly CheckedTail[], instancePath: string): CheckedTail | undefined {
  return tails.find(({ list, from }) => instancePath.startsWith(list) && Number.parseInt(instancePath.slice(list.length), 10) >= from);
}

/** Whether a finding's path lies in the element of `list` (its pointer and a slash) at an index before `index`. */
function elementBefore(path: string, list: string, index: number): boolean {
  return path.startsWith(list) && Number.parseInt(path.slice(list.length), 10) < index;
}

/** A constraint's rule as the configuration has it; undefined when the rule is off. */
export type ConfiguredConstraint = (constraint: string | undefined) => { readonly ruleId: string; readonly evidence: Evidence; readonly severity: Severity } | undefined;

/**
 * The schema's note that it stopped listing a list's problems (or an object's members') after
 * its limit is an error only when one of the findings it counted is: a long order whose every
 * line draws a warning (1,001 lines with a numeric partNumber, schema/example-type) is one the
 * OMS may well take, and the note made it invalid, failing a pre-submit check on no word of the
 * documents. Then it is a warning, with the evidence of what it counted. Where the check went
 * on for stated problems (`tail`), it says so and how many other problems it left unlisted;
 * else that the rest of the list went unchecked. `listed` is every finding of the schema
 * check, the other passes' over the same list among them.
 */
export function listLimitNote(note: Diagnostic, before: readonly Diagnostic[], tail: CheckedTail | undefined, configured: ConfiguredConstraint, listed: readonly Diagnostic[]): Diagnostic {
  const cut = note.path.lastIndexOf("/");
  const list = note.path.slice(0, cut + 1);
  const counted = before.filter((finding) => finding.path.startsWith(list));
  const countedError = counted.find((finding) => finding.severity === "error");
  // "None of them an error" is said of what the user sees: another pass over the same list
  // (Create Order's own, of availability) may list an error at an element before the note
  // that this pass never counted, and the note said "none of them an error" beside it (found by
  // the schema check's budget audit). The note stays what its own count makes it: that error
  // is its own finding, and one cause is one diagnostic.
  const noErrorShown = countedError === undefined && !listed.some((finding) => finding.severity === "error" && finding !== note && elementBefore(finding.path, list, Number(note.path.slice(cut + 1))));
  if (tail === undefined) {
    if (countedError) return note;
    return {
      ...note,
      severity: "warning",
      evidence: counted[0]?.evidence ?? "inferred",
      message: `${note.message.replace(/; fix those and run it again$/, "")}; ${noErrorShown ? "none of them is an error, so neither is this, but " : ""}what follows here was not checked against the schema: fix those and run it again to check it`,
    };
  }
  let warnings = tail.dropped;
  const errors = new Map<string, { count: number; evidence: Evidence }>();
  for (const [constraint, count] of tail.unlisted) {
    const rule = configured(constraint);
    if (rule?.severity === "warning") warnings += count;
    else if (rule?.severity === "error") errors.set(rule.ruleId, { count: count + (errors.get(rule.ruleId)?.count ?? 0), evidence: rule.evidence });
  }
  const raised = [...errors.values()];
  const erred = countedError ?? raised[0];
  const count = (n: number) => `${n} other problem${n === 1 ? "" : "s"}`;
  const raisedCount = raised.reduce((sum, { count: n }) => sum + n, 0);
  const message =
    `the schema check of this list listed its problems up to here: its elements before this one have at least ${tail.limit} problems${noErrorShown ? ", none of them an error" : ""} (oms-lint lists no more of one list, so that a huge payload stays quick); ` +
    `past here it went on checking the rest of the list for what the documents state the OMS refuses, and lists each such problem` +
    (warnings > 0 ? `; ${count(warnings)} there, none an error, ${warnings === 1 ? "was" : "were"} counted, not listed` : "") +
    (raisedCount > 0 ? `; ${count(raisedCount)} there, of ${[...errors.keys()].join(", ")}, which the configuration makes an error though the documents do not state it, ${raisedCount === 1 ? "was" : "were"} counted, not listed` : "") +
    (warnings + raisedCount > 0 ? ": fix those above and run it again to list them" : "");
  // An error only as the schema rule's configured level allows (the note is its finding).
  return { ...note, severity: erred && note.severity === "error" ? "error" : "warning", evidence: erred?.evidence ?? counted[0]?.evidence ?? "inferred", message };
}
