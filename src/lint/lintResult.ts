import type { Evidence } from "../engine/diagnostic.js";
import type { Kind } from "../kinds/kinds.js";
import { findingWithoutSecrets } from "./findingWithoutSecrets.js";

/**
 * One finding, placed in the source: the shape of SPEC §5's `--format json`, which other
 * tools read. Line and column are 1-based, of the value at `path`; the end column is the
 * one just after the value (as in ESLint and SARIF).
 */
export interface LintMessage {
  readonly ruleId: string;
  /** Which of the rule's messages (see Diagnostic.messageId). */
  readonly messageId: string;
  /** 2 error, 1 warning: ESLint's numbers, as other tools read this shape (inside, severities are words). */
  readonly severity: 2 | 1;
  /** The same severity in validate()'s words: "error" (2) or "warning" (1). */
  readonly level: "error" | "warning";
  /**
   * How sure we are that the OMS refuses this (SPEC §3): lintText, validate and every library call
   * set it. Only the CLI's findings of its own suppressions record (the pseudo-rule `suppressions`,
   * which no document speaks of) carry none (src/cli/suppressions.ts, recordFinding); its formats
   * write a message's evidence only where there is one. Optional here, it broke callers' types.
   */
  readonly evidence: Evidence;
  readonly message: string;
  /** JSON Pointer (RFC 6901) to the value to fix; "" for the whole document. */
  readonly path: string;
  /** A structural finding's schema constraint (see Diagnostic.constraint): docs/evidence.md's row, its passage. */
  readonly constraint?: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Set on the one message of a file that could not be read or parsed. */
  readonly fatal?: true;
  /** The safe fix of this problem, where its rule has one (as --fix would make it). */
  readonly fix?: MessageFix;
  /**
   * The edit of a fixable rule's finding that is only our reading (evidence `inferred`), or
   * that its rule holds back (Report.suggest: made unasked it would leave the order worse, as
   * the message says): offered as an editor's quick fix and an ESLint suggestion, never made by --fix.
   */
  readonly suggestion?: MessageFix;
  /**
   * The columns counted in UTF-8 bytes, for formats that count so (reviewdog); set only
   * where they differ from the UTF-16 columns (non-ASCII text before them on their line).
   */
  readonly utf8?: { readonly column: number; readonly endColumn: number };
  /** Only from ESLint's shared pass: the rules whose findings of the same cause this one gives way to (see Diagnostic.givesWayTo). */
  readonly givesWayTo?: readonly string[];
  /** Only from ESLint's shared pass, on a list's note: the rules of the findings it counted (see Diagnostic.countedRules). */
  readonly countedRules?: readonly string[];
  /**
   * Of a finding in a request file (`.http`, `.rest`, a Postman collection) about one of its requests:
   * which. `key` is the same across edits elsewhere in the file (a digest of the request's name, else its
   * method and URL as written, and its occurrence among those alike: src/requests/requestKey.ts);
   * `pointer` is the request's JSON Pointer in a collection ("" in a `.http` file), the start of `path`.
   * GitLab's fingerprint reads them, so that deleting an earlier request leaves a later one's issues as they were.
   */
  readonly request?: { readonly key: string; readonly pointer: string };
}

/**
 * One text edit: the region from line:column to endLine:endColumn (1-based, end excluded,
 * UTF-16 code units as every position here) is replaced by `text` ("" deletes it). `utf8`
 * gives the same columns counted in UTF-8 bytes, for formats that count so (reviewdog).
 */
export interface MessageFix {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
  readonly utf8: { readonly column: number; readonly endColumn: number };
}

/** What linting one file found: the one result type every formatter reads. */
export interface LintResult {
  readonly filePath: string;
  /** The kind the file was checked as; null when it could not be told. */
  readonly kind: Kind | null;
  readonly errorCount: number;
  readonly warningCount: number;
  /** In source order: by line, then column. */
  readonly messages: readonly LintMessage[];
}

