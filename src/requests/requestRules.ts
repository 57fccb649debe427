import { nearestName } from "../engine/nearestName.js";
import { shorten } from "../engine/messageTemplate.js";
import { contentTypeHeader, endpoints, jsonContentType, methods, tenantHeader, type Endpoint, type Operation } from "./endpoints.js";
import { checkParameter, isPlaceholder, type EndpointMatch } from "./matchEndpoint.js";

/** One request of a file, as either input format gives it (variables already substituted where known). */
export interface RequestEntry {
  /** The request's name: REST Client's `# @name`, Postman's item name. */
  readonly name?: string;
  readonly method: string;
  readonly url: string;
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  /** The body text; undefined when the request has none. */
  readonly body?: string;
  /** A body taken from a file (`< ./body.json`): present, but not checked here. */
  readonly bodyFromFile?: boolean;
}

/** Which part of the request a finding is about; each format places the parts. */
export type RequestPart = "request" | "method" | "url" | "headers" | "body";

export interface RequestFinding {
  readonly ruleId: RequestRuleId;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly part: RequestPart;
}

export const requestRuleIds = [
  "request/unknown-endpoint",
  "request/method-not-allowed",
  "request/path-parameter",
  "request/missing-query-parameter",
  "request/body-not-allowed",
  "request/body-required",
  "request/custom-data-name-changed",
  "request/missing-tenant-header",
  "request/content-type",
] as const;

export type RequestRuleId = (typeof requestRuleIds)[number];

/** One line on each request rule (SARIF's rule descriptions; docs/requests.md has the passages). */
export const requestRuleDescriptions: Readonly<Record<RequestRuleId, { description: string; defaultSeverity: "error" | "warning" }>> = {
  "request/unknown-endpoint": { description: "The request must call an OMS v2 endpoint, on a host that serves it.", defaultSeverity: "error" },
  "request/method-not-allowed": { description: "The method must be one the endpoint takes (a custom data PUT or DELETE needs the record ID).", defaultSeverity: "error" },
  "request/path-parameter": { description: "Every ID in the path (and the orderID query parameter) is a positive integer.", defaultSeverity: "error" },
  "request/missing-query-parameter": { description: "Item custom data calls and the search need ?orderID=.", defaultSeverity: "error" },
  "request/body-not-allowed": { description: "GET and DELETE take no body.", defaultSeverity: "error" },
  "request/body-required": { description: "POST and PUT require a body.", defaultSeverity: "error" },
  "request/custom-data-name-changed": { description: "A custom data PUT must keep the name the POST created the record with.", defaultSeverity: "error" },
  "request/missing-tenant-header": { description: "Calls to the translation hosts need the x-vol-tenant header.", defaultSeverity: "error" },
  "request/content-type": { description: "A JSON body goes with Content-Type: application/json.", defaultSeverity: "warning" },
};

export function isRequestRuleId(id: string): id is RequestRuleId {
  return (requestRuleIds as readonly string[]).includes(id);
}

/** The rules without the request rules: what validate() and lintText() take. */
export function withoutRequestRules<T extends Readonly<Record<string, unknown>> | undefined>(rules: T): T {
  if (!rules || !Object.keys(rules).some(isRequestRuleId)) return rules;
  return Object.fromEntries(Object.entries(rules).filter(([id]) => !isRequestRuleId(id))) as T;
}

function header(entry: RequestEntry, name: string): string | undefined {
  return entry.headers.find((h) => h.name.toLowerCase() === name)?.value;
}

function allowed(endpoint: Endpoint): string {
  return endpoint.operations.map((o) => o.method).join(", ");
}

