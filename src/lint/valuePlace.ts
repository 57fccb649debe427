import { pointerWithoutSecretLookalikes } from "../domain/secretLookalikes.js";

/**
 * How a message names the place of a value the caller handed over: "the payload", or "the
 * value at" its pointer, written as the finding's path is (a key that looks like an e-mail
 * address or a card number reads "[redacted]": findingWithoutSecrets), so the message quotes
 * no key its path hides.
 */
export function valuePlace(path: string): string {
  return path === "" ? "the payload" : `the value at ${pointerWithoutSecretLookalikes(path)}`;
}
