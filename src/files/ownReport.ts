import { detectParsedKind } from "../kinds/kindDetection.js";
import type { Kind } from "../kinds/kinds.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";
import { decodeUtf8 } from "../source/utf8.js";
import { parseWithinLimits } from "../source/boundedParse.js";
import { cacheSignature } from "../lint/cachedResult.js";
import { isEarlierReport, reportHeadBytes } from "./reportHead.js";

/**
 * How a text that may be ours opens: a JSON object only when its first key is one that
 * rdjson ("source"), SARIF ("$schema"), the cache ("format") or ESLint's json-with-metadata
 * report ("results") opens with, or a file's name
 * holding a rule's count (the suppressions file), or a first key too long to end in the head
 * (a suppressions file's deep fixture path); any other opening
 * (an array, XML, a text format's line, which may begin with a file named "{…") is looked at
 * further. A payload object opens with a key of its own, so linting it costs this one test
 * on its first bytes.
 */
const mayBeOurs = /^\uFEFF?\s*(?:[^\s{]|\{(?!\s*["}])|\{\s*"(?:source|\$schema|format|results)"|\{\s*"[^"]*\.(?:json|http|rest)"\s*:\s*\{\s*"[^"]+"\s*:\s*\{\s*"count"|\{\s*"[^"]{200,}$)/;
const headChars = 256;

/**
 * Whether a file holds one of oms-lint's own reports (any --format, as `-o` or `-f name:file`
 * wrote it, told by its layout as -o tells the earlier report it may replace: reportHead.ts)
 * or its --cache file, and no payload: content detection finds no kind in it. A folder walk
 * or a glob skips such a file (the next run must not read back the last one's report);
 * every kind's schema takes an object (a search also a string) holding members no report has
 * (externalOrderID…, name and value, orderID, collection), and a JSON text that detection
 * takes for a kind is never skipped, whatever it opens with. An empty file is no report here:
 * it keeps its parse fault. `kind`: the kind the run gives the file (--kind, a `files` entry);
 * given one, an empty list is a payload of that kind, not a clean run's report (isEmptyList).
 */
export function isOwnReport(text: string, kind?: Kind): boolean {
  return ownReportIn(text, kind) !== undefined;
}

/**
 * Which of oms-lint's own files a text holds (isOwnReport), if any: "emptyList" for `[]` alone,
 * which a clean run's json or gitlab report holds and so does a fixture whose list of bodies is
 * empty (no payload kind takes it: SPEC §1), so that a run can name it and say how to lint it;
 * "report" for a text that carries the marks of a report, the cache or the suppressions record,
 * which no one means to lint.
 */
export function ownReportIn(text: string, kind?: Kind): OwnReport | undefined {
  if (!mayBeOurs.test(text.slice(0, headChars))) return undefined;
  const body = withoutByteOrderMark(text);
  const emptyList = isEmptyList(body);
  if (kind !== undefined && emptyList) return undefined;
  if (isSuppressions(body)) return "report";
  if (!body.startsWith(cacheSignature) && !isEarlierReport({ size: body.length, head: body.slice(0, reportHeadBytes), tail: body.slice(-reportHeadBytes) })) return undefined;
  if (detectParsedKind(parsed(body)) !== undefined) return undefined;
  return emptyList ? "emptyList" : "report";
}

/** What ownReportIn tells a file of oms-lint's own apart by: `[]` alone, or a report's (the cache's, the record's) marks. */
export type OwnReport = "emptyList" | "report";

/**
 * `[]` alone (white space aside): a clean run's json or gitlab report, or a fixture whose list
 * of bodies is empty, which nothing in it tells apart. Where the run gives the file a kind,
 * it is that payload, and its fault is reported: a folder of `[]` files under --kind
 * createOrder was "no problems in 0 files", exit 0 (audit of the files written). Reports that
 * carry a report's own marks (oms-lint's name, a list of filePaths, GitLab's issues) are still
 * left out under a kind: a run writing into a folder its `files` glob maps is common.
 */
function isEmptyList(text: string): boolean {
  // Read in place: a copy of every file's text without its blanks was made for each file a kind is given.
  const list = text.trim();
  if (list[0] !== "[" || list[list.length - 1] !== "]") return false;
  for (let i = 1; i < list.length - 1; i++) if (!/\s/.test(list[i]!)) return false;
  return true;
}

/**
 * A suppressions file at a --suppressions-location of its own name (a walk skips the default
 * name): ESLint's layout, `{ "<file>": { "<rule>": { "count": n } } }`, every file a name
 * oms-lint lints and every record a count alone, which no payload is.
 */
function isSuppressions(text: string): boolean {
  return /^\s*\{/.test(text) && isSuppressionsRecord(parsed(text));
}

/** Whether a JSON value has the suppressions file's layout (isSuppressions). */
export function isSuppressionsRecord(value: unknown): boolean {
  if (!isObject(value) || Object.keys(value).length === 0) return false;
  return Object.entries(value).every(
    ([file, rules]) => /\.(?:json|http|rest)$/.test(file) && isObject(rules) && Object.values(rules).every((record) => isObject(record) && Object.keys(record).length === 1 && Number.isSafeInteger(record.count)),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** ownReportIn of a file's bytes (`kind`: the kind the run gives it): only a text that may open as ours is decoded whole. */
export function ownReportInBytes(bytes: Uint8Array, kind?: Kind): OwnReport | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, headChars)).toString("utf8");
  if (!mayBeOurs.test(head)) return undefined;
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? ownReportIn(decoded.text, kind) : undefined;
}

/** Whether a file's bytes hold one of oms-lint's own files (ownReportInBytes). */
export function holdsOwnReport(bytes: Uint8Array, kind?: Kind): boolean {
  return ownReportInBytes(bytes, kind) !== undefined;
}

/**
 * The value of a text that may be ours, held to the payload limits: a hostile file (an array
 * of millions of `{}`, an object of millions of members) is not built whole to be told from a
 * report (it took seconds and most of a run's memory before the lint refused it at once).
 * Our own report of more files than one list may hold is then no value: no payload either.
 */
function parsed(text: string): unknown {
  return parseWithinLimits(text)?.value;
}
