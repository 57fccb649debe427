import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/index.js";
import { repoRoot } from "../support/cli.js";
import { hostileValues, onObjectPrototype, withPolluted } from "../support/prototypePollution.js";

/**
 * A request file (.http, .rest, a Postman collection) is read into objects oms-lint makes: the
 * requests, their URLs and queries, their bodies. Read by name where one lacks a field, a polluted
 * Object.prototype answered: the names here each changed the findings on the request fixtures
 * (found by the audit of the by-name reads on the lint path, which ran every name src/ reads over
 * them). The oracle is the clean prototype's findings.
 */

const folder = join(repoRoot, "test/fixtures/requests");
/** A Create Order sent from a file, which no fixture holds: request/body-unchecked says it is not checked, at its `<` line. */
const sentFromFile = "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n< ./bad.json\n";
/** A Postman GET whose `:orderID` a collection variable fills ("abc"), which no fixture holds: request/path-parameter stands at the path entry, the value to edit being the collection's. */
const filledFromCollection = JSON.stringify({
  info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  variable: [{ key: "id", value: "abc" }],
  item: [{ name: "get", request: { method: "GET", url: { protocol: "https", host: ["integration", "shopatron", "com"], path: ["api", "v2", "order", ":orderID", "customData"], variable: [{ key: "orderID", value: "{{id}}" }] } } }],
});
/** A custom data POST whose body nests past the 1,000 levels a run reads, which no fixture holds: its parse error says which limit, in the request body's words. */
const nestedTooDeep = `POST https://integration.shopatron.com/api/v2/order/555555/customData\nContent-Type: application/json\n\n{"name": "n", "value": "v", "deep": ${"[".repeat(1_000)}${"]".repeat(1_000)}}\n`;
/** A Postman item custom data GET read by its url parts, its orderID given four times and one accepted, which no fixture holds: request/repeated-query-parameter stands at the first query entry it refuses. */
const repeatedByParts = JSON.stringify({
  info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  item: [{ name: "get", request: { method: "GET", url: { protocol: "https", host: ["integration", "shopatron", "com"], path: ["api", "v2", "orderItem", "7", "customData", ""], query: ["5", "bad", "0", "bad"].map((value) => ({ key: "orderID", value })) } } }],
});
/** A Postman GET whose URL starts with a variable the collection does not define, which no fixture holds: the lookup walks past the collection's own scope. */
const undefinedVariable = JSON.stringify({
  info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  item: [{ name: "get", request: { method: "GET", url: "{{base}}/api/v2/orderItem/?orderID=1" } }],
});
/** A custom data PUT whose name no POST created, after a POST whose body is not JSON, which no fixture holds: request/custom-data-name-unmatched stands at the PUT. */
const putAfterNotJson = [
  ["POST", "", '{"name": "a", "value": "v"}'],
  ["POST", "", "not json"],
  ["PUT", "/9", '{"name": "b", "value": "v"}'],
]
  .map(([method, record, body]) => `${method} https://integration.shopatron.com/api/v2/order/5/customData${record}\nContent-Type: application/json\n\n${body}\n`)
  .join("\n###\n\n");
/** An item custom data PUT whose name no POST created, which no fixture holds: request/custom-data-name-unmatched names the record it updates, "9". */
const itemPutUnmatched = [
  ["POST", "", "a"],
  ["PUT", "/9", "b"],
]
  .map(([method, record, name]) => `${method} https://integration.shopatron.com/api/v2/orderItem/7/customData${record}?orderID=5\nContent-Type: application/json\n\n{"name": "${name}", "value": "v"}\n`)
  .join("\n###\n\n");
const fixtures = [
  ...["all-endpoints.http", "broken.rest", "oms.postman_collection.json", "broken-collection.json"].map((file) => [file, readFileSync(join(folder, file), "utf8")] as const),
  ["fromFile.http", sentFromFile] as const,
  ["filledFromCollection.json", filledFromCollection] as const,
  ["nestedTooDeep.http", nestedTooDeep] as const,
  ["repeatedByParts.json", repeatedByParts] as const,
  ["undefinedVariable.json", undefinedVariable] as const,
  ["putAfterNotJson.http", putAfterNotJson] as const,
  ["itemPutUnmatched.http", itemPutUnmatched] as const,
];

