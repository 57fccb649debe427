import { pointerWithoutSecretLookalikes, withoutSecretLookalikes } from "../domain/secretLookalikes.js";
import { cappedPointer } from "../json/jsonPointer.js";

/** What a finding shows a reader, in validate()'s shape and in lintText()'s alike. */
interface ShownFinding {
  readonly message: string;
  readonly path: string;
  readonly parameter?: string;
}

/**
 * The finding with no card number or e-mail address in its message, its path or the search
 * parameter it names: a key may be one (a custom data hash keyed by the customer's address),
 * and a service logs all three. Applied where a result leaves oms-lint, after every finding is
 * in, so that one added late (a value JSON.stringify cannot write, a limit passed, a parse
 * fault) is no exception (found by the review of the stop: "the value at /jane@example.com
 * could not be written" beside the path /[redacted]). Its path is cut to 4,096 characters here
 * too, for the same reason: a rule's finding at a key of ten million characters had a path of
 * ten million and one (found by the service audit). The same object when nothing is hidden or
 * cut. Placed already, a lint message keeps its line and column.
 */
export function findingWithoutSecrets<T extends ShownFinding>(finding: T): T {
  const message = withoutSecretLookalikes(finding.message);
  const path = pointerWithoutSecretLookalikes(cappedPointer(finding.path));
  const parameter = finding.parameter === undefined ? undefined : withoutSecretLookalikes(finding.parameter, false);
  if (message === finding.message && path === finding.path && parameter === finding.parameter) return finding;
  return { ...finding, message, path, ...(parameter === undefined ? {} : { parameter }) };
}
