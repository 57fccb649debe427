import { defineRule } from "../../src/engine/rule.js";
import type { QueryParameter } from "../../src/requests/endpoints.js";
import { isMethodNotAllowed } from "../../src/requests/recordPath.js";

/** The parameter as the document writes it in its URLs (`orderID=012345`), or `name=…` where it shows none. */
function shownAs(name: string, parameter: QueryParameter): string {
  const url = Object.values(parameter.shown ?? {})[0]?.url;
  return url?.slice(url.indexOf("?") + 1) ?? `${name}=…`;
}

/**
 * Found by the request files audit: an item custom data call's `?orderID=5&orderID=5` was read
 * as "5,5" and refused as no integer. Its values are now each checked as written
 * (request/path-parameter); the repeat itself is this warning, as a search's is
 * search-repeated-parameter's: the documents show the parameter once and say nothing of a
 * repeat, so how the OMS reads one is our guess.
 */
export const repeatedQueryParameter = defineRule({
  meta: {
    id: "request/repeated-query-parameter",
    description:
      "A call other than the search gives a query parameter its document shows (an item custom data call's orderID) more than once. The document shows it once in each URL and says nothing of a repeat, so how the OMS reads one is unknown (our reading).",
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: {
      document: "Custom Order Item Data (seeds/001), the URLs it shows",
      passage: "https://{tenantId}-translation.mozu.com/api/v2/orderItem/000000/customData/?orderID=012345",
    },
    messages: {
      repeated:
        "{{name}} is given {{count}} times: the {{document}} document shows it once in each URL (?{{shown}}) and does not say how the OMS reads a parameter given more than once (it may read only one of them); give it once (our reading)",
    },
  },
  checkRequest({ request, method, match, operation, report }) {
    const endpoint = match.endpoint;
    // A search's query is checked as orderItemSearch, whose repeats are search-repeated-parameter's;
    // a method the endpoint does not take is request/method-not-allowed's one finding.
    if (!endpoint || operation?.queryKind || isMethodNotAllowed(endpoint, method, request.variables)) return;
    for (const [name, parameter] of Object.entries(endpoint.requiredQuery)) {
      const count = match.url.occurrences.get(name)?.length ?? 0;
      // At its second value: the repeat.
      if (count > 1) report({ part: "url", urlPart: { queryParameter: name, occurrence: 1 }, messageId: "repeated", data: { name, count, document: endpoint.source, shown: shownAs(name, parameter) } });
    }
  },
});
