import type { Diagnostic } from "../engine/diagnostic.js";
import { ownField } from "../engine/ownField.js";
import { segments } from "../json/jsonPointer.js";
import type { Kind } from "../kinds/kinds.js";
import { heldByItsText, validateWith } from "../lint/validate.js";
import type { Operation } from "./endpoints.js";
import type { FileRun, Inner } from "./fileRun.js";
import { isQueryPlaceholder, queryMayHoldAny, type EndpointMatch } from "./matchEndpoint.js";
import { searchSubjectOf, withSearchFacts, type SearchSubject } from "../lint/searchSubject.js";
import { searchOccurrenceOf } from "../lint/searchOccurrence.js";

/** A search finding, and which occurrence of its parameter it is about (0 but for a parameter given more than once). */
export type QueryFinding = Inner & { readonly occurrence: number };

function searchSubject(match: EndpointMatch): SearchSubject {
  // A variable stands for a valid value: an orderID variable is an ID, any other is left out;
  // so is a variable in place of a name (`?{{query}}`), which may hold any parameters. Each is
  // told on the text as written: `%7B%7Bid%7D%7D` is sent unsubstituted, and checked decoded.
  const values = new Map<string, (string | undefined)[]>();
  const { url } = match;
  for (const [name, given] of url.occurrences) {
    if (given.some((_, index) => isQueryPlaceholder(url, name, index, "name"))) continue;
    values.set(name, given.map((value, index) => (!isQueryPlaceholder(url, name, index, "value") ? value : name === "orderID" ? "1" : undefined)));
  }
  return searchSubjectOf(values);
}

/** A search's query checked as its kind (the schema and the search rules), each finding with the occurrence of its parameter it is about. */
export function checkQuery(match: EndpointMatch, operation: Operation | undefined, run: FileRun): QueryFinding[] {
  if (!operation?.queryKind) return [];
  const missing = [...Object.keys(match.endpoint?.requiredQuery ?? {})].some((name) => !match.url.query.has(name));
  const { rules, settings } = run.options;
  const kind = operation.queryKind as Kind;
  const subject = searchSubject(match);
  const { diagnostics } = validateWith(run.set, kind, subject.parameters, { rules, settings, source: withSearchFacts(undefined, subject) }, heldByItsText);
  /** Whether the finding `d` is drawn by one value of its parameter alone. */
  const drawnBy = (d: Diagnostic, name: string, value: string, index: number) =>
    !isQueryPlaceholder(match.url, name, index, "value") &&
    validateWith(run.set, kind, { orderID: "1", [name]: value }, { rules, settings }, heldByItsText).diagnostics.some((o) => o.ruleId === d.ruleId && o.path === d.path);
  const occurrenceOf = (d: Diagnostic) => {
    const name = d.path === "" ? undefined : (segments(d.path)[0] as string);
    return name === undefined ? 0 : searchOccurrenceOf(d, match.url.occurrences.get(name), (value, index) => drawnBy(d, name, value, index));
  };
  return diagnostics
    // A missing orderID is request/missing-query-parameter's (or held by a variable in place of a
    // name); the schema's own, at a misspelt parameter (`?orderid=1`, standing at its key), is kept (missingQuery leaves it).
    .filter((d) => !(missing && /^orderID is required/.test(d.message) && (ownField(d, "at") !== "key" || queryMayHoldAny(match.url))))
    .map((d) => ({
      ruleId: d.ruleId,
      messageId: d.messageId,
      severity: d.severity === "error" ? 2 : 1,
      evidence: d.evidence,
      message: `search query: ${d.message}`,
      path: d.path,
      // Its own constraint: a finding without one read a polluted Object.prototype.constraint.
      ...(ownField(d, "constraint") === undefined ? {} : { constraint: d.constraint }),
      occurrence: occurrenceOf(d),
    }));
}

