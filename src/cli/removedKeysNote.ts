import { escapeControls } from "../formatters/displayText.js";

/** Why a key left the suppressions record: the note names it beside the key. */
export type RemovedKeyReason = "its file is gone" | "its counts were all pruned" | "an empty entry" | "no file can match it";

/** How many keys the note names before it counts the rest: a prune after a folder moved removes hundreds. */
const namedKeys = 10;

/**
 * The one line that says which keys of the record a run removed, and why (audit of the service
 * surface: a prune from another folder emptied the record without a word). Undefined: none went.
 */
export function removedKeysNote(flag: string, location: string, removed: ReadonlyMap<string, RemovedKeyReason>): string | undefined {
  if (removed.size === 0) return undefined;
  const named = [...removed].slice(0, namedKeys).map(([key, reason]) => `${escapeControls(key)} (${reason})`);
  const rest = removed.size - named.length;
  const keys = `${removed.size} key${removed.size === 1 ? "" : "s"}`;
  return `${flag} removed ${keys} from ${escapeControls(location)}: ${named.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
}
