import type { Diagnostic } from "../engine/diagnostic.js";
import { describeArgument } from "../engine/argumentWords.js";

/** A class's name with its article: "an Int8Array", "a DataView", "a Uint16Array" (a U read "you"). */
const withArticle = (name: string): string => `${/^[AEIO]/i.test(name) ? "an" : "a"} ${name}`;

/**
 * A payload handed over as its bytes (a raw request body, a file read without an encoding):
 * the schema would see the bytes' own shape (a Buffer's toJSON gives { type, data }) and
 * report a body lacking every field, when the bytes hold the body. Said plainly, once, as a
 * string holding JSON text is.
 */
export function bytesPayload(value: unknown): Diagnostic | undefined {
  if (!(ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof SharedArrayBuffer)) return undefined;
  const what = value instanceof ArrayBuffer ? "an ArrayBuffer" : value instanceof Uint8Array ? describeArgument(value) : withArticle(value.constructor.name);
  const message = `the payload is bytes (${what}), not the JSON value they hold: decode and parse them first (JSON.parse(Buffer.from(bytes).toString("utf8")); a search's URL or query string decoded only)`;
  return { ruleId: "schema", messageId: "type", severity: "error", evidence: "stated", message, path: "" };
}
