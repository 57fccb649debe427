import { endpoints, type Endpoint } from "./endpoints.js";

/** A method the call's document lists, sent to the collection's path where the table puts it on the record's. */
export interface RecordPathMethod {
  /** The record's endpoint (…/customData/{orderCustomDataID}), which takes the method. */
  readonly record: Endpoint;
  /** The document's "HTTP Method" row for the call, as written. */
  readonly listed: string;
  /** The document's words that the method's URL names the record. */
  readonly recordInUrl: string;
}

/** Whether `path` is `base` and one path parameter after it (`…/customData/{orderCustomDataID}`). */
function isRecordOf(path: string, base: string): boolean {
  return path.startsWith(base) && /^\{\w+\}\/?$/.test(path.slice(base.length));
}

/**
 * A PUT or DELETE to a custom data collection (…/customData) without the record ID: the
 * document lists the method for that call ("HTTP MethodPOST, PUT, DELETE, GET") and shows
 * its URL with the record's ID, without saying the OMS refuses it otherwise. Undefined for
 * any other method or endpoint: a method no row of the document gives is
 * request/method-not-allowed's, and only one of the two rules reports a request.
 */
export function recordPathMethod(endpoint: Endpoint, method: string): RecordPathMethod | undefined {
  const listedOnCall = endpoint.listedOnCall;
  const recordInUrl = listedOnCall?.recordInUrl[method as keyof typeof listedOnCall.recordInUrl];
  if (!listedOnCall || recordInUrl === undefined || endpoint.operations.some((o) => o.method === method)) return undefined;
  const base = endpoint.path.replace(/\/$/, "") + "/";
  const record = endpoints.find((e) => e.source === endpoint.source && isRecordOf(e.path, base) && e.operations.some((o) => o.method === method));
  return record && { record, listed: listedOnCall.methods, recordInUrl };
}

/**
 * What the document's "HTTP Method" row lists for a collection's call, when it lists more than
 * the collection's path takes (the rest are the record's, with its ID), in words for a message;
 * undefined for any other endpoint (found by the review of the stop: "it takes POST, GET" read
 * as the document's whole list).
 */
export function listedForCall(endpoint: Endpoint): { listed: string; recordMethods: string; recordPath: string } | undefined {
  const listedOnCall = endpoint.listedOnCall;
  if (!listedOnCall) return undefined;
  const base = endpoint.path.replace(/\/$/, "") + "/";
  const record = endpoints.find((e) => e.source === endpoint.source && isRecordOf(e.path, base));
  return record && { listed: listedOnCall.methods, recordMethods: record.operations.map((o) => o.method).join(", "), recordPath: record.path };
}
