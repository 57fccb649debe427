/** V8's "Maximum call stack size exceeded": a RangeError, and the only one of that wording. */
export const isStackOverflow = (error: unknown): boolean => error instanceof RangeError && /call stack/i.test(error.message);
