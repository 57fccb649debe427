import { postmanBodyMode } from "./postmanBodyEmpty.js";

/**
 * The file a Postman body in mode `file` is sent from: its `file.src`, or `file` itself where it
 * is a string (postman-collection's RequestBody#update reads a string as `{ src }`); undefined
 * for any other mode, and for a file body that names no file (`{}`, only `content`, a `src` that is
 * no non-empty string).
 */
export function postmanBodyFileSource(body: Readonly<Record<string, unknown>>): string | undefined {
  if (postmanBodyMode(body.mode) !== "file") return undefined;
  const file = body.file;
  const source = typeof file === "string" ? file : typeof file === "object" && file !== null ? (file as { src?: unknown }).src : undefined;
  return typeof source === "string" && source !== "" ? source : undefined;
}

/**
 * Whether a Postman body in mode `file` names no file to send: postman-runtime loads such a body
 * from its `src` alone (lib/runner/request-helpers-presend.js calls util.createReadStream(resolver,
 * filedata.src, …), which refuses a src that is no non-empty string, "invalid or missing file
 * source"), and on failing sets `filedata.value = null` and deletes `filedata.content`; its body
 * builder (lib/requester/core-body-builder.js, `file`) sends `content && content.content`, so
 * nothing. postman-collection's RequestBody#isEmpty counts a `content` as a body, which Newman
 * never sends: found by the audit of request files (a POST with only `content` drew no finding).
 */
export function postmanFileBodyNamesNone(body: Readonly<Record<string, unknown>>): boolean {
  return postmanBodyMode(body.mode) === "file" && postmanBodyFileSource(body) === undefined;
}
