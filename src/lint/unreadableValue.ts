import type { Diagnostic } from "../engine/diagnostic.js";
import { valuePlace } from "./valuePlace.js";
import { unreadablePlace } from "../json/unreadablePlace.js";
import type { StructureLimits } from "../source/entryCount.js";
import { asSent, isSentFinding, type SentValue } from "./asSent.js";
import { withUnwritable } from "./unwritableValue.js";
import { sortInDocumentOrder } from "../engine/documentOrder.js";

/** Reading the value at `path` threw: it cannot be sent (JSON.stringify would throw too), so it fails as the schema's type check does. */
function unreadableDiagnostic(path: string): Diagnostic {
  const message = `${valuePlace(path)} could not be read (a getter or Proxy trap threw): it is no JSON value; pass plain data, such as the parsed request body`;
  return { ruleId: "schema", messageId: "type", severity: "error", evidence: "stated", message, path };
}

const hasInternalError = (found: readonly Diagnostic[]) => found.some((d) => d.messageId === "internalError");

/** Where reading the value throws: at an entry, or at a Proxy that throws where no read of its entries goes. */
const throwingPlace = (value: unknown) => unreadablePlace(value) ?? unreadablePlace(value, true);

/**
 * The findings of `check` on a caller's value, or, when reading the value threw (a getter
 * or a Proxy trap of the caller's), one finding at the place where it throws, as a
 * function or a BigInt there gets: never the caller's error thrown from validate(). The
 * place is looked for only then, so a readable payload is still walked once.
 *
 * - A throw at no place: the value may have changed as it was read (a getter that throws on
 *   its first read only), so it is checked once more, as it reads now.
 * - Thrown again at no place (a getter JSON.stringify does not send, being no enumerable
 *   key: `name` defined with enumerable false; a Proxy that throws on its prototype, which
 *   JSON.stringify never asks), and within `limits`: the value is checked as JSON.stringify
 *   sends it, as the README promises. Only when it cannot be written either is a Proxy that
 *   throws where no read of its entries goes the place. An error that comes back from that
 *   plain copy is oms-lint's own, and is thrown.
 * - A rule that met the throw first reported an internal error: the place is looked for
 *   then too; with none, the internal error stands (the rule is not run again: a rule whose
 *   visitor throws is called no more for that payload).
 */
export function unlessUnreadable(value: unknown, check: (value: unknown) => Diagnostic[], limits?: StructureLimits): Diagnostic[] {
  let found: Diagnostic[];
  try {
    found = checkedTwice(value, check);
  } catch (error) {
    // Sent as JSON.stringify writes it, when it can be (found by the review of the stop: a Proxy
    // whose prototype throws was blamed, though the body it sends is plain data); a getter or a
    // trap that throws as it is written leaves no body, and its place is the finding.
    const sent = limits && asSent(value, limits);
    if (sent) return isSentFinding(sent) ? [sent.finding] : checkedAsSent(sent, check(sent.value));
    const place = throwingPlace(value);
    if (place !== undefined) return [unreadableDiagnostic(place)];
    throw error;
  }
  if (!hasInternalError(found)) return found;
  const place = throwingPlace(value);
  return place === undefined ? found : [unreadableDiagnostic(place)];
}

/** The findings of the value as sent, with those of the places JSON.stringify cannot write, in document order. */
function checkedAsSent(sent: SentValue, found: Diagnostic[]): Diagnostic[] {
  return sent.unwritable.length === 0 ? found : sortInDocumentOrder(sent.value, withUnwritable(found, sent.unwritable));
}

/** `check`, and once more if it threw at no place the entries' reads find; a throw at such a place is not retried. */
function checkedTwice(value: unknown, check: (value: unknown) => Diagnostic[]): Diagnostic[] {
  try {
    return check(value);
  } catch (error) {
    if (unreadablePlace(value) !== undefined) throw error;
    return check(value);
  }
}
