import { redacted, withoutCardOrAddressLookalikes } from "../domain/secretLookalikes.js";

/**
 * A child's externalOrderID as split's reports show it (text and JSON alike): as it is, unless it
 * holds what looks like a card number or an address. Then the original's part is redacted and
 * the child's own part kept (`"[redacted]-1"`, `"1/[redacted]"`): redacted whole, every child of a
 * Luhn-valid 4111111111111111 read `"[redacted]"`, the child suffix swallowed as a card's last
 * group, while --format json printed them whole (split audit). What the template adds is
 * checked as well, so nothing secret-looking is shown either way. Not a phone's look: the ID is
 * the merchant's own key and names the child's file's order (`2024-12-0042-1`), where
 * `"[redacted]-1"` named none (review of 64fcb4d6).
 */
export function shownChildId(childId: string, originalId: unknown): string {
  const part = typeof originalId === "string" && looksSecret(originalId) ? longestPrefixIn(childId, originalId) : "";
  // Whether or not the child's whole ID still reads as one: "{id}{n}" made 40000000000000021 of a card's 4000000000000002.
  const masked = part === "" ? childId : childId.replace(part, redacted);
  return withoutCardOrAddressLookalikes(masked, false);
}

const looksSecret = (text: string): boolean => withoutCardOrAddressLookalikes(text, false) !== text;

/** The longest start of the original ID that the child's ID holds (all of it, or the part a long ID was cut to). */
function longestPrefixIn(childId: string, originalId: string): string {
  for (let length = Math.min(originalId.length, childId.length); length > 0; length--) {
    const prefix = originalId.slice(0, length);
    if (childId.includes(prefix)) return prefix;
  }
  return "";
}
