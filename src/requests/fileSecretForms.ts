import { credentialLike } from "../domain/secretFields.js";

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
 * A request file's secrets with the other whole forms a message may show them in: decoded as a
 * URL is. A form is taken as a credential-word field's value is (three characters or more, no
 * short count or true/false), and as JSON quotes it. The pieces a fill cuts a secret into are
 * redacted from the findings at that fill alone (secretFills.ts).
 */
export function withShownForms(secrets: ReadonlySet<string>): ReadonlySet<string> {
  const all = new Set(secrets);
  for (const secret of secrets) {
    for (const form of decodedForms(secret)) {
      if (form === secret || !credentialLike(form)) continue;
      all.add(form);
      const quoted = JSON.stringify(form).slice(1, -1);
      if (quoted !== form) all.add(quoted);
    }
  }
  return all;
}
