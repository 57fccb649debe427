import { shapes } from "../generated/shapes.js";
import type { Kind } from "./kinds.js";
import { asObject } from "../domain/payloadParts.js";
import { importOnlyFields } from "../domain/importOnlyFields.js";
import { asSent, isSentFinding } from "../lint/asSent.js";
import { defaultStructureLimits } from "../source/boundedParse.js";
import { isWrittenOtherwise } from "../json/oversizedPlace.js";
import { answersToJSON } from "../json/toJSONMethod.js";
import { isWrittenAsPrimitive } from "../json/nodeTypes.js";

const searchParameters: ReadonlySet<string> = new Set(Object.keys(shapes.orderItemSearchQuery?.properties ?? {}));

/**
 * Whether the object holds a value in one of the import's own fields (importOnlyFields): that
 * says the payload is an import, even when the required orderStatus is missing, so that the
 * import is told what it lacks. A field that is null is no sign of one: a serializer that
 * writes every field of a shared model sends them all as null on a Create Order too (an audit
 * found assignedLocation, useInventory and orderStatus as null making a Create Order an import,
 * whose real errors then dropped to the import's warnings). Nor is one that is undefined:
 * JSON.stringify leaves it out, and a value is of the kind of the text it is sent as.
 */
function holdsImportOnlyValue(object: Readonly<Record<string, unknown>>): boolean {
  return importOnlyFields.some(({ name }) => writes(object, name) && object[name] !== null);
}

/**
 * Whether the object's JSON text holds the key: an own key whose value JSON.stringify writes
 * (it leaves out undefined, a function and a symbol). Read as present, `{ name, value,
 * externalOrderID: undefined }` was a Create Order while its text is order custom data (found
 * by the audit of e0d77fe, which had read undefined as absent for the import's own fields only).
 */
function writes(object: Readonly<Record<string, unknown>>, key: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(object, key)) return false;
  const value = object[key];
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

/**
 * Tells a payload's kind from its content, or undefined when the content does not say.
 * The order matters, first match wins:
 *
 * 1. a string holding a search URL or query string (`/orderItem/?…`, `orderID=…`) → orderItemSearch;
 * 2. `orderStatus`, `assignedLocation`, `useInventory`, `importedCreationDate` or
 *    `orderCreationDate` (only the import document names them) holding anything but null (or what JSON.stringify leaves out) → importOrder;
 * 3. `externalOrderID`, `orderItems` or `orderPayments` → createOrder;
 * 4. a `collection` array → orderItemSearchResponse;
 * 5. `name` and `value`: with `orderItemCustomDataID` or `itemID` not null, or either of them null
 *    and no `orderCustomDataID` (namesAnItem) → orderItemCustomData, a
 *    Record when it also has its orderItemCustomDataID and orderID, neither null; with
 *    orderCustomDataID and orderID, neither null → orderCustomDataRecord; otherwise → orderCustomData (the two custom data
 *    bodies are the same `{name, value}`, so a bare one is checked as order custom data);
 * 6. `orderID` given as a string, or only search parameters with an orderID → orderItemSearch.
 *
 * The value is read as JSON.stringify sends it (sentView): a key whose value is undefined (or a
 * function, or a symbol, or a toJSON answering undefined) or that is not enumerable is absent, a
 * toJSON's answer stands for the object, a boxed string is the string: a value is of the kind of
 * the text it is sent as.
 *
 * `put` says the payload is a custom data PUT's body (the caller gave the record it replaces,
 * `existing`): a body that also carries the record's IDs is then that body, not a record as
 * a GET returns it, so that the name is checked against the existing one.
 */
export function detectKind(value: unknown, put = false): Kind | undefined {
  return forPut(detectedKind(sentView(value)), put);
}

/**
 * detectKind for the value JSON.parse built of a text (lintText, fix, the language server,
 * split, the output file's check): the text is what is sent, so its value is read as it stands,
 * not as JSON.stringify would write it again (sentView). With a function on
 * Object.prototype.toJSON (a polluted prototype), sentView wrote every object as that function's
 * answer, and the documents' Create Order was "cannot tell which payload this is"; and its look
 * at every member of the top level was ~4% of a command-line run over 10,000 payloads (found
 * together, by the profile of that run).
 */
export function detectParsedKind(value: unknown, put = false): Kind | undefined {
  return forPut(detectedKind(value), put);
}

