import { shapes } from "../generated/shapes.js";
import type { Kind } from "./kinds.js";
import { asObject } from "../domain/payloadParts.js";

const searchParameters: ReadonlySet<string> = new Set(Object.keys(shapes.orderItemSearchQuery?.properties ?? {}));

/**
 * The fields only the Historic Order Import document names (seeds/003; Create Order's has none
 * of them): its parameters orderStatus, assignedLocation, useInventory, importedCreationDate,
 * and the prose's orderCreationDate ("If the order is imported without a specified
 * orderCreationDate ..."). Any one of them says the payload is an import, even when the
 * required orderStatus is missing, so that the import is told what it lacks.
 */
const importOnlyFields: readonly string[] = ["orderStatus", "assignedLocation", "useInventory"];
/** The import's dates: a sign only when they hold one (a serializer that writes every field of a shared model sends them as null on a Create Order too). */
const importOnlyDates: readonly string[] = ["importedCreationDate", "orderCreationDate"];

/**
 * Tells a payload's kind from its content, or undefined when the content does not say.
 * The order matters, first match wins:
 *
 * 1. a string holding a search URL or query string (`/orderItem/?…`, `orderID=…`) → orderItemSearch;
 * 2. `orderStatus`, `assignedLocation`, `useInventory`, or a non-null `importedCreationDate` or
 *    `orderCreationDate` (only the import document names them) → importOrder;
 * 3. `externalOrderID`, `orderItems` or `orderPayments` → createOrder;
 * 4. a `collection` array → orderItemSearchResponse;
 * 5. `name` and `value`: with `orderItemCustomDataID` or `itemID` → orderItemCustomData, a
 *    Record when it also has its orderItemCustomDataID and orderID; with orderCustomDataID
 *    and orderID → orderCustomDataRecord; otherwise → orderCustomData (the two custom data
 *    bodies are the same `{name, value}`, so a bare one is checked as order custom data);
 * 6. `orderID` given as a string, or only search parameters with an orderID → orderItemSearch.
 *
 * `put` says the payload is a custom data PUT's body (the caller gave the record it replaces,
 * `existing`): a body that also carries the record's IDs is then that body, not a record as
 * a GET returns it, so that the name is checked against the existing one.
 */
export function detectKind(value: unknown, put = false): Kind | undefined {
  const kind = detectedKind(value);
  if (!put) return kind;
  return kind === "orderCustomDataRecord" ? "orderCustomData" : kind === "orderItemCustomDataRecord" ? "orderItemCustomData" : kind;
}

function detectedKind(value: unknown): Kind | undefined {
  if (typeof value === "string") return looksLikeSearch(value) ? "orderItemSearch" : undefined;
  const object = asObject(value);
  if (!object) return undefined;
  const has = (key: string) => Object.prototype.hasOwnProperty.call(object, key);
  if (importOnlyFields.some(has) || importOnlyDates.some((key) => has(key) && object[key] !== null)) return "importOrder";
  if (has("externalOrderID") || has("orderItems") || has("orderPayments")) return "createOrder";
  if (Array.isArray(object.collection)) return "orderItemSearchResponse";
  if (has("name") && has("value")) {
    if (has("orderItemCustomDataID") || has("itemID")) {
      return has("orderItemCustomDataID") && has("orderID") ? "orderItemCustomDataRecord" : "orderItemCustomData";
    }
    return has("orderCustomDataID") && has("orderID") ? "orderCustomDataRecord" : "orderCustomData";
  }
  if (has("orderID") && (typeof object.orderID === "string" || Object.keys(object).every((key) => searchParameters.has(key)))) {
    return "orderItemSearch";
  }
  return undefined;
}

function looksLikeSearch(text: string): boolean {
  return /\/orderItem\/?(?:\?|$)/.test(text) || /(?:^|[?&])orderID=/.test(text.trim());
}
