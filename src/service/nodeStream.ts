import { Stream } from "node:stream";

/**
 * A Node stream: Node's own Stream, a Readable or the legacy base with pipe() alone (the
 * form-data package's FormData, a CombinedStream, inherits it and has no Symbol.asyncIterator),
 * or another copy's, told by its pipe(). node-fetch streams any of them. Taken for an object,
 * form-data's was refused unsent where its body is never checked, as one "fetch would send
 * \"[object FormData]\"" (found by the audit of the service surface).
 */
export function isNodeStream(value: unknown): boolean {
  return value instanceof Stream || (typeof value === "object" && value !== null && typeof (value as { pipe?: unknown }).pipe === "function");
}

/**
 * A Node stream the check cannot read where the body is checked: one with no
 * Symbol.asyncIterator (a Readable has one, and is read), which gives its bytes only to what it
 * is piped into, and when, as its own code decides.
 */
export function unreadableNodeStream(): TypeError {
  return new TypeError(
    "withPreSubmitCheck: init.body is a Node stream with no Symbol.asyncIterator (a legacy Stream with pipe() alone, such as the form-data package's FormData), which the check cannot read, so it is not sent; this endpoint's body is checked as JSON: pass its text, or a Readable (new Readable().wrap(stream) reads a legacy stream)",
  );
}
