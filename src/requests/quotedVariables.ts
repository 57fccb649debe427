import type { RuleSet } from "../engine/ruleSet.js";
import { isJsonWhitespace } from "../source/keyTokens.js";
import { isPlaceholder } from "./matchEndpoint.js";

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
 * is wanted, a read-only field set), and its key's name.
 * As in a URL (isPlaceholder), it is told on the text as written: an escaped brace (`\u007b`) is
 * sent as it stands.
 */

const quote = 0x22;
const backslash = 0x5c;
const colon = 0x3a;

/**
 * Whether a body finding placed at `offset` of the body's text is about the value of a string
 * that holds a variable the client fills: a value oms-lint cannot know. A finding at a key (an
 * unknown property's) is not, nor one that holds whatever string stands there: the schema's type
 * finding, and those its rule names in meta.sureOfAnyString (a string where a number is wanted).
 */
export function judgesUnfilledString(finding: { readonly ruleId: string; readonly messageId: string }, set: RuleSet, text: string, offset: number): boolean {
  return !sureOfAnyString(finding, set) && holdsUnfilledVariable(text, offset);
}

function sureOfAnyString({ ruleId, messageId }: { readonly ruleId: string; readonly messageId: string }, set: RuleSet): boolean {
  return messageId === "type" || set.byId.get(ruleId)?.meta.sureOfAnyString?.includes(messageId) === true;
}

/** Whether the JSON string value that starts at `offset` (a `"`; not a key) holds a `{{…}}`. */
function holdsUnfilledVariable(text: string, offset: number): boolean {
  if (text.charCodeAt(offset) !== quote) return false;
  const end = stringEnd(text, offset + 1);
  if (end === undefined || isKey(text, end)) return false;
  // `{{…}}` alone, in REST Client's and Postman's bodies alike: neither fills `:name` or `{name}` there.
  return isPlaceholder(text.slice(offset + 1, end - 1), "braces");
}

/** The offset just past the quote that closes a string whose text starts at `from`; undefined when it does not close. */
function stringEnd(text: string, from: number): number | undefined {
  for (let at = text.indexOf('"', from); at >= 0; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === backslash) backslashes++;
    if (backslashes % 2 === 0) return at + 1;
  }
  return undefined;
}

/** Whether the string that ends at `end` is a key: a colon follows it, past JSON's whitespace. */
function isKey(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && isJsonWhitespace(text.charCodeAt(at))) at++;
  return text.charCodeAt(at) === colon;
}
