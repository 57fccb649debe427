import { fieldSecretTexts, mostFileLeaves } from "../domain/secretFields.js";
import { isSecretKey } from "../domain/secretNames.js";
import { splitUrl } from "./matchEndpoint.js";
import type { RequestHeader, VariableReading } from "./requestEntry.js";
import { secretRedactor } from "../domain/secretRedactor.js";
import { withShownForms, withWrittenOfRedactedDecoded } from "./fileSecretForms.js";
import { gluedSecretLength } from "./secretFills.js";

/**
 * The texts of the secrets a request sends beside its body: the values of its headers and query
 * parameters of secret names (`Authorization: Bearer …`, `X-Api-Key`, `?access_token=…`), each
 * read as a payload's field of its name is (fieldSecretTexts): "Bearer tok_…" and the token after
 * its scheme, a query value decoded and as written. The same token filled or written into the
 * order's path or a body's value was quoted (`orderID must be a positive integer, not "tok_…"`) by
 * a `.http` file's lint and by checkRequest's verdict, which a service logs (forty-sixth stop). A
 * value still holding `{{` is one a client fills: no secret's text as sent.
 */
export function secretRequestTexts(requests: readonly { readonly url: string; readonly headers: readonly RequestHeader[] }[]): Set<string> {
  // Each name and value once: 3,000 requests of 200 `api_key=` parameters each made 600,000 fields to read (audit of request secrets).
  const fields = new Map<string, Set<string>>();
  let taken = 0;
  const add = (name: string, value: string) => {
    // Past as many values as texts are taken (fieldSecretTexts), no more is read.
    if (taken >= mostFileLeaves || value.includes("{{")) return;
    let values = fields.get(name);
    if (values === undefined) fields.set(name, (values = new Set()));
    // A header given twice is one value to fetch (`new Headers`: "A, B"): each is a secret of its own too.
    for (const text of value.includes(",") ? [value, ...value.split(",").map((part) => part.trim())] : [value]) {
      if (values.has(text)) continue;
      values.add(text);
      taken++;
    }
  };
  for (const { url, headers } of requests) eachSecretField(headers, url, "as-sent", add);
  return fieldSecretTexts([...fields].flatMap(([name, values]) => [...values].map((value) => [name, value] as const)));
}

/**
 * Each header and query parameter of a secret's name of one request (as sent, or as written,
 * read as `variables` says): its name and value, a query's decoded and as written.
 */
export function eachSecretField(headers: readonly RequestHeader[], url: string, variables: VariableReading, visit: (name: string, value: string) => void): void {
  for (const { name, value } of headers) if (isSecretKey(name)) visit(name, value);
  if (!url.includes("?")) return;
  const { occurrences, writtenOccurrences } = splitUrl(url, variables);
  for (const [name, values] of occurrences) if (isSecretKey(name)) for (const value of values) visit(name, value);
  for (const [name, written] of writtenOccurrences) if (isSecretKey(name)) for (const { value } of written) visit(name, value);
}

/**
 * A text with a request's secrets redacted, as a request file's are: their whole forms (decoded,
 * and encoded as a URL writes them), inside longer words too from gluedSecretLength characters
 * (a token glued to text in a path, `x` + token, was quoted whole by checkRequest; audit of
 * request secrets), and the written side of a `"W" (decoded: "D")` whose D is redacted.
 */
export function requestSecretHider(secrets: ReadonlySet<string>): (text: string) => string {
  const whole = secretRedactor(withShownForms(secrets), gluedSecretLength);
  return (text) => withWrittenOfRedactedDecoded(whole(text));
}

/** A header or a file variable put out of use by a comment: `# Authorization: Bearer …`, `// @apiKey = …`. */
const commentedOut = /^[ \t]*(?:#|\/\/)[ \t]*(?:([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:|@([^\s=]+)[ \t]*=)(.*)$/gm;

/**
 * The secrets of a `.http` file's headers and variables commented out (an old token kept for
 * later, `# Authorization: Bearer …`): REST Client sends none of them, but the token is the
 * user's, and the same token written into a path was quoted, where a Postman collection's
 * disabled header pair was redacted (audit of request secrets, forty-sixth stop).
 */
export function commentedOutSecretTexts(text: string): Set<string> {
  const fields: [string, string][] = [];
  for (const m of text.matchAll(commentedOut)) {
    const name = m[1] ?? m[2]!;
    const value = m[3]!.trim();
    if (value !== "" && !value.includes("{{") && isSecretKey(name) && fields.length < mostFileLeaves) fields.push([name, value]);
  }
  return fields.length === 0 ? new Set() : fieldSecretTexts(fields);
}
