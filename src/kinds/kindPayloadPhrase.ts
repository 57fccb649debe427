import type { Kind } from "./kinds.js";

/** "a createOrder payload", "an orderItemSearch payload": the article a kind's name takes. */
export function kindPayloadPhrase(kind: Kind): string {
  return `${/^[aeiou]/i.test(kind) ? "an" : "a"} ${kind} payload`;
}
