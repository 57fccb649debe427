import { postmanBodyMode } from "./postmanBodyEmpty.js";

/**
 * The file a Postman body in mode `file` is sent from: its `file.src`, or `file` itself where it
 * is a string (postman-collection's RequestBody#update reads a string as `{ src }`); undefined
 * for any other mode, and for a file body that names no file (`{}`, or only `content`, which is
 * sent as it stands).
 */
export function postmanBodyFileSource(body: Readonly<Record<string, unknown>>): string | undefined {
  if (postmanBodyMode(body.mode) !== "file") return undefined;
  const file = body.file;
  const source = typeof file === "string" ? file : typeof file === "object" && file !== null ? (file as { src?: unknown }).src : undefined;
  return typeof source === "string" && source !== "" ? source : undefined;
}
