import { ownField } from "../src/engine/ownField.js";
import { defineRule } from "../src/engine/rule.js";
import { endpoints } from "../src/requests/endpoints.js";
import { matchEndpoint } from "../src/requests/matchEndpoint.js";

const search = endpoints.find((endpoint) => endpoint.id === "orderItemSearch");

/**
 * Found by the audit of diagnostic wording: `"https://integration.shopatron.com/api/v2/createOrder/?orderID=5"`
 * passed as a valid search. A request file's URL is request/unknown-endpoint's (and its
 * method's); this rule is for a search given as one string, whose parameters alone were checked.
 */
export const searchUrlEndpoint = defineRule({
  meta: {
    id: "search-url-endpoint",
    description:
      "A search given as a whole URL calls the search endpoint, /api/v2/orderItem/. The document gives that call; what the OMS answers a search's parameters sent to another path it does not say (our reading).",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["orderItemSearch"],
    source: {
      document: "Search for Order Item (seeds/002)",
      passage: "Callhttps://integration.shopatron.com/api/v2/orderItem/?{parameters}",
    },
    messages: {
      otherEndpoint:
        "this search URL's path is {{path}}, an endpoint of the {{name}}, not the search's {{search}} (the document gives the search's call as https://integration.shopatron.com/api/v2/orderItem/?{parameters}): sent there, it is no search for order items (our reading: what the OMS answers there the documents do not say)",
      noEndpoint:
        "this search URL's path is {{path}}, not the search's {{search}} (the document gives the search's call as https://integration.shopatron.com/api/v2/orderItem/?{parameters}): sent there, it is no search for order items (our reading: the OMS has calls the documents only mention)",
      emptySegment:
        "this search URL's path is {{path}}, which is the search's {{search}} only with its slashes merged: an empty segment (//) is sent as written, and servers differ (some merge the slashes, some refuse the URL), which the documents do not say of the OMS (our reading): write one slash",
    },
  },
  visit: {
    payload({ source, report }) {
      const url = ownField(source, "searchUrl");
      if (url === undefined || search === undefined) return;
      // Matched as a client sends the path (`.` and `..` removed, as `new URL()` does), its `//`
      // merged and told apart (emptySegment), as request/unknown-endpoint reads a request file's.
      const match = matchEndpoint(url);
      const path = JSON.stringify(match.url.pathText || "/");
      if (match.endpoint === search) {
        if (match.url.emptySegment) report({ path: "", messageId: "emptySegment", data: { path, search: search.path } });
        return;
      }
      const name = match.endpoint?.source;
      if (name === undefined) report({ path: "", messageId: "noEndpoint", data: { path, search: search.path } });
      else report({ path: "", messageId: "otherEndpoint", data: { path, name, search: search.path } });
    },
  },
});
