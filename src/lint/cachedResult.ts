import type { Kind } from "../kinds/kinds.js";
import { isKind } from "../kinds/kinds.js";
import type { LintMessage } from "./lintResult.js";
import { postmanInfoSchemaId } from "../requests/postmanInfoSchema.js";

/** What a cache file says first: a file that does not start so was not written by oms-lint, and is never overwritten (nor linted: ownReport.ts). */
export const cacheSignature = '{"format":"oms-lint-cache"';

/** One file's entry in the cache: what it held (a hash), how it was linted (a key), and what was found. */
export interface CachedFile {
  readonly hash: string;
  readonly key: string;
  readonly kind: Kind | null;
  readonly messages: readonly LintMessage[];
}

/** A JSON object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isPosition = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 1;
const isString = (value: unknown): value is string => typeof value === "string";

function isColumns(value: unknown): boolean {
  return isRecord(value) && isPosition(value.column) && isPosition(value.endColumn);
}

function isFix(value: unknown): boolean {
  return isRecord(value) && isPosition(value.line) && isPosition(value.column) && isPosition(value.endLine) && isPosition(value.endColumn) && isString(value.text) && isColumns(value.utf8);
}

/** The ids of a file's verdicts that are no rule's: a text that is not JSON (or not read), a kind that cannot be told. */
export const verdictIds: readonly string[] = ["parse", "kind"];

/** The ids of a file's findings that are no rule's: its verdicts, and a collection's info.schema that names no Postman schema. */
const ruleLessIds: readonly string[] = [...verdictIds, postmanInfoSchemaId];

/** A message exactly as the formatters read it: every field of its type, of its type, and its rule one of the run's (or no rule's). */
function isMessage(value: unknown, ruleIds: ReadonlySet<string>): value is LintMessage {
  if (!isRecord(value)) return false;
  const { ruleId, messageId, severity, level, evidence, message, path, constraint, line, column, endLine, endColumn, fatal, fix, utf8 } = value;
  return (
    isString(ruleId) &&
    (ruleIds.has(ruleId) || ruleLessIds.includes(ruleId)) &&
    isString(messageId) &&
    ((severity === 2 && level === "error") || (severity === 1 && level === "warning")) &&
    (evidence === "stated" || evidence === "advised" || evidence === "inferred") &&
    isString(message) &&
    isString(path) &&
    (constraint === undefined || isString(constraint)) &&
    isPosition(line) &&
    isPosition(column) &&
    isPosition(endLine) &&
    isPosition(endColumn) &&
    (fatal === undefined || fatal === true) &&
    (fix === undefined || isFix(fix)) &&
    (utf8 === undefined || isColumns(utf8))
  );
}

/** The entries a run may reuse, as plain data (a worker thread receives them with the run). */
export interface CacheEntries {
  readonly files: ReadonlyMap<string, CachedFile>;
}

/**
 * A cache entry read from the file, checked field by field: anything else (a missing field,
 * a severity of 3, a kind that does not exist, a rule the run does not have) is not an entry
 * this version wrote. (What no check can tell: an entry forged with every field as a run
 * would write it. Whoever can write the cache can write the config beside it too.)
 */
export function isCachedFile(value: unknown, ruleIds: ReadonlySet<string>): value is CachedFile {
  return (
    isRecord(value) &&
    isString(value.hash) &&
    isString(value.key) &&
    (value.kind === null || (isString(value.kind) && isKind(value.kind))) &&
    Array.isArray(value.messages) &&
    value.messages.every((message) => isMessage(message, ruleIds))
  );
}
