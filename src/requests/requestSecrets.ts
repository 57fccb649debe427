import { secretTexts } from "../domain/secretFields.js";
import { isSecretKey } from "../domain/secretNames.js";
import { splitUrl } from "./matchEndpoint.js";
import type { RequestHeader } from "./requestEntry.js";

/**
 * The texts of the secrets a request sends beside its body: the values of its headers and query
 * parameters of secret names (`Authorization: Bearer …`, `X-Api-Key`, `?access_token=…`), each
 * read as a payload's field of its name is (secretTexts): "Bearer tok_…" and the token after its
 * scheme, a query value decoded and as written. The same token filled or written into the order's
 * path or a body's value was quoted (`orderID must be a positive integer, not "tok_…"`) by a `.http`
 * file's lint and by checkRequest's verdict, which a service logs (forty-sixth stop). A value
 * still holding `{{` is one a client fills: no secret's text as sent.
 */
export function secretRequestTexts(requests: readonly { readonly url: string; readonly headers: readonly RequestHeader[] }[]): Set<string> {
  const fields: Record<string, string>[] = [];
  const add = (name: string, value: string) => {
    // Each a field of its own name: a Password header's value is any text, an Authorization's one that looks like a credential.
    if (isSecretKey(name) && !value.includes("{{")) fields.push(Object.fromEntries([[name, value]]));
  };
  for (const { url, headers } of requests) {
    for (const { name, value } of headers) add(name, value);
    if (!url.includes("?")) continue;
    const { occurrences, writtenOccurrences } = splitUrl(url, "as-sent");
    for (const [name, values] of occurrences) if (isSecretKey(name)) for (const value of values) add(name, value);
    for (const [name, written] of writtenOccurrences) if (isSecretKey(name)) for (const { value } of written) add(name, value);
  }
  return fields.length === 0 ? new Set() : secretTexts(fields);
}
