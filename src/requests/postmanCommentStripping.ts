import { postmanBodyMode } from "./postmanBodyEmpty.js";
import { isObject, type Json } from "./jsonObject.js";
import { postmanEntryDisabled } from "./postmanEntryDisabled.js";
import { parseHeaderString } from "./postmanHeaderString.js";

/** postman-runtime's test of a JSON type (JSON_CONTENT_TYPE_RE): case-sensitive, and a prefix (`application/json; charset=utf-8`, `application/merge-patch+json`). */
const jsonContentType = /^application\/(\S+\+)?json/;

/** The request's Content-Type headers as the collection lists them, disabled ones too (Postman's header list holds them), their values with variables filled. */
function contentTypeHeaders(request: Json, resolve: (text: string) => string): { value: unknown; disabled: boolean }[] {
  if (typeof request.header === "string") {
    return parseHeaderString(request.header)
      .filter((h) => h.name.toLowerCase() === "content-type")
      .map((h) => ({ value: resolve(h.value), disabled: false }));
  }
  if (!Array.isArray(request.header)) return [];
  return request.header
    .filter((h): h is Json => isObject(h) && typeof h.key === "string" && h.key.toLowerCase() === "content-type")
    .map((h) => ({ value: typeof h.value === "string" ? resolve(h.value) : h.value, disabled: postmanEntryDisabled(h) }));
}

/**
 * Whether Postman's runtime strips the comments of this raw body before it sends it, as
 * postman-runtime decides it (lib/runner/request-helpers-presend.js, "Raw request body
 * update"): only in mode `raw` (as postman-collection reads a mode: `RAW`, `binary` too); with a language, only for `json`; without one, only where the
 * request has a Content-Type header and it is not one whose string value is no JSON type (the
 * header looked up by name in any case, its first enabled one where there are several, and none
 * of several enabled counts as JSON, as that code's `find` leaves it). Neither a language nor a
 * Content-Type: sent as written.
 */
export function postmanStripsComments(body: Json, language: unknown, request: Json, resolve: (text: string) => string): boolean {
  if (postmanBodyMode(body.mode) !== "raw") return false;
  if (language) return language === "json";
  const headers = contentTypeHeaders(request, resolve);
  if (headers.length === 0) return false;
  const header = headers.length === 1 ? headers[0] : headers.find((h) => !h.disabled);
  return header === undefined || typeof header.value !== "string" || jsonContentType.test(header.value);
}
