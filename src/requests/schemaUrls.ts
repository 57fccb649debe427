import type { UrlParts } from "./matchEndpoint.js";

/**
 * The schema URLs the documents give on their "Schema" lines, all on the classic host, by path,
 * with the document that gives each: calls they describe, to be read ("The .json address above
 * can be used to access the schema within Postman", Create Order), not endpoints of the table.
 */
const documentedSchemas: ReadonlyMap<string, string> = new Map([
  ["/api/v2/schema/createOrder.json", "Create Order"],
  ["/api/v2/schema/importOrder.json", "Historic Order Import"],
  ["/api/v2/schema/order/orderCustomData.json", "Custom Order Data"],
  ["/api/v2/schema/orderItemSearch.json", "Search for Order Item"],
]);

/**
 * The document that gives the URL's path as its schema's, when the URL is one of those on a host
 * they give it on (the classic host, a host variable, or none; a host that may hold `/api/v2`,
 * UrlParts.hostMayHoldApiRoot, with it in front); else undefined.
 */
export function documentedSchemaOf(url: UrlParts): string | undefined {
  if (url.hostFamily !== "classic" && url.hostFamily !== "variable" && url.hostFamily !== "none") return undefined;
  const path = `/${url.segments.join("/")}`;
  return documentedSchemas.get(path) ?? (url.hostMayHoldApiRoot ? documentedSchemas.get(`/api/v2${path}`) : undefined);
}
