import { secretTexts } from "../domain/secretFields.js";
import { isSecretKey } from "../domain/secretNames.js";
import type { RequestHeader } from "./requestEntry.js";

/**
 * The texts of a request's secret headers (Authorization, X-Api-Key, x-vol-app-claims), each read
 * as a payload's field of its name is (secretTexts): "Bearer tok_…" and the token after its scheme.
 * The same token filled or written into the order's path or a body's value was quoted
 * (`orderID must be a positive integer, not "tok_…"`) by a `.http` file's lint and by
 * checkRequest's verdict, which a service logs (forty-sixth stop). A value still holding `{{`
 * is one a client fills: no secret's text as sent.
 */
export function secretHeaderTexts(headers: readonly RequestHeader[]): Set<string> {
  const secret = headers.filter(({ name, value }) => isSecretKey(name) && !value.includes("{{"));
  // Each header a field of its own name: a Password header's value is any text, an Authorization's one that looks like a credential.
  return secret.length === 0 ? new Set() : secretTexts(secret.map(({ name, value }) => Object.fromEntries([[name, value]])));
}
