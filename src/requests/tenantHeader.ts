import { tenantHeader, type Endpoint } from "./endpoints.js";
import type { EndpointMatch } from "./matchEndpoint.js";
import { header, type RequestEntry } from "./requestEntry.js";
import type { RequestReport } from "../engine/rule.js";
import type { MessageData } from "../engine/messageTemplate.js";

/**
 * The endpoint of a call to a translation host (or to an endpoint only they serve, behind a
 * host variable) that sends no x-vol-tenant header; undefined for any other call.
 */
export function tenantlessTranslatedCall(request: RequestEntry, match: EndpointMatch): Endpoint | undefined {
  const { endpoint, url } = match;
  // A line of the head the client fills may hold it. Given more than once, its values are read joined (", "):
  // only commas and blanks, every one of them empty, is no tenant, as one empty value is none.
  const tenant = header(request, tenantHeader);
  if (!endpoint || (tenant !== undefined && /[^\s,]/.test(tenant)) || request.headersMayHoldAny) return undefined;
  // Behind a host variable the family is unknown: asked for only where the endpoint is served by the translation hosts alone.
  const tenantOnly = endpoint.hosts.length === 1 && endpoint.hosts[0] === "translated";
  return url.hostFamily === "translated" || (tenantOnly && url.hostFamily !== "classic") ? endpoint : undefined;
}

/**
 * The report of a tenantless call: an x-vol-tenant sent empty (`x-vol-tenant:`, blanks, a Postman
 * value "") is no tenant, said as empty and placed at the header; none at all, missing, at the request.
 */
export function tenantReport(request: RequestEntry, data: MessageData): RequestReport {
  if (header(request, tenantHeader) === undefined) return { part: "headers", messageId: "missing", data: { ...data, header: tenantHeader }, header: tenantHeader };
  return { part: "headers", messageId: "empty", data: { ...data, header: tenantHeader }, header: tenantHeader };
}
