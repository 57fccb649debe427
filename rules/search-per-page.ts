import { asObject, field } from "../src/domain/payloadParts.js";
import { defineRule } from "../src/engine/rule.js";

/** The prose's maximum; the parameter table's (100) is the schema's. */
const documentedPageSize = 20;

/** perPage as the query holds it: a string of digits, or a number in the object form. */
function perPageValue(perPage: unknown): number | undefined {
  if (typeof perPage === "number") return perPage;
  return typeof perPage === "string" && /^[0-9]+$/.test(perPage) ? Number(perPage) : undefined;
}

export const searchPerPage = defineRule({
  meta: {
    id: "search-per-page",
    description: "perPage above 20: the documents give 20 as the maximum in one place and 100 in another.",
    defaultSeverity: "warning",
    kinds: ["orderItemSearch"],
    source: {
      document: "Search for Order Item (seeds/002)",
      passage:
        "GET calls that support pagination for numerous results, such as when searching, also accept a perPage parameter that defines how many results can be returned on each page. The default is 10 and the maximum is 20.",
    },
    messages: {
      aboveTwenty:
        "perPage is {{perPage}}: the documents say both \"The default is 10 and the maximum is 20\" (prose) and \"the maximum value is 100\" (parameter table); above 20 the OMS may cap or refuse the page size",
    },
  },
  check({ value, report }) {
    const perPage = perPageValue(field(asObject(value), "perPage"));
    if (perPage !== undefined && perPage > documentedPageSize) {
      report({ path: "/perPage", messageId: "aboveTwenty", data: { perPage: String(perPage) } });
    }
  },
});
