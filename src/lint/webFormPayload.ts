import type { Diagnostic } from "../engine/diagnostic.js";
import type { Kind } from "../kinds/kinds.js";
import { answersToJSON } from "../json/toJSONMethod.js";

/**
 * A payload handed over as a fetch body class (URLSearchParams, FormData, Blob): JSON.stringify
 * writes each as `{}`, so the schema would report a body lacking every field, though the caller
 * holds them (found by the audit of a checkout service's pre-submit check: a search's
 * `new URLSearchParams({ orderID: "555555" })` was "orderID is required"). Said plainly, once,
 * with the way to pass what it holds, as bytes are (bytesPayload.ts). So is a Promise, a body
 * read without its await.
 */
export function webFormPayload(value: unknown, kind: Kind): Diagnostic | undefined {
  const what = webFormClass(value);
  if (what === undefined) return undefined;
  const wayOut =
    what === "URLSearchParams"
      ? kind === "orderItemSearch"
        ? "pass its toString(), which validate() reads as the search's query string"
        : "pass the JSON object the body is made from (the OMS takes JSON, not a form)"
      : what === "Blob"
        ? "read and parse it first (JSON.parse(await blob.text()))"
        : what === "Promise"
          ? "await it first (const body = await c.req.json()), and pass the value it resolves to"
          : "pass the JSON object the body is made from (the OMS takes JSON, not a form)";
  const message = `the payload is a ${what}, which JSON.stringify writes as {}, not the ${what === "Promise" ? "value it resolves to" : "values it holds"}: ${wayOut}`;
  return { ruleId: "schema", messageId: "type", severity: "error", evidence: "stated", message, path: "" };
}

/**
 * Which of the fetch body classes the value is, if any, told by its toStringTag: reading the
 * FormData or Blob global would load Node.js's fetch (http2, zlib, worker_threads) into every
 * process that validates (found by the process test of built-in modules), and a plain object
 * or array (what JSON.parse builds) is none of them, answered at its prototype.
 */
function webFormClass(value: unknown): "URLSearchParams" | "FormData" | "Blob" | "Promise" | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === Array.prototype || prototype === null) return undefined;
  // One with a toJSON is written as that answers, checked so (found by the review of the session);
  // one whose toJSON throws as it is read is JSON.stringify's throw, found as the value is written.
  if (answersToJSON(value)) return undefined;
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  // A Promise: a body read without its await (`c.req.json()`) was "the body lacks 12 required fields" (audit of the service surface).
  if (tag === "URLSearchParams" || tag === "FormData" || tag === "Blob" || tag === "Promise") return tag;
  // A File is a Blob with a name.
  return tag === "File" ? "Blob" : undefined;
}
