import { mostFileLeaves, secretTexts, type OwnSecrets } from "../domain/secretFields.js";
import { comparedName, isSecretKey } from "../domain/secretNames.js";

/**
 * The members of each Postman auth type that hold a credential (collection format v2.1's `auth`
 * schema, as names compared): nothing else in an auth block is one. Its other members are the
 * request's shape (`apikey`'s `key`, the header's name, and `in`; oauth2's `addTokenTo`,
 * `tokenType`, `grant_type`, `headerPrefix`; each entry's `type: "string"`): read by the names
 * holding a credential word, they were taken for secrets, and `"addTokenTo": "header"` made every
 * "header", the apikey's "value" every "value" of a message `[redacted]` (`body /[redacted]:
 * [redacted] must be a string`; audit of 9b47b759). A Map, as the type is the collection's: an
 * object literal answered a member named `constructor` with Object.prototype's.
 */
const authCredentials: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["apikey", ["value"]],
  ["bearer", ["token"]],
  ["basic", ["password"]],
  ["digest", ["password"]],
  ["oauth1", ["consumersecret", "tokensecret", "token", "privatekey"]],
  ["oauth2", ["accesstoken", "refreshtoken", "clientsecret", "password"]],
  ["awsv4", ["accesskey", "secretkey", "sessiontoken"]],
  ["hawk", ["authkey"]],
  ["ntlm", ["password"]],
  ["edgegrid", ["accesstoken", "clienttoken", "clientsecret"]],
  ["akamaiedgegrid", ["accesstoken", "clienttoken", "clientsecret"]],
  ["jwt", ["secret", "privatekey"]],
  ["asap", ["privatekey"]],
]);

/**
 * The credentials an auth block holds, whatever its shape: v2.1 lists each of a type's settings
 * as a `{key, value, type}` entry, v2.0 as an object's members. A type not in the table is read
 * by its settings' names (a name holding a credential word), its other values left alone.
 */
function authSecrets(auth: unknown): unknown[] {
  if (typeof auth !== "object" || auth === null || Array.isArray(auth)) return [];
  const found: unknown[] = [];
  for (const [type, settings] of Object.entries(auth)) {
    if (type === "type") continue;
    const known = authCredentials.get(comparedName(type));
    const isCredential = (name: string) => (known === undefined ? isSecretKey(name) : known.includes(comparedName(name)));
    if (Array.isArray(settings)) {
      for (const entry of settings) {
        if (typeof entry === "object" && entry !== null && typeof entry.key === "string" && isCredential(entry.key)) found.push(entry.value);
      }
    } else if (typeof settings === "object" && settings !== null) {
      for (const [name, value] of Object.entries(settings)) if (isCredential(name)) found.push(value);
    }
  }
  return found;
}

/** A variable Postman keeps as a secret, whatever its name: its `"type": "secret"`, or an environment's `"secret": true`. */
function isMarkedSecret(node: Readonly<Record<string, unknown>>): boolean {
  return typeof node.key === "string" && (node.type === "secret" || node.secret === true);
}

/** A collection's, a folder's and a request's `auth` by its type's credentials; a variable marked secret by its value. */
const postmanOwnSecrets: OwnSecrets = (key, child, node) => {
  if (key === "auth") return authSecrets(child);
  if (key === "value" && isMarkedSecret(node)) return [child];
  return undefined;
};

/**
 * A Postman collection's secrets: its auth blocks' credentials, its variables marked secret, and
 * wherever else it stands a secret-named field or `{key, value}` pair (a variable, a header, a
 * query entry), as a payload's are found.
 */
export function postmanSecretTexts(collection: unknown): Set<string> {
  return secretTexts(collection, undefined, postmanOwnSecrets, mostFileLeaves);
}

/** Objects visited at most for a collection's variables: as many as secretTexts visits. */
const mostVisited = 1_000_000;

/** A collection's `{key, value}` string pairs, and its variables that are secrets whatever their values. */
export interface PostmanPairs {
  /**
   * Every pair (its and its folders' variables, as written): a name's own definitions, for
   * telling which `{{name}}` fills a secret. A header's or query entry's pair is taken too; no
   * variable is named by it unless one is.
   */
  readonly pairs: [string, string][];
  /**
   * The variables a `{{name}}` fills (a collection's, a folder's, a request's) that are secrets by
   * their name (`apiKey`, `password`) or marked secret, whatever their values: `-1`, `true`,
   * `1234`, `07` are no whole secret (credentialLike), but a finding at their fill quoted them
   * (`body: a comma is missing before -1`), where a `.http` file's `@apiKey = -1` was taken there.
   * Not `url.variable`'s (a `:name` segment's), nor an auth's settings (oauth2's `addTokenTo:
   * "header"` is no secret of `{{addTokenTo}}`).
   */
  readonly secretVariables: ReadonlySet<string>;
}

/** Whether `node` defines variables a `{{name}}` fills: a collection, a folder or a request's item, not a url object. */
const holdsFilledVariables = (node: Readonly<Record<string, unknown>>) => Array.isArray(node.variable) && (Object.hasOwn(node, "item") || Object.hasOwn(node, "request"));

/** Adds to `into` the names of `variables` that are secrets by their name or their mark. */
function addSecretVariables(variables: readonly unknown[], into: Set<string>): void {
  for (const variable of variables) {
    if (typeof variable !== "object" || variable === null) continue;
    const entry = variable as Readonly<Record<string, unknown>>;
    if (typeof entry.key === "string" && typeof entry.value === "string" && (isSecretKey(entry.key) || isMarkedSecret(entry))) into.add(entry.key);
  }
}

/** A collection's `{key, value}` string pairs and its secret variables, in one walk. */
export function postmanPairs(collection: unknown): PostmanPairs {
  const pairs: [string, string][] = [];
  const secretVariables = new Set<string>();
  const stack: unknown[] = [collection];
  for (let visited = 0; stack.length > 0 && visited < mostVisited; visited++) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (!Array.isArray(node)) {
      const object = node as Record<string, unknown>;
      const { key, value } = object;
      if (typeof key === "string" && typeof value === "string") pairs.push([key, value]);
      if (holdsFilledVariables(object)) addSecretVariables(object.variable as unknown[], secretVariables);
    }
    for (const child of Object.values(node)) if (typeof child === "object" && child !== null) stack.push(child);
  }
  return { pairs, secretVariables };
}
