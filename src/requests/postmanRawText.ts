/**
 * The text Newman sends for a raw body whose `raw` is no string (an object or a list; postman-collection
 * 5.3.0's RequestBody#isEmpty counts a number, a boolean, `{}` and `[]` empty, so those send nothing):
 * RequestBody#update keeps the value as written, and postman-runtime's raw body builder
 * (lib/requester/core-body-builder.js, `raw`: `typeof content !== STRING` → `JSON.stringify(content)`)
 * sends its JSON; its string values with their variables filled (`resolve`), as the runtime fills them. Found by the audit of the Postman reader: oms-lint gave such a body a parse
 * finding and left the request unchecked, though Newman sends it.
 */
export function postmanRawText(raw: unknown, resolve: (text: string) => string): string {
  if (typeof raw === "string") return resolve(raw);
  // Variables are filled in each string value, keys left as written, before the JSON is made (postman-runtime's
  // toObjectResolved → Property.replaceSubstitutionsIn, then the body builder's JSON.stringify): filled in the JSON's
  // text, a value holding `"` or a line break was a parse error on a body Newman sends as valid JSON (the audit of
  // ca598552), and `{{k}}` as a key was filled, which Newman leaves.
  return JSON.stringify(raw, (_key, value: unknown) => (typeof value === "string" ? resolve(value) : value));
}