/** A message before its result is built: `level` is derived from `severity` there, never written twice by hand. */
export type LintMessageDraft = Omit<LintMessage, "level"> & { readonly level?: LintMessage["level"] };

/** The message with `level` saying what `severity` says (the same object when it already does). */
function withLevel(m: LintMessageDraft): LintMessage {
  const level = m.severity === 2 ? "error" : "warning";
  if (m.level === level) return m as LintMessage;
  // Written beside severity, so that --format json keeps one key order for every message.
  const { ruleId, messageId, severity, level: _stale, ...rest } = m;
  return { ruleId, messageId, severity, level, ...rest };
}

/** Builds a result, counting errors and warnings from the messages, each with its `level`. */
export function lintResult(filePath: string, kind: Kind | null, drafts: readonly LintMessageDraft[], { keepPaths = false }: { readonly keepPaths?: boolean } = {}): LintResult {
  let errorCount = 0;
  let messages: LintMessage[] | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    if (draft.severity === 2) errorCount++;
    // Every file's messages pass here (the CLI's formats, the language server, ESLint's plugin): none quotes a card number or an e-mail address.
    // A request body's findings keep their real paths for the request file's lint, which hides them after (CheckedText.shownPaths).
    const shown = findingWithoutSecrets(withLevel(draft));
    const message = keepPaths && shown.path !== draft.path ? { ...shown, path: draft.path } : shown;
    // Copied only from the first message that lacked its level (most results are built from finished ones or none).
    if (message !== draft && messages === undefined) messages = drafts.slice(0, i) as LintMessage[];
    messages?.push(message);
  }
  return { filePath, kind, errorCount, warningCount: drafts.length - errorCount, messages: messages ?? (drafts as readonly LintMessage[]) };
}

/**
 * The result with warnings dropped (`--quiet`), but for a rule's internal error at warning level:
 * it is the run's fault, not a warning about the payload, and the run exits 2 saying "its finding
 * is in the report" (audit of the suppressions fixes: --quiet dropped it).
 */
export function errorsOnly(result: LintResult): LintResult {
  return result.warningCount === 0 ? result : lintResult(result.filePath, result.kind, result.messages.filter((m) => m.severity === 2 || isInternalError(m)));
}

/** A fatal error about a whole file (unreadable, unwritable), placed at its start. */
export function fileFault(ruleId: string, message: string, messageId = ruleId): LintMessageDraft {
  return { ruleId, messageId, severity: 2, evidence: "stated", message, path: "", line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true };
}

/**
 * The `parse` fault of a file that was not read (unreadable, missing, not a regular file, a
 * name Node.js cannot open, past --max-file-size): nothing in it was checked, so no record of
 * negative fixtures may take it for a fault the fixture trips (a parse fault of text read may).
 */
export function unreadFileFault(message: string): LintMessageDraft {
  return fileFault("parse", message, "unread");
}

/** Whether the message is a rule's (or the schema check's) internal error: it threw, so the payload was not checked by it. */
export function isInternalError(message: LintMessage): boolean {
  return message.messageId === "internalError";
}

/**
 * Whether the message is a note that stands for problems not listed: a rule's past the 1,000 it
 * lists (ruleEngine's tooMany, at the root) or a list's past the schema check's cap (errorLimit).
 * Each counts as one problem; what it stands for is listed nowhere (formats say so).
 */
export function isUnlistedNote(message: LintMessage): boolean {
  return (message.messageId === "tooMany" && message.path === "") || message.messageId === "errorLimit";
}

/** Whether the message says the file was not read (unreadFileFault). */
export function isUnreadFault(message: LintMessage): boolean {
  return message.messageId === "unread" && message.ruleId === "parse";
}

/**
 * Whether the message says --fix could not write the file (unwritten): a fault of the run, not
 * of the payload, which no record of negative fixtures may take for an error a fixture trips.
 */
export function isUnwrittenFix(message: LintMessage): boolean {
  return message.messageId === "unwritten" && message.ruleId === "fix";
}
