import type { RequestRuleContext, RuleSource } from "../engine/rule.js";
import { holdsVariable, isPlaceholder, pathParameterValue, type EndpointMatch, type UrlParts } from "./matchEndpoint.js";
import type { VariableReading } from "./requestEntry.js";
import type { RequestBody } from "./requestBodyShape.js";

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

/** The name a custom data body sends; a value the client fills in bare (`"value": {{message}}`) leaves it readable. */
function bodyName(body: RequestBody | undefined): string | undefined {
  // No JSON, or past the run's limits: the body's own lint reports it.
  const value = body?.parsed?.value;
  if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string") return (value as { name: string }).name;
  return undefined;
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
  /** Whether a POST created a name held in a variable oms-lint cannot resolve (any PUT's name may be that one). */
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
export function customDataPut({ request, body, method, match, operation, memory }: RequestRuleContext): CustomDataPut | undefined {
  // Only a call the endpoint takes creates or renames a record; only a custom data one's body is read for its name.
  if (!operation || !match.endpoint) return undefined;
  const place = recordPlace(match, request.variables);
  if (place === undefined) return undefined;
  const dataName = bodyName(body);
  if (dataName === undefined) return undefined;
  let created = memory.get("created") as Created | undefined;
  if (!created) memory.set("created", (created = { byParent: new Map(), byRequestName: new Map() }));
  // A name that holds a variable left unresolved (`{{noteName}}`, `{{$processEnv NOTE_NAME}}`,
  // `{{create.response.body.name}}`) is filled in by the client: oms-lint cannot know it.
  const nameUnknown = holdsVariable(dataName);
  if (method === "POST") {
    // A POST whose query names several orders may have created the record on any of them.
    for (const parent of place.parents) recordCreated(created, parent, dataName, nameUnknown);
    if (request.name) {
      if (nameUnknown) created.byRequestName.delete(request.name);
      else created.byRequestName.set(request.name, { requestName: request.name, dataName, place });
    }
    return undefined;
  }
  // A PUT whose query names several orders: which record it updates is unknown (request/repeated-query-parameter warns of the repeat).
  if (method !== "PUT" || nameUnknown || place.parents.length !== 1) return undefined;
  const parent = place.parents[0] as string;
  const recordID = match.parameters.orderCustomDataID ?? match.parameters.orderItemCustomDataID ?? "";
  const creatorName = creatorOf(recordID, place.idField);
  const creator = creatorName === undefined ? undefined : created.byRequestName.get(creatorName);
  if (creator?.place.parents.length === 1 && creator.place.parents[0] === parent) return { dataName, parent, creator };
  const earlier = created.byParent.get(parent);
  return earlier?.unknown ? undefined : { dataName, parent, earlier };
}

/** A name a POST created on one parent. */
function recordCreated(created: Created, parent: string, dataName: string, nameUnknown: boolean): void {
  const names = created.byParent.get(parent) ?? { names: [], known: new Set<string>(), unknown: false };
  created.byParent.set(parent, names);
  if (nameUnknown) names.unknown = true;
  else if (!names.known.has(dataName)) names.names.push(dataName);
  names.known.add(dataName);
}
