/**
 * The caller's signal as the check can wait on it: Node's own AbortSignal. Another library's (the
 * abort-controller package's, an EventTarget with `aborted` and no throwIfAborted, which
 * node-fetch takes) made every call reject with V8's "throwIfAborted is not a function", nothing
 * sent (found by the audit of the service surface). Such a signal is honoured where it says it
 * has aborted: the call rejects before anything is read, with its reason, or the AbortError a
 * native signal aborted without one holds; otherwise it is left to the wrapped fetch, which
 * takes it, and the body is read without waiting on it.
 */
export function waitableSignal(given: unknown): AbortSignal | undefined {
  if (given instanceof AbortSignal) {
    given.throwIfAborted();
    return given;
  }
  if (typeof given === "object" && given !== null && (given as { aborted?: unknown }).aborted === true) {
    const reason = (given as { reason?: unknown }).reason;
    throw reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
  }
  return undefined;
}