/** A custom data record's parent: the order (and item) its path names. */
function parentKey(endpoint: Endpoint, parameters: Readonly<Record<string, string>>, orderID: string | undefined): string | undefined {
  if (endpoint.id === "orderCustomData" || endpoint.id === "orderCustomDataRecord") return `order ${parameters.orderID}`;
  if (endpoint.id === "orderItemCustomData" || endpoint.id === "orderItemCustomDataRecord")
    return `item ${parameters.orderItemID} of order ${orderID ?? "?"}`;
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

/** Names a rename message lists (the most recent). */
const listedNames = 5;

/** A value of the file in a message: JSON-quoted, at most 160 characters of it (as every message quotes). */
function quoted(text: string): string {
  return shorten(JSON.stringify(text));
}

/**
 * Checks the requests of one file in order; remembers the custom data each POST creates,
 * so a later PUT that renames it is caught (the documents: the name "cannot be changed").
 */
export class RequestChecker {
  /** Per parent: the names created, in order and as a set (a PUT's name is looked up, not searched for). */
  private readonly created = new Map<string, { readonly names: string[]; readonly known: Set<string> }>();
  private readonly byRequestName = new Map<string, Creation>();

  check(entry: RequestEntry, match: EndpointMatch): { findings: RequestFinding[]; operation?: Operation } {
    const findings: RequestFinding[] = [];
    const report = (ruleId: RequestRuleId, part: RequestPart, message: string, severity: "error" | "warning" = "error") =>
      findings.push({ ruleId, severity, message, part });
    const method = entry.method.toUpperCase();
    const { endpoint, url } = match;
    if (!(methods as readonly string[]).includes(method) && !isPlaceholder(method)) {
      report("request/method-not-allowed", "method", `${shorten(method)} is not a method of the OMS API; it takes ${methods.join(", ")}`);
    }
    if (!endpoint) {
      const nearest = match.nearest ? `; the nearest is ${match.nearest.path}` : "";
      report("request/unknown-endpoint", "url", `no OMS v2 endpoint at ${shorten(url.pathText || "/")}${nearest}`);
      return { findings };
    }
    if (url.hostFamily === "classic" || url.hostFamily === "translated") {
      if (!endpoint.hosts.includes(url.hostFamily)) {
        const hosts = endpoint.hosts.map((h) => (h === "classic" ? "the classic host (integration.shopatron.com)" : "the translation hosts ({tenantId}-translation.mozu.com)"));
        report("request/unknown-endpoint", "url", `${endpoint.path} is served on ${hosts.join(" and ")}, not on ${shorten(url.host ?? "")}`);
      }
    }
    for (const [name, type] of Object.entries(endpoint.pathParameters)) {
      const value = match.parameters[name] ?? "";
      if (!checkParameter(value, type)) report("request/path-parameter", "url", `path parameter ${name} must be a positive integer, not ${quoted(value)}`);
    }
    for (const [name, type] of Object.entries(endpoint.requiredQuery)) {
      const value = url.query.get(name);
      if (value === undefined || value === "") {
        report("request/missing-query-parameter", "url", `${endpoint.path} needs the query parameter ?${name}=`);
      } else if (!checkParameter(value, type)) {
        const what = type === "positiveInteger" ? "a positive integer" : "positive integers separated by commas";
        report("request/path-parameter", "url", `query parameter ${name} must be ${what}, not ${quoted(value)}`);
      }
    }
    const operation = endpoint.operations.find((o) => o.method === method);
    if (!operation) {
      if ((methods as readonly string[]).includes(method)) {
        const elsewhere = endpoints.find((e) => e.path.startsWith(endpoint.path.replace(/\/$/, "") + "/{") && e.operations.some((o) => o.method === method));
        const hint = elsewhere ? ` (${method} is on ${elsewhere.path}: add the record ID)` : "";
        report("request/method-not-allowed", "method", `${shorten(method)} is not allowed on ${endpoint.path}; it takes ${allowed(endpoint)}${hint}`);
      }
    }
    const hasBody = entry.body !== undefined && entry.body.trim() !== "";
    if (operation) {
      if (operation.body === "forbidden" && (hasBody || entry.bodyFromFile)) {
        report("request/body-not-allowed", "body", `${method} ${endpoint.path} takes no body`);
      } else if (operation.body === "required" && !hasBody && !entry.bodyFromFile) {
        report("request/body-required", "request", `${method} ${endpoint.path} needs a JSON body (${operation.bodyKind})`);
      }
    }
    const tenantOnly = endpoint.hosts.length === 1 && endpoint.hosts[0] === "translated";
    if ((url.hostFamily === "translated" || (tenantOnly && url.hostFamily !== "classic")) && !header(entry, tenantHeader)) {
      report("request/missing-tenant-header", "headers", `a call to the translation host needs the ${tenantHeader} header (the tenant ID)`);
    }
    if ((hasBody || entry.bodyFromFile) && operation?.body === "required") {
      const type = header(entry, contentTypeHeader);
      if (type === undefined) report("request/content-type", "headers", `a request with a JSON body should send Content-Type: ${jsonContentType}`, "warning");
      else if (!type.toLowerCase().startsWith(jsonContentType) && !isPlaceholder(type))
        report("request/content-type", "headers", `Content-Type is ${quoted(type)}; the OMS takes ${jsonContentType}`, "warning");
    }
    // Only a call the endpoint takes creates or renames a record.
    if (operation) this.trackCustomData(entry, match, method, report);
    return { findings, operation };
  }

  private trackCustomData(
    entry: RequestEntry,
    match: EndpointMatch,
    method: string,
    report: (ruleId: RequestRuleId, part: RequestPart, message: string) => void,
  ): void {
    const endpoint = match.endpoint as Endpoint;
    const key = parentKey(endpoint, match.parameters, match.url.query.get("orderID"));
    const dataName = bodyName(entry.body);
    if (key === undefined || dataName === undefined) return;
    if (method === "POST") {
      const creation = { requestName: entry.name, dataName };
      const parent = this.created.get(key) ?? { names: [], known: new Set<string>() };
      this.created.set(key, parent);
      if (!parent.known.has(dataName)) parent.names.push(dataName);
      parent.known.add(dataName);
      if (entry.name) this.byRequestName.set(entry.name, creation);
      return;
    }
    if (method !== "PUT") return;
    const recordID = match.parameters.orderCustomDataID ?? match.parameters.orderItemCustomDataID ?? "";
    // `{{create.response.body.…}}` names the very request that created the record.
    const creator = /\{\{\s*([\w-]+)\.response\./.exec(recordID);
    const named = creator ? this.byRequestName.get(creator[1] as string) : undefined;
    if (named) {
      if (named.dataName !== dataName)
        report("request/custom-data-name-changed", "body", `the record's name cannot be changed: request ${named.requestName} created it as ${quoted(named.dataName)}, this PUT sends ${quoted(dataName)}`);
      return;
    }
    const earlier = this.created.get(key);
    if (!earlier || earlier.known.has(dataName)) return;
    // The last few names only: with thousands of records on one order, a full list (and a
    // nearest-name search through it) for every PUT would be quadratic in the file.
    const recent = earlier.names.slice(-listedNames);
    const near = nearestName(dataName, recent);
    const more = earlier.names.length > recent.length ? ` (and ${earlier.names.length - recent.length} more)` : "";
    report(
      "request/custom-data-name-changed",
      "body",
      `the record's name cannot be changed: this file created custom data ${recent.map(quoted).join(", ")}${more} on ${shorten(key)}, this PUT sends ${quoted(dataName)}${near ? ` (did you mean ${quoted(near)}?)` : ""}`,
    );
  }
}
