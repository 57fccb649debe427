import { child, segments } from "../json/jsonPointer.js";

/**
 * Which names hold values a checkout service must never find in a log line.
 *
 * Card data (the number, security code, expiration and holder's name, which PCI DSS counts as
 * cardholder data; a gift card's pin), a payment method's token (it pays as the card it stands
 * for), the customer's password, e-mail address and phone numbers (customer.phone1, phone2, an
 * address's phone): these by their exact name, as the documents spell them (`pin` inside a name
 * would find shipping).
 */
const exactSecretNames: ReadonlySet<string> = new Set([
  "cardnumber",
  "cardsecuritycode",
  "cardexpiration",
  "cardholdername",
  "pin",
  "token",
  "password",
  "email",
]);

/**
 * Credentials a fixture, a request body or a Postman file may carry beside a payload: no OMS
 * field, but the same harm in a CI log. Secret wherever the word stands in a name, as headers
 * and SDKs name them (X-Api-Key, bearerToken, idToken, auth_token, password_hash,
 * subscriptionKey, Kibo's x-vol-app-claims). No field of the documents contains one; a name
 * that merely contains one (secretary, apiKeyId) is redacted too: a value not quoted costs less
 * than a key in a CI log.
 */
const credentialWords = ["token", "secret", "password", "passwd", "apikey", "privatekey", "credential", "subscriptionkey", "appclaims"];

/**
 * Secret at a name's end only (Authorization, Proxy-Authorization): the documents' own
 * authorizationID is the payment's plain reference ("authorizationID": "48484"), shown.
 */
const credentialEndings = ["authorization"];

/** The exact names alone (card data, pin, token, password, email, phoneN): not a credential word inside a longer name. */
const exactNamePattern = new RegExp(`^(?:${[...exactSecretNames].join("|")}|phone\\d*)$`, "i");

/**
 * Whether a secret name is one of the exact names, whose every value is the secret (a password of
 * letters alone, a pin of digits), rather than a name holding a credential word, under which a
 * value is taken for a credential only where it looks like one (credentialLike, secretFields.ts).
 */
export function isExactSecretKey(key: string): boolean {
  return exactNamePattern.test(/[^A-Za-z0-9]/.test(key) ? comparedName(key) : key);
}

/** One pattern over a compared name, built once: a scan tests every key of a 50 MB file with it. */
const secretNamePattern = new RegExp(`^(?:${[...exactSecretNames].join("|")}|phone\\d*)$|${credentialWords.join("|")}|(?:${credentialEndings.join("|")})$`, "i");

/** A name as compared: in lower case, everything but letters and digits left out (api_key, API-KEY, api.key and "Api Key" alike). */
export function comparedName(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function isSecretKey(key: string): boolean {
  // Most keys are letters and digits alone: tested as they stand, in any case, with no copy made.
  return secretNamePattern.test(/[^A-Za-z0-9]/.test(key) ? comparedName(key) : key);
}

/**
 * The secret name an object's value stands under as a key/value pair, as Postman keeps secrets
 * (`"bearer": [{"key": "token", "value": "…"}]`, an environment's `{"key": "apiKey", "value":
 * "…"}`): its `key` member, when that is a string naming a secret.
 */
export function pairSecretName(node: unknown): string | undefined {
  const key = child(node, "key");
  return typeof key === "string" && isSecretKey(key) ? key : undefined;
}

/** Whether the value at `path` in `root` is a secret field's (or within one), by the names on its way or a key/value pair's key. */
export function isSecretPath(root: unknown, path: string): boolean {
  let node = root;
  for (const segment of segments(path)) {
    if (isSecretKey(segment) || (segment === "value" && pairSecretName(node) !== undefined)) return true;
    node = child(node, segment);
  }
  return false;
}
