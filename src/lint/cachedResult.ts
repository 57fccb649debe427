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

const columnChecks: FieldChecks<NonNullable<LintMessage["utf8"]>> = { column: isPosition, endColumn: isPosition };
const isColumns = (value: unknown): boolean => hasFields(value, columnChecks);

const fixChecks: FieldChecks<MessageFix> = { line: isPosition, column: isPosition, endLine: isPosition, endColumn: isPosition, text: isString, utf8: isColumns };
const isFix = (value: unknown): boolean => hasFields(value, fixChecks);

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
    endColumn: isPosition,
    fatal: optional((value) => value === true),
    fix: optional(isFix),
    suggestion: optional(isFix),
    utf8: optional(isColumns),
    givesWayTo: optional((value) => Array.isArray(value) && value.every(isRuleId)),
    countedRules: optional((value) => Array.isArray(value) && value.every(isRuleId)),
  };
}

/** The entries a run may reuse, as plain data (a worker thread receives them with the run). */
export interface CacheEntries {
  readonly files: ReadonlyMap<string, CachedFile>;
}

/**
 * A cache entry read from the file, its messages checked field by field: anything else (a missing
 * field, a key no message has, a severity of 3, a kind that does not exist, a rule the run does
 * not have, in the message or in those it gives way to) is not an entry
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
