import { escapeControls } from "../formatters/displayText.js";

/** Why a key left the suppressions record: the note names it beside the key. */
export type RemovedKeyReason = "its file is gone" | `its file is left out by ${string}` | "its counts were all pruned" | "an empty entry" | "no file can match it";

/** How many keys the note names before it counts the rest: a prune after a folder moved removes hundreds. */
const namedKeys = 10;

/**
 * The one line that says which keys of the record a run removed, and why (audit of the service
 * surface: a prune from another folder emptied the record without a word). Undefined: none went.
 */
export function removedKeysNote(flag: string, location: string, removed: ReadonlyMap<string, RemovedKeyReason>): string | undefined {
  if (removed.size === 0) return undefined;
  const keys = `${removed.size} key${removed.size === 1 ? "" : "s"}`;
  return `${flag} removed ${keys} from ${escapeControls(location)}: ${namedList([...removed].map(([key, reason]) => `${escapeControls(key)} (${reason})`))}`;
}

/**
 * The line that names the keys --prune-suppressions kept though nothing is at their path, as
 * their folder is not there either (a path from another folder, or a fixture folder deleted
 * whole: the run cannot tell which), so that they are not stale silently. Undefined: none.
 */
export function keptKeysNote(kept: readonly string[]): string | undefined {
  if (kept.length === 0) return undefined;
  const keys = `${kept.length} key${kept.length === 1 ? "" : "s"}`;
  return `--prune-suppressions kept ${keys} whose folder is not there: ${namedList(kept.map(escapeControls))}; delete them by hand if their fixtures are gone`;
}

/** The first ten, then a count of the rest. */
function namedList(items: readonly string[]): string {
  const named = items.slice(0, namedKeys);
  const rest = items.length - named.length;
  return `${named.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
}
