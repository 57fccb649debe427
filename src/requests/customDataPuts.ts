import type { RequestRuleContext, RuleSource } from "../engine/rule.js";
import type { Endpoint } from "./endpoints.js";
import { bareVariables, withStandIns } from "./bodyVariables.js";

/** The sentence both rules about a PUT's name rest on. */
export const putNameSource: RuleSource = {
  document: "Custom Order Data (seeds/000), PUT",
  passage:
    "Although the name of the custom data record is included in the body as shown below, it must be the name of an existing record and cannot be changed. Only the value may be different from the existing record.",
};

/** A custom data record's parent: the order (and item) its path names. */
function parentKey(endpoint: Endpoint, parameters: Readonly<Record<string, string>>, orderID: string | undefined): string | undefined {
  if (endpoint.id === "orderCustomData" || endpoint.id === "orderCustomDataRecord") return `order ${parameters.orderID}`;
  if (endpoint.id === "orderItemCustomData" || endpoint.id === "orderItemCustomDataRecord") return `item ${parameters.orderItemID} of order ${orderID ?? "?"}`;
  return undefined;
}

function bodyName(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  try {
    // A value the client fills in bare (`"value": {{message}}`) leaves the name readable.
    const value: unknown = JSON.parse(withStandIns(body, bareVariables(body)));
    if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string") return (value as { name: string }).name;
  } catch {
    // The body's own lint reports the parse error.
  }
  return undefined;
}

export interface Creation {
  readonly requestName?: string;
  readonly dataName: string;
}

/** What a parent's POSTs created so far: the names, in order and as a set (a PUT's name is looked up, not searched for). */
export interface CreatedNames {
  readonly names: string[];
  readonly known: Set<string>;
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
  /** The POST its record ID names (`{{create.response.body.…}}`): then it is known which record the PUT updates. */
  readonly creator?: Creation;
  /** What the POSTs to the same parent created, when its record ID names none of them. */
  readonly earlier?: CreatedNames;
}

/**
 * Follows the custom data a .http file or collection creates (its POSTs, in the rule's
 * memory) and reads each PUT against it. Each rule that compares PUTs with POSTs keeps its own
 * record in its own memory.
 */
export function customDataPut({ request, method, match, operation, memory }: RequestRuleContext): CustomDataPut | undefined {
  // Only a call the endpoint takes creates or renames a record.
  if (!operation || !match.endpoint) return undefined;
  const parent = parentKey(match.endpoint, match.parameters, match.url.query.get("orderID"));
  const dataName = bodyName(request.body);
  if (parent === undefined || dataName === undefined) return undefined;
  let created = memory.get("created") as Created | undefined;
  if (!created) memory.set("created", (created = { byParent: new Map(), byRequestName: new Map() }));
  if (method === "POST") {
    const names = created.byParent.get(parent) ?? { names: [], known: new Set<string>() };
    created.byParent.set(parent, names);
    if (!names.known.has(dataName)) names.names.push(dataName);
    names.known.add(dataName);
    if (request.name) created.byRequestName.set(request.name, { requestName: request.name, dataName });
    return undefined;
  }
  if (method !== "PUT") return undefined;
  const recordID = match.parameters.orderCustomDataID ?? match.parameters.orderItemCustomDataID ?? "";
  // `{{create.response.body.…}}` names the very request that created the record.
  const creatorName = /\{\{\s*([\w-]+)\.response\./.exec(recordID)?.[1];
  const creator = creatorName === undefined ? undefined : created.byRequestName.get(creatorName);
  return creator ? { dataName, parent, creator } : { dataName, parent, earlier: created.byParent.get(parent) };
}
