import { indexRuns, ownIndexRuns } from "../domain/availabilityClasses.js";

/**
 * "0-2, 5": items named as lint's plan names them, in runs; past a message's quote, their first
 * runs and their last, each whole, around "…" (ownIndexRuns), and how many items there are. Split
 * wrote every index out: a reason of 70,143 characters for 10,000 preorders (audit).
 */
export function itemRuns(indexes: readonly number[], noun = "items"): string {
  return counted(ownIndexRuns(indexes), indexRuns(indexes), indexes.length, noun);
}

/** A list shortened by shortenList, and, where it leaves some out, how many it names ("items", or the noun given). */
export function counted(shortened: string, whole: string, count: number, noun = "items"): string {
  return shortened === whole ? whole : `${shortened} (${count} ${noun})`;
}
