import { firstIndex } from "../source/firstIndex.js";
import { snippetLength } from "../source/parseFault.js";
import { faultWordAt, type SecretPlaces } from "./secretFills.js";

/**
 * A parse fault at a secret variable filled bare, said without any of it: the fault quoted what
 * the parser read of the value (`07` and `write 7` of `07Qx…`, `1.e5` of `1.{{apiKey}}` with
 * `e5Qx…`, `write true` of `True…`, a `\q` escape), pieces under three characters were not
 * redacted, and its kind told the value's shape (`is not a complete number`: digits then e then
 * -, as in a UUID `4717392e-a000-…`; seed 1 of bareSecretFaults.test.ts). One sentence, whatever
 * the value, as a fault at a payload's secret field has (parseFault.ts's secretFieldAt).
 */
export const secretFillFaultMessage =
  "the text a secret variable fills in here is not valid JSON where it stands (not quoted: no part of a secret's value is shown); text needs double quotes around its {{…}}, and a value after another a comma before it";

/** A parse fault's range in the body as sent. */
interface FaultRange {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Whether the fault at `from`..`to` quotes the value of one of `secrets` outside a string: its
 * range, or the bare word it quotes from its start (the range of a missing comma may hold one
 * character), reaches a place the text holds a secret. A string's content is redacted by the
 * pieces it quotes (secretFills.ts); a fault before the fill keeps its words.
 */
export function quotesBareSecret({ text, from, to }: FaultRange, secrets: readonly string[], placesOf: SecretPlaces): boolean {
  if (text[from] === '"') return false;
  const word = faultWordAt.exec(text.slice(from, from + snippetLength))?.[0] ?? "";
  const end = Math.max(to, from + word.length, from + 1);
  return secrets.some((secret) => {
    if (secret.length === 0) return false;
    const places = placesOf(text, secret);
    const i = firstIndex(places.length, (k) => places[k]! + secret.length > from);
    return i < places.length && places[i]! < end;
  });
}
