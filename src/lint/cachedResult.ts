import type { Kind } from "../kinds/kinds.js";
import { isKind } from "../kinds/kinds.js";
import type { LintMessage, MessageFix } from "./lintResult.js";
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

/**
 * A check of each field of a type, keyed by the type's own fields: a field added to the type and
 * not here fails to compile, so it is never silently refused (nor an unknown key silently kept).
 */
type FieldChecks<T> = { readonly [K in keyof Required<T>]: (value: unknown, whole: Record<string, unknown>) => boolean };

/** Whether `value` is an object with only the fields `checks` names, each passing its check (an optional one may be absent). */
function hasFields<T>(value: unknown, checks: FieldChecks<T>): boolean {
  if (!isRecord(value)) return false;
  const known: Record<string, (value: unknown, whole: Record<string, unknown>) => boolean> = checks;
  return Object.keys(value).every((key) => Object.hasOwn(known, key)) && Object.entries(known).every(([key, check]) => check(value[key], value));
}

const optional =
  (check: (value: unknown) => boolean) =>
  (value: unknown): boolean =>
    value === undefined || check(value);

/**
 * A range's end, a position at or after its start: endLine past line, or on it with endColumn at
 * or past column. An edited entry's "endLine": 1 on a finding at line 95 was reported as the
 * range 95:20–1:22, which no SARIF region may be (found by the audit of the CI surface).
 */
const isRangeEnd = (value: unknown, whole: Record<string, unknown>): boolean =>
  isPosition(value) && ((whole.endLine as number) > (whole.line as number) || (whole.endLine === whole.line && (value as number) >= (whole.column as number)));

const columnChecks: FieldChecks<NonNullable<LintMessage["utf8"]>> = { column: isPosition, endColumn: isPosition };
const isColumns = (value: unknown): boolean => hasFields(value, columnChecks);

const fixChecks: FieldChecks<MessageFix> = { line: isPosition, column: isPosition, endLine: isPosition, endColumn: isRangeEnd, text: isString, utf8: isColumns };
const isFix = (value: unknown): boolean => hasFields(value, fixChecks);

const requestChecks: FieldChecks<NonNullable<LintMessage["request"]>> = { key: isString, pointer: isString };
const isRequest = (value: unknown): boolean => hasFields(value, requestChecks);

/** The ids of a file's verdicts that are no rule's: a text that is not JSON (or not read), a kind that cannot be told. */
export const verdictIds: readonly string[] = ["parse", "kind"];

/** The ids of a file's findings that are no rule's: its verdicts, and a collection's info.schema that names no Postman schema. */
const ruleLessIds: readonly string[] = [...verdictIds, postmanInfoSchemaId];

/** The fields of a message, each as a run writes it; its rule ids among `ruleIds` (the run's) or no rule's. */
function messageChecks(ruleIds: ReadonlySet<string>): FieldChecks<LintMessage> {
  const isRuleId = (value: unknown): boolean => isString(value) && (ruleIds.has(value) || ruleLessIds.includes(value));
  return {
    ruleId: isRuleId,
    messageId: isString,
    severity: (value, whole) => (value === 2 && whole.level === "error") || (value === 1 && whole.level === "warning"),
    level: (value) => value === "error" || value === "warning",
    evidence: optional((value) => value === "stated" || value === "advised" || value === "inferred"),
    message: isString,
    path: isString,
    constraint: optional(isString),
    line: isPosition,
    column: isPosition,
    endLine: isPosition,
    endColumn: isRangeEnd,
    fatal: optional((value) => value === true),
    fix: optional(isFix),
    suggestion: optional(isFix),
    utf8: optional(isColumns),
    givesWayTo: optional((value) => Array.isArray(value) && value.every(isRuleId)),
    countedRules: optional((value) => Array.isArray(value) && value.every(isRuleId)),
    request: optional(isRequest),
  };
}

/** The entries a run may reuse, as plain data (a worker thread receives them with the run). */
export interface CacheEntries {
  readonly files: ReadonlyMap<string, CachedFile>;
}

/**
 * A cache entry read from the file, its messages checked field by field: anything else (a missing
 * field, a key no message has, a severity of 3, a kind that does not exist, a rule the run does
 * not have, in the message or in those it gives way to, a range that ends before it starts) is not an entry
 * this version wrote. (What no check can tell: an entry forged with every field as a run
 * would write it. Whoever can write the cache can write the config beside it too.)
 */
export function isCachedFile(value: unknown, ruleIds: ReadonlySet<string>): value is CachedFile {
  const checks = messageChecks(ruleIds);
  return (
    isRecord(value) &&
    isString(value.hash) &&
    isString(value.key) &&
    (value.kind === null || (isString(value.kind) && isKind(value.kind))) &&
    Array.isArray(value.messages) &&
    value.messages.every((message) => hasFields(message, checks))
  );
}

/**
 * The last line an entry's findings, fixes and suggestions name: a file with fewer lines was not
 * the one its entry was written for (its content hash pins the text, so the entry was edited).
 * Told only when the entry is used, from the bytes the run read: the cache is read before any
 * file is (lintFile.ts).
 */
export function lastLineNamed(messages: readonly LintMessage[]): number {
  let last = 1;
  for (const m of messages) last = Math.max(last, m.endLine, m.fix?.endLine ?? 1, m.suggestion?.endLine ?? 1);
  return last;
}
