/**
 * Whether a value is another library's instance of a WHATWG class, as undici tells one apart
 * (its isBlobLike): an object whose Symbol.toStringTag is one of `tags` and whose `methods` are
 * functions. fetch-blob's Blob and File, node-fetch's FormData are no instance of the global
 * classes, and every fetch takes them (blobLike.ts, formDataLike.ts).
 */
export function isTaggedLike(value: unknown, tags: readonly string[], methods: readonly string[]): value is Record<PropertyKey, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<PropertyKey, unknown>;
  return tags.includes(candidate[Symbol.toStringTag] as string) && methods.every((name) => typeof candidate[name] === "function");
}
