import { defineRule } from "../../src/engine/rule.js";
import { operationReadAs } from "../../src/requests/recordPath.js";
import { contentTypeHeader, jsonContentType } from "../../src/requests/endpoints.js";
import { isPlaceholder } from "../../src/requests/matchEndpoint.js";
import { header } from "../../src/requests/requestEntry.js";
import { listedMediaTypes, parsedMediaType, type MediaType } from "../../src/requests/mediaType.js";

/**
 * The WHATWG Encoding Standard's labels of UTF-8, in any letter case: `utf8` is one
 * (`new TextDecoder("utf8").encoding` is "utf-8"), and a server that honours it decodes UTF-8.
 * It was warned of as "not UTF-8" (audit).
 */
const utf8Labels: ReadonlySet<string> = new Set(["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]);

export const contentType = defineRule({
  meta: {
    id: "request/content-type",
    description: "A JSON body goes with Content-Type: application/json, and no charset other than UTF-8.",
    defaultSeverity: "warning",
    // "Supported Formats JSON" names the body's format; that the header must say so is our reading, not advice the documents give.
    evidence: "inferred",
    target: "request",
    source: {
      document: "Custom Order Data (seeds/000), Supported Formats (each of the five documents says the same)",
      passage: "Supported FormatsJSON",
    },
    messages: {
      missing:
        "a request with a JSON body sends no Content-Type: the documents give JSON as the supported format, so send Content-Type: {{type}} (they do not say what the OMS does with a body sent without one)",
      formBody:
        "the body is sent form-encoded (Postman's {{mode}} mode, as {{type}}) although Content-Type says {{given}}: the documents give JSON as the supported format, and do not say which of the two the OMS reads (our reading); send the body as raw JSON",
      rawLanguage:
        'Postman sends this raw body as {{type}} because its language is "{{language}}", not JSON: the documents give JSON as the supported format, so set the body\'s language to JSON (Postman then sends {{json}}) or a Content-Type: {{json}} header (they do not say what the OMS does with another type)',
      rawNoLanguage:
        "Postman sends this raw body as {{type}} because it has no language (JSON would be sent as {{json}}): the documents give JSON as the supported format, so set the body's language to JSON or a Content-Type: {{json}} header (they do not say what the OMS does with another type)",
      other: "Content-Type is {{given}}: the documents give JSON as the supported format, so send {{type}} (they do not say what the OMS does with another type)",
      charset:
        "Content-Type is {{given}}: its charset {{charset}} is not UTF-8. JSON exchanged between systems is UTF-8 (RFC 8259 §8.1), and no charset parameter is defined for application/json (RFC 8259 §11: adding one has no effect on compliant recipients), so a compliant server ignores it; only one that honours it anyway reads text past ASCII as other characters (\"Zürich\" as \"ZÃ¼rich\" under iso-8859-1); that is our reading, as the documents give JSON as the supported format and say nothing of charset: send {{type}} without it",
    },
  },
  checkRequest({ request, method, match, sendsBody, report }) {
    // Read as record-id-missing and record-id-unexpected read the request: the header is a second cause, and a second finding.
    const operation = operationReadAs(match.endpoint, method);
    if (!sendsBody || operation?.body !== "required") return;
    const type = header(request, contentTypeHeader);
    // Its media type, parameters and all: read by its first letters, application/jsonp and a charset passed (service audit).
    // Sent more than once, each of its media types (listedMediaTypes): several that are not all JSON's are another type.
    const values = type === undefined ? [] : listedMediaTypes(type);
    const medias = values.length > 1 ? values.map(parsedMediaType) : [type === undefined ? undefined : parsedMediaType(type)];
    const isJson = (m: MediaType | undefined) => m?.essence === jsonContentType;
    // A Postman raw body that is not JSON by its language is sent as another type: that is the cause, at the body.
    const raw = request.rawBodyType;
    if (type === undefined && raw !== undefined) {
      const data = { type: raw.type, json: jsonContentType };
      report(raw.language === undefined ? { part: "body", messageId: "rawNoLanguage", data } : { part: "body", messageId: "rawLanguage", data: { ...data, language: raw.language } });
    } else if (type === undefined) {
      // A line of the head the client fills (`{{headers}}`) may hold it.
      if (!request.headersMayHoldAny) report({ part: "headers", header: "content-type", messageId: "missing", data: { type: jsonContentType } });
    }
    else if (medias.every(isJson)) {
      // A header that says JSON over a body Postman encodes as a form: the body is no JSON, whatever the header says.
      const form = request.formBody;
      // Judged only where it can be read: a malformed parameter list stops the reading (mediaType.ts); each of a repeated header's.
      const charset = medias.map((m) => m?.parameters.get("charset")).find((c) => c !== undefined && !utf8Labels.has(c.toLowerCase()) && !isPlaceholder(c, request.variables));
      if (form !== undefined) report({ part: "body", messageId: "formBody", data: { mode: form.mode, type: form.type, given: JSON.stringify(type) } });
      else if (charset !== undefined) report({ part: "headers", header: "content-type", messageId: "charset", data: { given: JSON.stringify(type), charset: JSON.stringify(charset), type: jsonContentType } });
    } else if (values.length > 1 ? values.some((value, i) => !isJson(medias[i]) && !isPlaceholder(value, request.variables)) : !isPlaceholder(type, request.variables)) {
      report({ part: "headers", header: "content-type", messageId: "other", data: { given: JSON.stringify(type), type: jsonContentType } });
    }
  },
});