function forPut(kind: Kind | undefined, put: boolean): Kind | undefined {
  if (!put) return kind;
  return kind === "orderCustomDataRecord" ? "orderCustomData" : kind === "orderItemCustomDataRecord" ? "orderItemCustomData" : kind;
}

/**
 * Whether an object's top level reads as JSON.stringify writes it, for what detection asks of
 * it (its own keys, whether each is written, and whether a member is null, an array or a
 * string): no toJSON and no boxed primitive at the top or in a member, no key defined not
 * enumerable, no prototype but a plain object's or array's, no NaN or ±Infinity (written as
 * null). What JSON.parse builds always does; that costs one look at each member.
 */
function readsAsWritten(object: object): boolean {
  if (answersToJSON(object) || isWrittenAsPrimitive(object)) return false;
  try {
    return !isWrittenOtherwise(object) && Object.keys(object).every((key) => memberReadsAsWritten(Reflect.get(object, key)));
  } catch {
    // A getter or a Proxy trap that throws: asSent finds what JSON.stringify does there.
    return false;
  }
}

function memberReadsAsWritten(member: unknown): boolean {
  if (typeof member === "object" && member !== null) return !answersToJSON(member) && !isWrittenAsPrimitive(member);
  return typeof member !== "bigint" && (typeof member !== "number" || Number.isFinite(member));
}

/**
 * The value as JSON.stringify sends it, read as validate() reads a caller's value (asSent,
 * bounded by the default limits, never the text built past them): a value is of the kind of
 * the text it is sent as, and `validate(detectKind(v), v)` reads that text (found by the audit
 * of the service fixes: a class whose toJSON leaves externalOrderID out was a Create Order, its
 * text order custom data; a boxed search URL was no kind). A value past the limits, or one
 * whose getter throws as it is written, is read as it stands: validate() refuses it anyway.
 */
function sentView(value: unknown): unknown {
  if (typeof value !== "object" || value === null || readsAsWritten(value)) return value;
  const sent = asSent(value, defaultStructureLimits);
  return sent !== undefined && !isSentFinding(sent) ? sent.value : value;
}

function detectedKind(value: unknown): Kind | undefined {
  if (typeof value === "string") return looksLikeSearch(value) ? "orderItemSearch" : undefined;
  const object = asObject(value);
  if (!object) return undefined;
  const has = (key: string) => writes(object, key);
  if (holdsImportOnlyValue(object)) return "importOrder";
  if (has("externalOrderID") || has("orderItems") || has("orderPayments")) return "createOrder";
  if (Array.isArray(object.collection)) return "orderItemSearchResponse";
  if (has("name") && has("value")) {
    // A record carries its IDs; a body's null IDs are not sent (a serializer writes every one of
    // them null), so they make no record: read as one, such a body drew the record's error (audit).
    const holds = (key: string) => has(key) && object[key] !== null;
    if (namesAnItem(has, holds)) {
      return holds("orderItemCustomDataID") && holds("orderID") ? "orderItemCustomDataRecord" : "orderItemCustomData";
    }
    return holds("orderCustomDataID") && holds("orderID") ? "orderCustomDataRecord" : "orderCustomData";
  }
  if (has("orderID") && (typeof object.orderID === "string" || Object.keys(object).every((key) => !has(key) || searchParameters.has(key)))) {
    return "orderItemSearch";
  }
  return undefined;
}

/**
 * Whether a custom data body or record is an item's: an item's ID that is not null says so. A
 * null one is not sent, so it names no item where the order's own ID stands beside it, null or
 * not: `{…, "orderCustomDataID": 9, "orderID": 5, "itemID": null, "orderItemCustomDataID": null}`
 * (a serializer of one model for both APIs) was an item body, its orderCustomDataID unknown
 * and its orderID read-only (audit at 039fbbfc), and with every ID null, both bodies' keys
 * written, it is the bare body order custom data is. With only an item's keys, null ones
 * (`itemID: null`), there is no other API it can be for: the item's body, as before.
 */
function namesAnItem(has: (key: string) => boolean, holds: (key: string) => boolean): boolean {
  if (holds("orderItemCustomDataID") || holds("itemID")) return true;
  return !has("orderCustomDataID") && (has("orderItemCustomDataID") || has("itemID"));
}

function looksLikeSearch(text: string): boolean {
  return /\/orderItem\/?(?:\?|$)/.test(text) || /(?:^|[?&])orderID=/.test(text.trim());
}
