import { credentialLike } from "../domain/secretFields.js";

/** What ends a bare word a parse fault quotes: JSON's punctuation, a quote, a blank. */
const wordEnds = /["\s,:{}[\]]+/;

/**
 * A request file's secret as the server reads it from a URL: percent-decoded (a path segment,
 * `p%40ss` read as `p@ss`), and form-decoded as a query's value is (`+` a space; a broken escape
 * kept as written, as URLSearchParams keeps it). A message shows what a value decodes to
 * (`(decoded: "p@ssw0rd!longer")`, a query value `got "Zm9v YmFy…"`; audit of 9b47b759).
 */
function decodedForms(secret: string): string[] {
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
 * The pieces of a secret that holds a quote: filled into a JSON string, the quote ends the string
 * early and the parse fault quotes the bare word after it (`cdEFGH… is not a JSON value: text
 * needs double quotes`). A payload's secret cut so is explained without quoting it, found by the
 * field it stands in; a file's secret stands in no field of the body, so its pieces are
 * redacted as its whole text is (audit of 9b47b759).
 */
function quoteCutPieces(secret: string): string[] {
  return secret.includes('"') ? secret.split(wordEnds) : [];
}

/**
 * A request file's secrets with the other forms a message may show them in: decoded as a URL
 * is, and cut by a quote in them. A form is taken as a credential-word field's value is
 * (three characters or more, no short count or true/false), and as JSON quotes it.
 */
export function withShownForms(secrets: ReadonlySet<string>): ReadonlySet<string> {
  const all = new Set(secrets);
  for (const secret of secrets) {
    for (const form of [...decodedForms(secret), ...quoteCutPieces(secret)]) {
      if (form === secret || !credentialLike(form)) continue;
      all.add(form);
      const quoted = JSON.stringify(form).slice(1, -1);
      if (quoted !== form) all.add(quoted);
    }
  }
  return all;
}
