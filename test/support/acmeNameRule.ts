import { defineRule, type Report } from "../../src/engine/rule.js";

/**
 * An integrator's custom rule on a custom data record's name that reports what it is given, once:
 * the tests of how the engine reads a custom rule's finding and its edits (a malformed edit, a
 * `remove: false` beside a value, a path without its leading `/`).
 */
export function acmeNameRule(reported: Report) {
  return defineRule({
    meta: {
      id: "acme/name-upper",
      description: "Acme's record names are upper case.",
      defaultSeverity: "error",
      evidence: "stated",
      kinds: ["orderCustomData"],
      source: { document: "Acme's integration notes", passage: "Names are upper case." },
      messages: { lower: "the name is not upper case" },
      fixable: true,
    },
    check({ report }) {
      report(reported);
    },
  });
}
