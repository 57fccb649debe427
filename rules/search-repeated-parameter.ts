import { ownField } from "../src/engine/ownField.js";
import { defineRule } from "../src/engine/rule.js";

/**
 * Found by the audit of diagnostic wording: `perPage=10&perPage=20` was the stated error
 * "perPage must be an integer from 1 to 100", though both values are; the query had been
 * read as "10,20". The documents say nothing of a parameter given twice: how the OMS reads
 * one (the first value, the last, or both joined) is our guess, so this is a warning. Nor,
 * then, is a value the documents refuse beside one they take an error: the OMS may read the
 * other; this warning names it and why (found by the review of the stop:
 * `perPage=101&perPage=10` was the schema's stated error).
 */
export const searchRepeatedParameter = defineRule({
  meta: {
    id: "search-repeated-parameter",
    description:
      "A search's URL or query string gives a parameter more than once (in the object form, an array of its values, as Express's req.query holds a repeat). The document gives several terms of one parameter as one comma-separated value and says nothing of a repeated parameter, so how the OMS reads one is unknown (our reading).",
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
      repeatedListRefused:
        "{{name}} is given {{count}} times: the documents give several terms of one parameter as one comma-separated value ({{name}}=a,b) and do not say how the OMS reads a parameter given more than once (it may read only one of them); they refuse {{refused}} ({{refusal}}): if the OMS reads a value they refuse, it refuses the search; give it once, as a comma-separated list of values they take (our reading)",
      repeatedRefused:
        "{{name}} is given {{count}} times: the documents do not say how the OMS reads a parameter given more than once (it may read only one of them); they refuse {{refused}} ({{refusal}}): if the OMS reads a value they refuse, it refuses the search; give it once, a value they take (our reading)",
    },
  },
  visit: {
    payload({ source, report }) {
      // A search's parameters, read, keep one value each: its URL or query string, or an array in its object form, tells of a repeat.
      for (const { path, name, count, takesList, refused } of ownField(source, "repeatedParameters") ?? []) {
        if (refused.length === 0) {
          report({ path, messageId: takesList ? "repeatedList" : "repeated", data: { name, count } });
          continue;
        }
        // Each refused value as written, and each distinct refusal once (one constraint refuses 0 and 101 alike).
        const values = refused.map(({ value }) => `${name}=${value}`).join(" and ");
        const refusal = [...new Set(refused.map((one) => one.refusal))].join("; ");
        report({ path, messageId: takesList ? "repeatedListRefused" : "repeatedRefused", data: { name, count, refused: values, refusal } });
      }
    },
  },
});
