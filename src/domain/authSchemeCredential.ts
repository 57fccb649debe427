/**
 * The credential an Authorization value carries after its scheme (`Bearer eyJ…`, `Basic dXNlcjpw…`).
 *
 * RFC 9110 §11.4: `credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]`, the scheme
 * compared without regard to case. A secret field's value "Bearer tok_…" was taken whole, and the
 * token alone, filled into an order's path, was quoted (`orderID must be a positive integer, not
 * "tok_…"`): a `.http` file's or a Postman collection's `Authorization: Bearer …` header (review of
 * secret redaction, forty-sixth stop).
 *
 * Only the schemes listed: IANA's HTTP Authentication Scheme Registry, and those services use
 * beside it (Token, as Rails and Django REST framework write it; NTLM; Okta's SSWS; ApiKey; JWT).
 * Any word followed by a word would have taken a passphrase's second word ("correct horse") for a
 * secret of its own and blanked it out of the messages. Only a token68 after it: auth-params
 * (Digest's `username="…", realm="…"`) name more than the secret, and no OMS call takes them.
 */
const schemes = ["basic", "bearer", "concealed", "digest", "dpop", "gnap", "hoba", "mutual", "negotiate", "oauth", "privatetoken", "scram-sha-1", "scram-sha-256", "vapid", "token", "ntlm", "ssws", "apikey", "jwt"];

/** RFC 9110's token68: `1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="`. */
const credentialsPattern = new RegExp(`^\\s*(?:${schemes.join("|")})[ \\t]+([A-Za-z0-9\\-._~+/]+=*)\\s*$`, "i");

/** The token68 after a known scheme, if `text` is a scheme and one; undefined for any other text. */
export function schemeCredential(text: string): string | undefined {
  return credentialsPattern.exec(text)?.[1];
}
