import { defineRule } from "../../src/engine/rule.js";
import { nearestName } from "../../src/engine/nearestName.js";
import { shorten } from "../../src/engine/messageTemplate.js";
import type { Endpoint } from "../../src/requests/endpoints.js";

/** A custom data record's parent: the order (and item) its path names. */
function parentKey(endpoint: Endpoint, parameters: Readonly<Record<string, string>>, orderID: string | undefined): string | undefined {
  if (endpoint.id === "orderCustomData" || endpoint.id === "orderCustomDataRecord") return `order ${parameters.orderID}`;
  if (endpoint.id === "orderItemCustomData" || endpoint.id === "orderItemCustomDataRecord") return `item ${parameters.orderItemID} of order ${orderID ?? "?"}`;
  return undefined;
}

function bodyName(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(body);
    if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string") return (value as { name: string }).name;
  } catch {
    // The body's own lint reports the parse error.
  }
  return undefined;
}

interface Creation {
  readonly requestName?: string;
  readonly dataName: string;
}

/** What the file's POSTs created so far: per parent the names, in order and as a set (a PUT's name is looked up, not searched for); by the name of the request that did. */
interface Created {
  readonly byParent: Map<string, { readonly names: string[]; readonly known: Set<string> }>;
  readonly byRequestName: Map<string, Creation>;
}

/** Names a rename message lists (the most recent). */
const listedNames = 5;

export const customDataNameChanged = defineRule({
  meta: {
    id: "request/custom-data-name-changed",
    description: "A custom data PUT must keep the name the POST created the record with.",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: {
      document: "Custom Order Data (seeds/000), PUT",
      passage:
        "Although the name of the custom data record is included in the body as shown below, it must be the name of an existing record and cannot be changed. Only the value may be different from the existing record.",
    },
    messages: {
      renamedFromRequest: "the record's name cannot be changed: request {{request}} created it as {{created}}, this PUT sends {{sent}}",
      renamed: "the record's name cannot be changed: this file created custom data {{names}}{{more}} on {{parent}}, this PUT sends {{sent}}",
      renamedNear:
        "the record's name cannot be changed: this file created custom data {{names}}{{more}} on {{parent}}, this PUT sends {{sent}} (did you mean {{suggestion}}?)",
    },
  },
  checkRequest({ request, method, match, operation, memory, report }) {
    // Only a call the endpoint takes creates or renames a record.
    if (!operation || !match.endpoint) return;
    const key = parentKey(match.endpoint, match.parameters, match.url.query.get("orderID"));
    const dataName = bodyName(request.body);
    if (key === undefined || dataName === undefined) return;
    let created = memory.get("created") as Created | undefined;
    if (!created) memory.set("created", (created = { byParent: new Map(), byRequestName: new Map() }));
    if (method === "POST") {
      const creation = { requestName: request.name, dataName };
      const parent = created.byParent.get(key) ?? { names: [], known: new Set<string>() };
      created.byParent.set(key, parent);
      if (!parent.known.has(dataName)) parent.names.push(dataName);
      parent.known.add(dataName);
      if (request.name) created.byRequestName.set(request.name, creation);
      return;
    }
    if (method !== "PUT") return;
    const recordID = match.parameters.orderCustomDataID ?? match.parameters.orderItemCustomDataID ?? "";
    // `{{create.response.body.…}}` names the very request that created the record.
    const creator = /\{\{\s*([\w-]+)\.response\./.exec(recordID);
    const named = creator ? created.byRequestName.get(creator[1] as string) : undefined;
    if (named) {
      if (named.dataName !== dataName) {
        const data = { request: named.requestName ?? "", created: JSON.stringify(named.dataName), sent: JSON.stringify(dataName) };
        report({ part: "body", messageId: "renamedFromRequest", data });
      }
      return;
    }
    const earlier = created.byParent.get(key);
    if (!earlier || earlier.known.has(dataName)) return;
    // The last few names only: with thousands of records on one order, a full list (and a
    // nearest-name search through it) for every PUT would be quadratic in the file.
    const recent = earlier.names.slice(-listedNames);
    const near = nearestName(dataName, recent);
    const more = earlier.names.length > recent.length ? ` (and ${earlier.names.length - recent.length} more)` : "";
    const data = { names: recent.map((n) => shorten(JSON.stringify(n))).join(", "), more, parent: key, sent: JSON.stringify(dataName) };
    if (near) report({ part: "body", messageId: "renamedNear", data: { ...data, suggestion: JSON.stringify(near) } });
    else report({ part: "body", messageId: "renamed", data });
  },
});
