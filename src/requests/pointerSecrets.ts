import { redacted } from "../domain/secretLookalikes.js";
import { escapeSegment, mapPointerKeys } from "../json/jsonPointer.js";

/**
 * A JSON Pointer with a request file's secrets taken out of it segment by segment. A secret
 * filled in as a body's key stands in the pointer escaped (`/` as `~1`, `~` as `~0`) and
 * JSON-decoded (`\"` as `"`): redacted as the text was, `aGVsbG8/d29ybGQ+…` stood in json's
 * `path`, SARIF's fullyQualifiedName and Postman's `body <pointer>` prefix as
 * `aGVsbG8~1d29ybGQ+…` (audit of dfac0548). Each segment is unescaped, redacted (as read, and as
 * JSON quotes it), and escaped again.
 */
export function withoutPointerSecrets(pointer: string, hidden: (text: string) => string): string {
  if (!pointer.startsWith("/")) return hidden(pointer);
  return mapPointerKeys(pointer, (key, segment) => {
    let shown = hidden(key);
    if (shown === key) {
      const quoted = JSON.stringify(key).slice(1, -1);
      const quotedShown = quoted === key ? quoted : hidden(quoted);
      if (quotedShown === quoted) return hidden(segment);
      shown = quotedShown;
    }
    return escapeSegment(shown);
  });
}

/**
 * A key that holds a secret, `[redacted]` whole, as a body finding at its fill quotes it (a key
 * `Q{{apiKey}}`): the secret redacted inside it left `Q[redacted]` in Postman's `body <pointer>`
 * prefix, and the finding's own redaction of the glued key no longer found it there.
 */
export const wholeKeys = (hidden: (text: string) => string) => (key: string) => (hidden(key) === key ? key : redacted);
