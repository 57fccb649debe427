import type { RequestRuleContext, RuleSource } from "../engine/rule.js";
import { isPlaceholder, pathParameterValue, type EndpointMatch, type UrlParts } from "./matchEndpoint.js";
import type { VariableReading } from "./requestEntry.js";
import { bodyPlaces } from "./unfilledPlaces.js";
import { ownFields } from "../engine/ownField.js";

/** The sentence both rules about a PUT's name rest on. */
export const putNameSource: RuleSource = {
  document: "Custom Order Data (seeds/000), PUT",
  passage:
    "Although the name of the custom data record is included in the body as shown below, it must be the name of an existing record and cannot be changed. Only the value may be different from the existing record.",
};

/** A custom data record's parents (the order, and item, its path names; one for each order its query names) and the response field that holds its ID. */
interface RecordPlace {
  /** One, but for an item call whose repeated ?orderID= names several orders: which one the OMS reads is unknown. */
  readonly parents: readonly string[];
  readonly idField: "orderCustomDataID" | "orderItemCustomDataID";
}

/** An ID as the OMS reads it: leading zeros are the same integer (the documents' own URLs send 012345). */
const sameId = (id: string | undefined) => (id === undefined ? "?" : /^0+\d/.test(id) ? id.replace(/^0+(?=\d)/, "") : id);

/**
 * An ID as the server reads it (%35 is 5), a placeholder told on the text as written: the client
 * sends `%7B%7Bid%7D%7D` unsubstituted, to a literal path, so text that only decodes to a
 * placeholder is kept as written, never the same order as a variable `{{id}}`.
 */
function idAsRead(written: string, decoded: string, variables: VariableReading): string {
  if (isPlaceholder(written, variables) || isPlaceholder(decoded, variables)) return written;
  return sameId(decoded);
}

/** A path's ID as the server reads it, as request/path-parameter reads it. */
const pathId = (written: string | undefined, variables: VariableReading) => (written === undefined ? sameId(undefined) : idAsRead(written, pathParameterValue(written, variables).value, variables));

/**
 * The orders an item call's ?orderID= names: each value given (decoded, as the query is read),
 * each order once; a repeat of one order is that order (`orderID=5&orderID=5`, not "5,5").
 * Empty values name none (request/missing-query-parameter's); none at all is an unknown order.
 */
function queryOrders(url: UrlParts): string[] {
  const values = url.occurrences.get("orderID") ?? [];
  const written = url.writtenOccurrences.get("orderID") ?? [];
  const orders = new Set(values.flatMap((value, index) => (value === "" ? [] : [idAsRead(written[index]?.value ?? value, value, url.variables)])));
  return orders.size === 0 ? [sameId(undefined)] : [...orders];
}

function recordPlace(match: EndpointMatch, variables: VariableReading): RecordPlace | undefined {
  const { endpoint, parameters } = match;
  if (endpoint?.id === "orderCustomData" || endpoint?.id === "orderCustomDataRecord") return { parents: [`order ${pathId(parameters.orderID, variables)}`], idField: "orderCustomDataID" };
  if (endpoint?.id === "orderItemCustomData" || endpoint?.id === "orderItemCustomDataRecord") {
    const item = pathId(parameters.orderItemID, variables);
    return { parents: queryOrders(match.url).map((order) => `item ${item} of order ${order}`), idField: "orderItemCustomDataID" };
  }
  return undefined;
}

/**
 * The request whose response's ID field a record ID is, whole: `{{create.response.body.orderCustomDataID}}`
 * (or REST Client's JSONPath, `body.$.orderCustomDataID`). Another field, a header or a longer text names no record.
 */
function creatorOf(recordID: string, idField: RecordPlace["idField"]): string | undefined {
  const reference = /^\{\{\s*([\w-]+)\.response\.body\.(?:\$\.)?(\w+)\s*\}\}$/.exec(recordID);
  return reference?.[2] === idField ? reference[1] : undefined;
}

/**
 * A custom data body's name as oms-lint reads it: the string it sends; "filled", one the client
 * fills in (any name); or "none", a body with no name (no JSON, none, or not a string), which
 * creates no record: "These parameters are necessary for the Custom Order Data API to return a
 * successful response for POST and PUT requests, which require a body." (Custom Order Item Data
 * says the same). The body's own lint says what is wrong with it.
 */
type SentName = { readonly text: string } | "filled" | "none";

function sentName({ body, sendsBody, hasBodyText }: RequestRuleContext): SentName {
  // A body from a file (`< ./note.json`): oms-lint does not read it.
  if (sendsBody && !hasBodyText) return "filled";
  if (body === undefined) return "none";
  const parsed = body.parsed;
  // Past the run's limits it is not read; no JSON where the client fills some of it in bare (`{ {{members}} }`) may be JSON once filled.
  if (parsed === undefined) return body.pastLimits || body.variables.length > 0 ? "filled" : "none";
  const value = parsed.value;
  // The whole body written as one bare variable (`{{noteBody}}`) stands in as null.
  if (value === null && body.variables.length > 0) return "filled";
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "none";
  // Told on the text as written, as the body's findings are: an escaped brace (`"\u007b{field}}"`) is sent as it stands (unfilledPlaces.ts).
  const places = bodyPlaces(body);
  // A key the client fills (`"{{field}}"`) may be name: then its value, or a name written beside it (a repeated key, which the OMS may read either of).
  if (places.keysHoldingVariable("") > 0) return "filled";
  // A name that holds a variable left unresolved (`{{noteName}}`, `{{$processEnv NOTE_NAME}}`,
  // `{{create.response.body.name}}`), or is one written bare (`"name": {{noteName}}`), is filled in by the client: oms-lint cannot know it.
  if (places.valueHoldsVariable("/name")) return "filled";
  const name = (value as { name?: unknown }).name;
  return typeof name === "string" ? { text: name } : "none";
}

