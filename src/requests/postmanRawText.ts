/**
 * The text Newman sends for a raw body whose `raw` is no string (an object or a list; postman-collection
 * 5.3.0's RequestBody#isEmpty counts a number, a boolean, `{}` and `[]` empty, so those send nothing):
 * RequestBody#update keeps the value as written, and postman-runtime's raw body builder
 * (lib/requester/core-body-builder.js, `raw`: `typeof content !== STRING` → `JSON.stringify(content)`)
 * sends its JSON. Found by the audit of the Postman reader: oms-lint gave such a body a parse
 * finding and left the request unchecked, though Newman sends it.
 */
export function postmanRawText(raw: unknown): string {
  return typeof raw === "string" ? raw : JSON.stringify(raw);
}