/** Each fixture's messages, or what threw. */
function findings(): unknown[] {
  return fixtures.map(([file, text]) => {
    try {
      return (file.endsWith(".json") ? lintPostmanCollection(text, file) : lintHttpFile(text, file)).messages;
    } catch (error) {
      return (error as Error).message;
    }
  });
}

/** The names, each with why it mattered. */
const names: readonly [name: string, read: string][] = [
  // A search's query parameters were validated as an object built from the URL, which inherits Object.prototype: a
  // search without `page` was told "page must be a positive integer".
  ["page", "a search's query parameter"],
  ["perPage", "a search's query parameter"],
  ["itemState", "a search's query parameter"],
  ["manufacturerID", "a search's query parameter"],
  ["orderID", "a search's query parameter"],
  ["catalogIDs", "a search's query parameter"],
  ["retailerID", "a search's query parameter"],
  ["shipmentID", "a search's query parameter"],
  // A Postman collection's own fields, read by name off the parsed collection: a request without a body was told
  // "request.body is \"x\", a string", a URL without `raw` was read from its parts as if its raw differed.
  ["disabled", "a Postman header's or query parameter's"],
  ["raw", "a Postman URL's or body's"],
  ["host", "a Postman URL's"],
  ["port", "a Postman URL's"],
  ["protocol", "a Postman URL's"],
  // A request's optional parts, read by name off the request oms-lint makes of a .http block or a Postman item: a
  // polluted `bodyFile` stopped every file ("cannot lint the requests: The \"path\" argument must be of type string").
  ["body", "a request's"],
  ["bodyFile", "a request's"],
  ["formBody", "a request's"],
  ["graphqlBody", "a request's"],
  ["headersMayHoldAny", "a request's"],
  ["pathVariables", "a Postman request's"],
  ["rawBodyType", "a request's"],
  ["unknownEncoding", "a request's"],
  ["urlRawDiffers", "a Postman request's"],
  // The endpoint table's optional fields, read by name: a polluted `listedOnCall` stopped every file ("cannot lint the
  // requests: Cannot read properties of undefined"), `queryKind` and `bodyKind` were taken for a kind ("unknown kind \"x\"").
  ["listedOnCall", "an endpoint's"],
  ["queryKind", "an endpoint operation's"],
  ["bodyKind", "an endpoint operation's"],
  ["translatedBodyShape", "an endpoint operation's"],
  // Results oms-lint makes with an optional part, read by name: a polluted `stopped` told every request "variables not
  // substituted to the end: x", `tooMany` refused a file of a few requests as holding more than 100000, `creator` stopped
  // the file's lint ("Cannot read properties of undefined (reading 'normalize')").
  ["stopped", "a variables expansion's"],
  ["tooMany", "a parsed .http file's"],
  ["creator", "a custom data PUT's"],
  // A URL's reading with its host's end, an endpoint match, a body sent from a file: each with a part only some have, read
  // by name ("cannot lint the requests: Cannot read properties of undefined (reading 'find')", "The \"path\" argument must be
  // of type string").
  ["hostEnd", "a URL's reading"],
  ["endpoint", "an endpoint match's"],
  ["file", "a .http body's"],
  ["builtFrom", "a body file's"],
  // A search read from a request file's query has no URL of its own: a polluted `url` was taken for it, and
  // search-url-endpoint said 'this search URL's path is "/"' of every search.
  ["url", "a search's"],
  // A Postman finding's range in a string, which only some findings have: a polluted `range` placed the others at none.
  ["range", "a Postman finding's"],
  // Index-like names, found by the sweep of every name over the rules' tables and the fixtures: a read past a list's end
  // falls through to the prototype. `1` stopped every .http file whose request has no body ("Cannot read properties of
  // undefined (reading 'trim')": its lines were read one past the last), `-1` every one whose body a finding stands in
  // (its columns were looked up at index -1 of none), `0` told a request without an orderID 'orderID must be a positive
  // integer, not ""' (the first refused value of none).
  ["-1", "a body's columns (index -1 of none)"],
  ["0", "a query parameter's first refused value"],
  ["1", "a request's next line"],
  // A search query's finding without a constraint of its own: a polluted `constraint` was given to it.
  ["constraint", "a search query finding's"],
  // A body file's encoding, named after `<@` or not at all: `< ./bad.json` was told it names an encoding Node does not
  // know, "x"; a path segment's url.variable entry, which one filled from elsewhere lacks: its finding was placed at
  // /item/0/request/url/variable/x/value, no place in the file.
  ["encoding", "a body file's reading"],
  ["entry", "a Postman path segment's"],
  // A parse's options and a limit's wording, which a body's parse leaves out: a polluted `limitWording` stopped the file
  // ("cannot lint the requests: Cannot read properties of undefined (reading 'depth')"), `holder` told the body "no x
  // nests this deep".
  ["limitWording", "a parse's options"],
  ["holder", "a limit's wording"],
  // A Postman body's findings, which carry what ESLint's pass needs only where it needs it: read by name, a polluted
  // `givesWayTo` or `countedRules` was handed on with every one.
  ["givesWayTo", "a Postman body finding's"],
  ["countedRules", "a Postman body finding's"],
  // A request rule's report, and the finding made of it, read by name for their optional path: a polluted `path`
  // became the JSON Pointer of request/body-not-allowed's finding on broken.rest ("path": "x"), in a plain script as
  // in vitest: the product's own field, not toEqual reading an inherited key (the messages are compared once the prototype
  // is clean). Holding null, the finding was placed by a path of null and the file's lint threw.
  ["path", "a request report's and finding's"],
  // A finding's url part told by `"pathSegmentFromEnd" in`, which a polluted prototype answers for a query parameter's too:
  // request/repeated-query-parameter's finding stood at the whole url (/item/0/request/url), not at the query entry it refuses.
  ["pathSegmentFromEnd", "a url part's"],
  // A Postman variable looked up scope by scope, the collection's last: read by name, its parent was a polluted
  // Object.prototype.parent, and a variable no scope defines stopped the file ("Cannot read properties of undefined (reading 'has')").
  ["parent", "a Postman variable scope's"],
  // A body's parse told past the limits by `"oversized" in`, which a polluted prototype answers for a body that is not JSON
  // too: read as one the client fills in, its name might be any PUT's, and request/custom-data-name-unmatched fell silent.
  ["oversized", "a body parse's"],
  // An endpoint match's path parameters, read by name for the record a PUT updates: an item's PUT has no orderCustomDataID,
  // and request/custom-data-name-unmatched said "the file does not say which record \"x\" is" of record 9.
  ["orderCustomDataID", "an endpoint match's path parameter"],
];

/**
 * Each name alone holding a string, which names the name that broke; then every name at once holding each hostile value.
 * One case a name and value (48 × 7, 6.0 s) cost six times these (~1 s): with each of six of the fixes above undone
 * (2beb7d65, d733fec1, 3b78ed14, d72560c5, 5609c1f3, ecdfd8e3), every case of the second table failed, and the first
 * named the name wherever a string showed the defect.
 */
describe("a polluted Object.prototype does not change the findings on request files", () => {
  let clean: unknown[] | undefined;
  it.each(names)("Object.prototype.%s (%s) holding a string", async (name) => {
    clean ??= findings();
    expect(await withPolluted([onObjectPrototype(name, ["a string", "x"])], findings)).toEqual(clean);
  });

  it.each(hostileValues)("every name at once holding %s", async (label, value) => {
    clean ??= findings();
    expect(await withPolluted(names.map(([name]) => onObjectPrototype(name, [label, value])), findings)).toEqual(clean);
  });
});
