import { constants } from "node:buffer";

/**
 * The largest file oms-lint reads by default: 64 MiB. A real payload is kilobytes; a 50 MB
 * order of 66,000 items lints in well under 1 GiB of memory (README, "Bad input and limits"),
 * but what JSON.parse alone takes grows with the file (up to ~30 times its size for a file
 * of empty objects), so a limit keeps a stray dump or a hostile file from exhausting memory.
 */
export const defaultMaxFileSize = 64 * 1024 * 1024;

/** The most text Node.js holds in one string (2^29 - 24 UTF-16 units): a larger file cannot be read as text. */
export const maxReadableSize = constants.MAX_STRING_LENGTH;

const units: Readonly<Record<string, number>> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * A size as the command line and the config write it: a whole number of bytes, or with a
 * unit (KB, MB, GB, counted in 1024s: `64MB`, `512k`). Undefined when it is not one, or is
 * 0, or is more than a string can hold.
 */
export function parseFileSize(size: string | number): number | undefined {
  const match = typeof size === "number" ? [String(size), String(size), "b"] : /^([0-9]+) ?(?:([kmg])(?:i?b)?|(b))?$/i.exec(size.trim());
  if (!match) return undefined;
  const unit = (match[2] ?? match[3] ?? "b").toLowerCase();
  const bytes = Number(match[1]) * (units[unit] as number);
  return Number.isSafeInteger(bytes) && bytes >= 1 && bytes <= maxReadableSize ? bytes : undefined;
}

