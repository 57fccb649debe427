import { defineRule } from "../../src/engine/rule.js";
import { postmanInDocuments } from "../../src/requests/postmanInDocuments.js";

/**
 * Found by the review of the request files: this was a `parse` finding with the evidence
 * "stated", an error under ESLint's recommended config, that no rule's level could turn off.
 * The OMS documents mention Postman but say nothing of how it sends a url: that Postman sends
 * the parts and not `raw` is postman-collection's code (Url.update, Url#toString), so our
 * reading, and a warning.
 */
export const postmanRawUrlDiffers = defineRule({
  meta: {
    id: "request/postman-raw-url-differs",
    description: `A Postman url object whose raw names another URL than its parts (protocol, host, port, path, query). Postman sends the parts, so they are what is checked; raw, the URL a reader sees, is not what is sent (our reading of postman-collection's Url; ${postmanInDocuments("how Postman sends a url")}).`,
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: {
      document: `${postmanInDocuments("how Postman sends a url")}: that it sends the parts is postman-collection's lib/collection/url.js (Url#toString). The documents give the URLs the parts are checked against, e.g. Custom Order Data (seeds/000)`,
      passage: "Callhttps://integration.shopatron.com/api/v2/order/{orderID}/customData",
    },
    messages: {
      differs: `url.raw and the url's parts name different URLs (their {{differs}} {{verb}}): Postman sends the parts (protocol, host, port, path, query), not raw, so the parts are checked; make raw the same URL (our reading of postman-collection's Url: ${postmanInDocuments("how Postman sends a url")})`,
    },
  },
  checkRequest({ request, report }) {
    const differs = request.urlRawDiffers;
    if (differs === undefined) return;
    report({ part: "url", messageId: "differs", data: { differs, verb: differs.includes(" and ") ? "differ" : "differs" } });
  },
});
