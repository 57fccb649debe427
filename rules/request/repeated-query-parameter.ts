import { withoutSecretLookalikes } from "../../src/domain/secretLookalikes.js";
import { OwnWords, shorten } from "../../src/engine/messageTemplate.js";
import { defineRule } from "../../src/engine/rule.js";
import type { QueryParameter } from "../../src/requests/endpoints.js";
import type { UrlParts } from "../../src/requests/matchEndpoint.js";
import { quotedQueryValue, queryVerdicts, wordsFor, type QueryVerdicts } from "../../src/requests/queryValues.js";
import { isMethodNotAllowed } from "../../src/requests/recordPath.js";

/** The parameter as the document writes it in its URLs (`orderID=012345`), or `name=…` where it shows none. */
function shownAs(name: string, parameter: QueryParameter): string {
  const url = Object.values(parameter.shown ?? {})[0]?.url;
  return url?.slice(url.indexOf("?") + 1) ?? `${name}=…`;
}

/** "is"/"it" for one of the values, "are"/"one of them" for more. */
const ofValues = (n: number) => (n === 1 ? ["is", "it"] : ["are", "one of them"]);

/**
 * The repeat's values the documents refuse, and its empty ones, when one is accepted: then
 * request/path-parameter and request/missing-query-parameter say nothing (the OMS may read the
 * accepted one) and this warning names them, so the user still learns of the bad value (the audit
 * at 0ad97054; an empty one, the audit at 6b7bdcac). When none is accepted, the refused values
 * are path-parameter's error, and only empty ones missing-query-parameter's. Counted on every
 * value given, as the repeat is.
 */
function doubtsNoteFor(url: UrlParts, name: string, parameter: QueryParameter, { refused, accepted, empty, count }: QueryVerdicts): OwnWords {
  if (accepted === 0) return new OwnWords("");
  const first = refused[0];
  const [refusedVerb, refusedWhich] = ofValues(refused.length);
  const [emptyVerb, emptyWhich] = ofValues(empty);
  // The tool's own sentences (OwnWords, kept whole); the value quoted is the user's text, shortened as any is.
  const refusedWords =
    first === undefined
      ? ""
      : `; ${refused.length} of the ${count} values given ${refusedVerb} refused by the documents (${name} must be ${wordsFor[parameter.type]}), the first ${shorten(withoutSecretLookalikes(quotedQueryValue(url, name, first)))}: the documents refuse the call if the OMS reads ${refusedWhich}`;
  const emptyWords =
    empty === 0 ? "" : `; ${empty} of the ${count} values given ${emptyVerb} empty, which alone is request/missing-query-parameter's finding (no ${name} given): if the OMS reads ${emptyWhich}, the call gives no ${name}`;
  return new OwnWords(refusedWords + emptyWords);
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
        "{{name}} is given {{count}} times: the {{document}} document shows it once in each URL (?{{shown}}) and does not say how the OMS reads a parameter given more than once (it may read only one of them){{valuesNote}}; give it once (our reading)",
    },
  },
  checkRequest({ request, method, match, operation, report }) {
    const endpoint = match.endpoint;
    // A search's query is checked as orderItemSearch, whose repeats are search-repeated-parameter's;
    // a method the endpoint does not take is request/method-not-allowed's one finding.
    if (!endpoint || operation?.queryKind || isMethodNotAllowed(endpoint, method, request.variables)) return;
    for (const [name, parameter] of Object.entries(endpoint.requiredQuery)) {
      const verdicts = queryVerdicts(match.url, name, parameter.type);
      const count = verdicts.count;
      if (count < 2) continue;
      // At its second value: the repeat.
      const valuesNote = doubtsNoteFor(match.url, name, parameter, verdicts);
      report({ part: "url", urlPart: { queryParameter: name, occurrence: 1 }, messageId: "repeated", data: { name, count, document: endpoint.source, shown: shownAs(name, parameter), valuesNote } });
    }
  },
});
