import { escapeSegment, mapPointerKeys } from "../json/jsonPointer.js";
import { redact } from "./secretRedactor.js";

/**
 * A finding's pointer with each key that holds one of the payload's secret texts (secretTexts:
 * the values of its secret fields) redacted, as its message is: a custom data key that is the
 * customer's phone2 `8885552147` read `[redacted]` in the message and whole in the path (review
 * of the phone lookalikes). Read against the payload, so that an array's index stays an index
 * when a secret is `1`: `/orderItems/1` names a line, not the secret.
 */
export function pointerWithoutSecretTexts(pointer: string, value: unknown, secrets: ReadonlySet<string>): string {
  if (secrets.size === 0 || pointer === "") return pointer;
  let node: unknown = value;
  let first = true;
  return mapPointerKeys(pointer, (key, segment) => {
    // The empty text before the pointer's first slash is no key.
    if (first) {
      first = false;
      return segment;
    }
    const inArray = Array.isArray(node);
    node = typeof node === "object" && node !== null && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
    if (inArray) return segment;
    const cleaned = redact(key, secrets);
    return cleaned === key ? segment : escapeSegment(cleaned);
  });
}