export interface Creation {
  readonly requestName?: string;
  readonly dataName: string;
  readonly place: RecordPlace;
}

/** What a parent's POSTs created so far: the names, in order and as a set (a PUT's name is looked up, not searched for). */
export interface CreatedNames {
  readonly names: string[];
  readonly known: Set<string>;
  /** Whether a POST created a name the client fills in, which oms-lint cannot read (any PUT's name may be that one). */
  unknown: boolean;
}

/** What the file's POSTs created so far: per parent; by the name of the request that did. */
interface Created {
  readonly byParent: Map<string, CreatedNames>;
  readonly byRequestName: Map<string, Creation>;
}

/** A custom data PUT of the file, with what the file's earlier POSTs tell of its record. */
export interface CustomDataPut {
  readonly dataName: string;
  readonly parent: string;
  /** The POST whose response's ID its record ID is, on the same order (and item): then it is known which record the PUT updates. */
  readonly creator?: Creation;
  /** What the POSTs to the same parent created, when its record ID names none of them. */
  readonly earlier?: CreatedNames;
}

/**
 * Follows the custom data a .http file or collection creates (its POSTs, in the rule's
 * memory) and reads each PUT against it. Each rule that compares PUTs with POSTs keeps its own
 * record in its own memory.
 */
export function customDataPut(context: RequestRuleContext): CustomDataPut | undefined {
  const { request, method, memory } = context;
  let created = memory.get("created") as Created | undefined;
  if (!created) memory.set("created", (created = { byParent: new Map(), byRequestName: new Map() }));
  const place = customDataPlace(context);
  if (place !== undefined && method === "POST") {
    recordPost(created, place, request.name, sentName(context));
    return undefined;
  }
  const put = place === undefined ? undefined : readPut(context, created, place);
  // From here on `{{create.response.body.…}}` reads this request's response, not an earlier POST's
  // of the name: a GET's or a PUT's is the record it read or updated, another call's holds none.
  if (request.name) created.byRequestName.delete(request.name);
  return put;
}

/** The custom data record's place a request names, when the endpoint takes its method: only such a call creates or renames a record. */
function customDataPlace({ request, match, operation }: RequestRuleContext): RecordPlace | undefined {
  return operation && match.endpoint ? recordPlace(match, request.variables) : undefined;
}

/** A custom data PUT with a name oms-lint reads, on one order (and item), with what the file's POSTs tell of its record. */
function readPut(context: RequestRuleContext, created: Created, place: RecordPlace): CustomDataPut | undefined {
  // A PUT whose query names several orders: which record it updates is unknown (request/repeated-query-parameter warns of the repeat).
  if (context.method !== "PUT" || place.parents.length !== 1) return undefined;
  const sent = sentName(context);
  if (typeof sent !== "object") return undefined;
  const dataName = sent.text;
  const parent = place.parents[0] as string;
  const { parameters } = context.match;
  const creatorName = creatorOf(parameters.orderCustomDataID ?? parameters.orderItemCustomDataID ?? "", place.idField);
  const creator = creatorName === undefined ? undefined : created.byRequestName.get(creatorName);
  // Held in objects that inherit nothing: the rules ask which of `creator` and `earlier` a PUT has by name, which a
  // polluted Object.prototype answered (`creator = "x"` stopped the file's lint: "Cannot read properties of undefined").
  if (creator?.place.parents.length === 1 && creator.place.parents[0] === parent) return ownFields({ dataName, parent, creator });
  const earlier = created.byParent.get(parent);
  return earlier?.unknown ? undefined : ownFields({ dataName, parent, earlier });
}

/**
 * What a POST tells of the records: a name read or filled in, created on each parent (a POST whose
 * query names several orders may have created it on any of them); none, no record. Its request
 * name now names its response alone: an earlier POST of that name is no longer the one
 * `{{create.response.body.orderCustomDataID}}` reads.
 */
function recordPost(created: Created, place: RecordPlace, requestName: string | undefined, sent: SentName): void {
  if (sent !== "none") for (const parent of place.parents) recordCreated(created, parent, sent);
  if (!requestName) return;
  if (typeof sent === "object") created.byRequestName.set(requestName, { requestName, dataName: sent.text, place });
  else created.byRequestName.delete(requestName);
}

/** A name a POST created on one parent: one read, or one filled in (any name: the parent's names are no longer all known). */
function recordCreated(created: Created, parent: string, sent: Exclude<SentName, "none">): void {
  const names = created.byParent.get(parent) ?? { names: [], known: new Set<string>(), unknown: false };
  created.byParent.set(parent, names);
  if (sent === "filled") {
    names.unknown = true;
    return;
  }
  if (!names.known.has(sent.text)) names.names.push(sent.text);
  names.known.add(sent.text);
}
