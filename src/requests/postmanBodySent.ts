import { isObject } from "./jsonObject.js";
import { postmanBodyIsEmpty, postmanBodyMode, type PostmanBodyMode } from "./postmanBodyEmpty.js";

/**
 * The mode of the body Newman sends, or undefined where it sends none: postman-runtime's
 * getRequestBody (lib/requester/core.js) returns nothing where `requestBody.isEmpty()` or
 * `requestBody.disabled` holds, and postman-collection's RequestBody#update (5.3.0) copies
 * `disabled` as the collection gives it, so any truthy value (`"true"`, `1`) disables the body;
 * a body with no mode it leaves unread, which isEmpty counts empty (postmanBodyIsEmpty). A mode
 * it reads lowercased, one it does not name as raw (postmanBodyMode: `RAW`, `binary`). Found by
 * the audit of request files: oms-lint read `disabled !== true`, `mode` as written, and a body
 * with no mode as raw, so a POST Newman sends without a body drew no request/body-required error.
 */
export function postmanSentBodyMode(body: Readonly<Record<string, unknown>>): PostmanBodyMode | undefined {
  if (body.disabled || postmanBodyIsEmpty(body)) return undefined;
  const mode = postmanBodyMode(body.mode);
  if ((mode === "urlencoded" || mode === "formdata") && everyParameterDisabled(body[mode])) return undefined;
  return mode;
}

/**
 * Whether a urlencoded or formdata list holds no enabled parameter: core-body-builder.js's
 * urlencoded and formdata reducers drop each whose `disabled` holds (a QueryParam's, FormParam's,
 * Property's `Boolean(definition.disabled)`). `form: {}` sends an empty body; so does
 * `formData: []`: postman-request still makes a form (`if (options.formData)`, an empty list is
 * truthy), but form-data writes its closing boundary only in a part's footer
 * (`_multiPartFooter`: `lastPart`), so a form with no part streams nothing. A string is parsed
 * into parameters never disabled; a single object is the list's one parameter (PropertyList#populate).
 * Found by the audit of the Postman reader: a formdata list whose every entry was disabled counted as sent.
 */
function everyParameterDisabled(data: unknown): boolean {
  if (typeof data === "string") return false;
  const parameters = Array.isArray(data) ? data : [data];
  return parameters.every((one) => one === null || one === undefined || (isObject(one) && Boolean(one.disabled)));
}
