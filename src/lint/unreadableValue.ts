import type { Diagnostic } from "../engine/diagnostic.js";
import { unreadablePlace } from "../json/unreadablePlace.js";

/** Reading the value at `path` threw: it cannot be sent (JSON.stringify would throw too), so it fails as the schema's type check does. */
function unreadableDiagnostic(path: string): Diagnostic {
  const place = path === "" ? "the payload" : `the value at ${path}`;
  const message = `${place} could not be read (a getter or Proxy trap threw): it is no JSON value; pass plain data, such as the parsed request body`;
  return { ruleId: "schema", messageId: "type", severity: "error", evidence: "stated", message, path };
}

/**
 * The findings of `check` on a caller's value, or, when reading the value threw (a getter
 * or a Proxy trap of the caller's), one finding at the place where it throws, as a
 * function or a BigInt there gets: never the caller's error thrown from validate(). The
 * place is looked for only then, so a readable payload is still walked once. A rule that
 * met the throw first reported an internal error: the place is looked for then too (and
 * when none is found, the rule's internal error stands). When the look finds every place
 * readable after a throw, the value changed as it was read (a getter that throws on its
 * first read only), so it is checked once more, as it reads now; an error that comes back
 * with no unreadable place behind it is oms-lint's own, and is thrown.
 */
export function unlessUnreadable(value: unknown, check: () => Diagnostic[], again = true): Diagnostic[] {
  let found: Diagnostic[];
  try {
    found = check();
  } catch (error) {
    const place = unreadablePlace(value);
    if (place !== undefined) return [unreadableDiagnostic(place)];
    if (again) return unlessUnreadable(value, check, false);
    // Thrown twice at no place the entries' reads find: a Proxy's trap on what the value does not hold, or else oms-lint's own error.
    const proxy = unreadablePlace(value, true);
    if (proxy !== undefined) return [unreadableDiagnostic(proxy)];
    throw error;
  }
  if (!found.some((d) => d.messageId === "internalError")) return found;
  const place = unreadablePlace(value) ?? unreadablePlace(value, true);
  return place === undefined ? found : [unreadableDiagnostic(place)];
}
