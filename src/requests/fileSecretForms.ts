import { credentialLike } from "../domain/secretFields.js";
import { redacted } from "../domain/secretLookalikes.js";

/**
 * A request file's secret as the server reads it from a URL: percent-decoded (a path segment,
 * `p%40ss` read as `p@ss`), and form-decoded as a query's value is (`+` a space; a broken escape
 * kept as written, as URLSearchParams keeps it). A message shows what a value decodes to
 * (`(decoded: "p@ssw0rd!longer")`, a query value `got "Zm9v YmFy…"`; audit of 9b47b759).
 */
export function decodedForms(secret: string): string[] {
  const forms: string[] = [];
  try {
    forms.push(decodeURIComponent(secret));
  } catch {
    // A broken escape: a path keeps the segment as written.
  }
  const query = new URLSearchParams(`x=${secret.replace(/&/g, "%26")}`).get("x");
  if (query !== null) forms.push(query);
  return forms;
}

/**
 * A secret as a URL is written with it (encodeURIComponent's escapes, in upper or lower case; a
 * form's, `+` for a space): a token put into a path by `encodeURIComponent(claims)` was quoted as
 * written, `not "eyJhbGciOi%2FJIUz…%3D%3D" (decoded: "[redacted]")` (audit of request secrets).
 */
export function encodedForms(secret: string): string[] {
  const form = new URLSearchParams([["x", secret]]).toString().slice(2);
  let component: string;
  try {
    component = encodeURIComponent(secret);
  } catch {
    // A lone surrogate, which encodeURIComponent refuses (a form writes it as U+FFFD's escapes).
    return [form];
  }
  return [component, component.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()), form];
}

/** A quote of a URL's part as written beside what it decodes to, as quotedSegment writes it: `"W" (decoded: "D")`. */
const writtenAndDecoded = /"((?:[^"\\]|\\.)*)" \(decoded: "((?:[^"\\]|\\.)*)"\)/g;

/**
 * The message with the written side of each `"W" (decoded: "D")` redacted whole where D holds a
 * redaction: W is D with escapes, whichever ones (`%37` for `7`, which no encoder writes), so it
 * holds the secret too.
 */
export function withWrittenOfRedactedDecoded(message: string): string {
  if (!message.includes("(decoded: ")) return message;
  return message.replace(writtenAndDecoded, (whole, written: string, decoded: string) => (decoded.includes(redacted) && written !== redacted ? `"${redacted}" (decoded: "${decoded}")` : whole));
}

/**
 * A request file's secrets with the other whole forms a message may show them in: decoded as a
 * URL is, and encoded as one is written. A form is taken as a credential-word field's value is
 * (three characters or more, no short count or true/false), and as JSON quotes it. The pieces a
 * fill cuts a secret into are redacted from the findings at that fill alone (secretFills.ts).
 */
export function withShownForms(secrets: ReadonlySet<string>): ReadonlySet<string> {
  const all = new Set(secrets);
  for (const secret of secrets) {
    for (const form of [...decodedForms(secret), ...encodedForms(secret)]) {
      if (form === secret || !credentialLike(form)) continue;
      all.add(form);
      const quoted = JSON.stringify(form).slice(1, -1);
      if (quoted !== form) all.add(quoted);
    }
  }
  return all;
}
