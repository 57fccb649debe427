import { credentialLike } from "../domain/secretFields.js";
import { expandVariables, expansionBudget } from "./variables.js";

/**
 * A Postman collection's secrets as sent: a secret variable, or an auth's credential, whose value
 * is another variable (`"apiKey": "{{prodKey}}"`, a bearer token `{{tok}}`) sends that variable's
 * value, which a finding quotes (`not "sk_live_ABCDEFGH1234"`); taken as written, it went
 * unredacted (audit of dfac0548). Each is filled with the collection's `{key, value}` pairs (a
 * name defined more than once, by its last definition), bounded as a request's texts are, from
 * one allowance for them all.
 */
export function filledPostmanSecrets(written: ReadonlySet<string>, pairs: readonly (readonly [string, string])[], textLength: number): Map<string, string> {
  const filled = new Map<string, string>();
  if (![...written].some((secret) => secret.includes("{{"))) return filled;
  const values = new Map(pairs);
  const budget = expansionBudget(textLength);
  for (const secret of written) {
    if (!secret.includes("{{")) continue;
    const sent = expandVariables(secret, (name) => values.get(name), budget).text;
    if (sent !== secret && credentialLike(sent)) filled.set(secret, sent);
  }
  return filled;
}

/**
 * A collection variable's value as sent (`{key, value}` pairs, the last definition of a name),
 * filled as a request's texts are, from one allowance for all it is asked: a variable a secret
 * is built from (`Bearer {{tok}}`) is redacted by that value.
 */
export function postmanValueOf(pairs: readonly (readonly [string, string])[], textLength: number): (name: string) => string | undefined {
  const values = new Map(pairs);
  const budget = expansionBudget(textLength);
  return (name) => {
    const value = values.get(name);
    return value === undefined ? undefined : expandVariables(value, (inner) => values.get(inner), budget).text;
  };
}
