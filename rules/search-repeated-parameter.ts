import { defineRule } from "../src/engine/rule.js";

/**
 * Found by the audit of diagnostic wording: `perPage=10&perPage=20` was the stated error
 * "perPage must be an integer from 1 to 100", though both values are; the query had been
 * read as "10,20". The documents say nothing of a parameter given twice: how the OMS reads
 * one (the first value, the last, or both joined) is our guess, so this is a warning.
 */
export const searchRepeatedParameter = defineRule({
  meta: {
    id: "search-repeated-parameter",
    description:
      "A search's URL or query string gives a parameter more than once. The document gives several terms of one parameter as one comma-separated value and says nothing of a repeated parameter, so how the OMS reads one is unknown (our reading).",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["orderItemSearch"],
    // A parameter the search does not know is unknown-property's one finding, repeated or not.
    yieldsTo: (own, other) => other.ruleId === "unknown-property" && other.path === own.path,
    source: {
      document: "Search for Order Item (seeds/002)",
      passage:
        "In the case of performing a search with multiple terms of the same parameter, such as retrieving multiple order IDs at once, use a comma-separated list as shown below.",
    },
    messages: {
      repeatedList:
        "{{name}} is given {{count}} times: the documents give several terms of one parameter as one comma-separated value ({{name}}=a,b) and do not say how the OMS reads a parameter given more than once (it may read only one of them); give it once, as a comma-separated list (our reading)",
      repeated:
        "{{name}} is given {{count}} times: the documents do not say how the OMS reads a parameter given more than once (it may read only one of them); give it once (our reading)",
    },
  },
  visit: {
    payload({ source, report }) {
      // A search's parameters, read, keep one value each: only its URL or query string knows a repeat.
      for (const { path, name, count, takesList } of source?.repeatedParameters ?? []) {
        report({ path, messageId: takesList ? "repeatedList" : "repeated", data: { name, count } });
      }
    },
  },
});
