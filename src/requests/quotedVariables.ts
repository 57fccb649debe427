import type { RuleSet } from "../engine/ruleSet.js";
import { isPlaceholder } from "./matchEndpoint.js";
import { closingQuote, quote } from "../source/jsonChars.js";

/**
 * A string of a request body that holds a variable (`"currency": "{{currency}}"`,
 * `"expectedDeliveryDate": "{{$datetime iso8601 1 d}}"`, `"EUR{{x}}"`) sends whatever the client
 * fills it with: REST Client (VariableProcessor.processRawRequest) and Postman fill `{{…}}` in the
 * body's text before they send it, from places the file does not hold (an environment, a .env
 * file, the process's environment, the clock, an earlier response). A variable the file defines
 * is filled before the body is checked (the value sent is checked); what is left, oms-lint cannot
 * know. So nothing is said of such a string's value (an enum, a length, a pattern, a format, a
 * rule that reads it), even of a part of it written out: the rest may fill to anything. What
 * holds whatever it fills to stays: its type (quotes always send a string: a string where a number
 * is wanted, a read-only field set), and its key's name. A key holding one may be any key: nothing
 * is said of its name (an unknown property, a length), and a rule reading another value that holds
 * one is left out too (unfilledReads.ts).
 * As in a URL (isPlaceholder), it is told on the text as written: an escaped brace (`\u007b`) is
 * sent as it stands.
 */

/**
 * Whether a body finding placed at `offset` of the body's text is about a string that holds a
 * variable the client fills: a value oms-lint cannot know, or a key that may be any (an unknown
 * property's, a key's length). Not one that holds whatever string stands there: the schema's type
 * finding, and those its rule names in meta.sureOfAnyString (a string where a number is wanted, a
 * key given twice).
 */
export function judgesUnfilledString(finding: { readonly ruleId: string; readonly messageId: string }, set: RuleSet, text: string, offset: number): boolean {
  return !sureOfAnyString(finding, set) && stringHoldsVariable(text, offset);
}

function sureOfAnyString({ ruleId, messageId }: { readonly ruleId: string; readonly messageId: string }, set: RuleSet): boolean {
  return messageId === "type" || set.byId.get(ruleId)?.meta.sureOfAnyString?.includes(messageId) === true;
}

/** Whether the JSON string (a value or a key) that starts at `offset` (a `"`) holds a `{{…}}`. */
export function stringHoldsVariable(text: string, offset: number): boolean {
  if (text.charCodeAt(offset) !== quote) return false;
  const end = closingQuote(text, offset + 1);
  if (end === text.length) return false;
  // `{{…}}` alone, in REST Client's and Postman's bodies alike: neither fills `:name` or `{name}` there.
  return isPlaceholder(text.slice(offset + 1, end), "braces");
}