/** 52428800 → "50.0 MiB"; 1500 → "1500 bytes"; 1 → "1 byte". */
export function describeSize(bytes: number): string {
  if (bytes < 1024 * 1024) return bytes === 1 ? "1 byte" : `${bytes} bytes`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** What a file past its size limit is told: its size (undefined: reading stopped past the limit) and the limit. */
export type TooLargeWording = (bytes: number | undefined, limit: number) => string;

/**
 * Where a size limit came from: oms-lint's default, or the user's (--max-file-size,
 * limits.maxFileSize; withPreSubmitCheck's maxBodySize). "No payload is this large" holds of the
 * 64 MiB default alone: of a limit the user lowered to 2 KB it was false (audit of the CLI surfaces).
 */
export type LimitOrigin = "default" | "set";

/**
 * The one message for a file past the limit: it is not read, and how to raise the limit.
 * `bytes` undefined: reading stopped past the limit (piped text), so the size is not known.
 */
export function tooLargeWording(origin: LimitOrigin): TooLargeWording {
  return (bytes, limit) => {
    const unread = `so it is not ${bytes === undefined ? "linted" : "read"}`;
    return origin === "default"
      ? `${pastLimit(bytes, limit)}: no payload is this large, ${unread} (raise the limit with --max-file-size, or limits.maxFileSize in oms-lint.config.json)`
      : `${pastLimit(bytes, limit)}: that is the limit set by --max-file-size or limits.maxFileSize in oms-lint.config.json, ${unread} (raise it to lint the file; by default it is ${describeSize(defaultMaxFileSize)})`;
  };
}

/** The message of a file past the default limit. */
export const tooLargeMessage: TooLargeWording = tooLargeWording("default");

/**
 * The message for a file held to the default size whatever the run's limit (a config file,
 * the suppressions file): --max-file-size and limits.maxFileSize are the payloads' limit,
 * so the message names no way to raise it, for there is none.
 */
export function fixedSizeMessage(what: string): TooLargeWording {
  return (bytes, limit) => `${pastLimit(bytes, limit)}: no ${what} is this large, so it is not read (a ${what} is always held to this limit; --max-file-size and limits.maxFileSize raise the payloads' alone)`;
}

/**
 * The message for a request body past withPreSubmitCheck's maxBodySize: the library's one
 * byte limit, the CLI's file size by default. Nothing of it is checked, and nothing is sent.
 */
export function bodyTooLargeMessage(bytes: number | undefined, limit: number, origin: LimitOrigin): string {
  return `${pastLimit(bytes, limit, "the body")}${bodyNotChecked(origin)}`;
}

/**
 * The message for a stream past maxBodySize once its empty chunks, each counted as a byte, are
 * counted: an endless stream of "" never stopped, and its bytes alone never pass the limit.
 */
export function chunksPastLimitMessage(limit: number, emptyChunks: number, origin: LimitOrigin): string {
  return `the body's stream gave more than the ${describeSize(limit)} oms-lint reads, counting each of its ${emptyChunks} empty chunks as a byte (reading stopped there)${bodyNotChecked(origin)}`;
}

/** What follows the size of a body past the limit: a claim about payloads of the default limit alone. */
function bodyNotChecked(origin: LimitOrigin): string {
  return origin === "default"
    ? ": no payload is this large, so it is not checked, and the request was not sent (raise the limit with withPreSubmitCheck's maxBodySize option)"
    : `: that is the limit set by withPreSubmitCheck's maxBodySize option, so it is not checked, and the request was not sent (raise it to check the body; by default it is ${describeSize(defaultMaxFileSize)})`;
}

/**
 * The message for a body whose Content-Encoding decodes it to more than maxBodySize: decoding
 * stops at the limit, so a few KB that inflate to gigabytes (a decompression bomb) are never
 * decoded whole. `encoding` is the header's text, already quoted.
 */
export function decodedTooLargeMessage(encoding: string, limit: number, origin: LimitOrigin): string {
  return `the body decodes (Content-Encoding ${encoding}) to more than the ${describeSize(limit)} oms-lint reads (decoding stopped there)${bodyNotChecked(origin)}`;
}

/**
 * The message for form data whose names and values alone hold more than maxBodySize: it is not
 * written out (fetch adds a boundary and headers to each entry), so its size is more than they hold.
 */
export function formTooLargeMessage(entriesBytes: number, limit: number, origin: LimitOrigin, entriesLeft = false): string {
  const counted = entriesLeft ? "its first entries" : "its entries";
  return `the body is more than the ${describeSize(limit)} oms-lint reads (${counted} alone hold ${describeSize(entriesBytes)}, so it was not read)${bodyNotChecked(origin)}`;
}

/**
 * What a Blob of another library was found to hold when it is not its size: its bytes;
 * "past the limit" when reading them passed it (reading stopped there); "out of bounds" when
 * reading them threw a RangeError, as fetch-blob's arrayBuffer() does writing more bytes than
 * its size into an array of its size ("offset is out of bounds").
 */
export type MisstatedHolding = number | "past the limit" | "out of bounds";

/**
 * The message for a Blob of another library that does not hold what its size says: a body
 * whose bytes are not what it says is not checked, since the bytes checked need not be the ones
 * sent (found by the audit of the last service fixes: one saying 10 bytes gave 400 MB).
 */
export function misstatedBlobMessage(says: number, holds: MisstatedHolding, limit: number): string {
  const found =
    holds === "past the limit"
      ? `more than the ${describeSize(limit)} oms-lint reads (reading stopped there)`
      : holds === "out of bounds"
        ? "more (reading it threw a RangeError, as fetch-blob's does when its parts hold more than its size)"
        : `${holds} bytes`;
  return `a file in the body says it holds ${says} bytes (its size) but holds ${found}: a body that is not what it says is not checked, and the request was not sent (give the Blob its true size)`;
}

/** "the file is 188.8 MiB, more than the 64.0 MiB oms-lint reads"; past it unknown, "…(reading stopped there)". */
function pastLimit(bytes: number | undefined, limit: number, what = "the file"): string {
  if (bytes === undefined) return `${what} is more than the ${describeSize(limit)} oms-lint reads (reading stopped there)`;
  // Rounded alike, the two can read the same (64.0 MiB over 64.0 MiB): then the bytes say it.
  const [size, most] = [describeSize(bytes), describeSize(limit)];
  const [shownSize, shownLimit] = size === most ? [`${bytes} bytes`, `${limit} bytes`] : [size, most];
  return `${what} is ${shownSize}, more than the ${shownLimit} oms-lint reads`;
}
