import { isTaggedLike } from "./taggedLike.js";

/**
 * A Blob as any fetch takes one: the global class's, or another library's (fetch-blob's Blob and
 * File, which node-fetch's fileFromSync makes), which is no instance of the global class. What
 * the WHATWG Blob and fetch-blob share, the test undici's own isBlobLike makes: its bytes through
 * arrayBuffer(), its size and type, a stream, and the tag "Blob" or "File". Tested by instanceof,
 * node-fetch's File was refused unsent as an object fetch would send as "[object File]" (found by
 * the audit of the service surface).
 */
export interface BlobLike {
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  stream(): unknown;
}

export function isBlobLike(value: unknown): value is BlobLike {
  if (value instanceof Blob) return true;
  return isTaggedLike(value, ["Blob", "File"], ["arrayBuffer", "stream"]) && typeof value.size === "number" && typeof value.type === "string";
}
