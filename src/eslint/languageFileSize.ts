import { describeArgument } from "../engine/argumentWords.js";
import { defaultMaxFileSize, describeSize, maxReadableSize, parseFileSize } from "../source/fileSize.js";

/**
 * The largest payload the plugin's language parses by default: 8 MiB. ESLint reads the whole
 * file before the plugin sees it, but the language gets its text before @eslint/json's parser
 * (momoa) builds its tree, and that tree is what runs out of memory: a pretty-printed Create
 * Order's tree took 538 MB of heap at 8.1 MB of text and 1,023 MB at 15.4 MB (about 66 bytes a
 * byte, measured with bench-style orders of 10,000 and 19,000 items on Node 20), and a 47 MB
 * order stopped the whole ESLint run with "JavaScript heap out of memory" after 2.5 minutes,
 * every other file's result lost (audit of the ESLint plugin). 8 MiB stays near half a
 * gigabyte, with room for ESLint's and the lint pass's own copies on a 2 GB heap.
 */
export const eslintMaxFileSize = 8 * 1024 * 1024;

/** What `languageOptions.limits.maxFileSize` takes, said when it is wrong: the CLI config's sizes. */
export function fileSizeProblem(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const bytes = typeof value === "number" || typeof value === "string" ? parseFileSize(value) : undefined;
  if (bytes !== undefined) return undefined;
  return `limits.maxFileSize must be a number of bytes from 1 to ${maxReadableSize}, or a size such as "16MB" or "512KB"; got ${describeArgument(value)}`;
}

/** The size limit a checked `limits.maxFileSize` sets, in bytes: the plugin's default when it is absent. */
export function fileSizeLimit(value: unknown): number {
  return (value === undefined ? undefined : parseFileSize(value as number | string)) ?? eslintMaxFileSize;
}

/** The text's size in UTF-8 bytes when it is more than `limit`, else undefined. */
export function bytesOverLimit(text: string, limit: number): number | undefined {
  // UTF-8 takes at least a byte for each UTF-16 unit, and at most three: only a text that may be over the limit is measured.
  if (text.length <= limit / 3) return undefined;
  const bytes = Buffer.byteLength(text, "utf8");
  return bytes > limit ? bytes : undefined;
}

/** The parsing error of a text of `bytes` over `limit`: what was refused, the limit, why, and how to raise it. */
export function fileTooLargeMessage(bytes: number, limit: number): string {
  const [size, most] = [describeSize(bytes), describeSize(limit)];
  const [shownSize, shownLimit] = size === most ? [`${bytes} bytes`, `${limit} bytes`] : [size, most];
  const why =
    limit === eslintMaxFileSize
      ? `@eslint/json's parser holds about 66 bytes of memory for each byte of a payload, and a larger file could run ESLint out of memory and stop the whole run`
      : "that is the limit set by languageOptions.limits.maxFileSize";
  return `the file is ${shownSize}, more than the ${shownLimit} the ESLint plugin parses, so it is not read: ${why} (raise it with languageOptions.limits.maxFileSize, such as "32MB", and give Node more memory with NODE_OPTIONS=--max-old-space-size; the oms-lint command reads up to ${describeSize(defaultMaxFileSize)} by default)`;
}
