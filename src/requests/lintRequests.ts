import type { Kind } from "../kinds/kinds.js";
import { lintResult, type LintMessage, type LintResult } from "../lint/lintResult.js";
import { lintText } from "../lint/lintText.js";
import type { RuleLevel, RulesConfig } from "../engine/ruleEngine.js";
import type { Settings } from "../domain/settings.js";
import { parseSource } from "../source/parseSource.js";
import type { SourceRange } from "../source/range.js";
import { lineStarts, positionAt } from "../source/lineIndex.js";
import { validate } from "../lint/validate.js";
import type { Operation } from "./endpoints.js";
import { parseHttpFile } from "./httpFile.js";
import { isPlaceholder, matchEndpoint, type EndpointMatch } from "./matchEndpoint.js";
import { isPostmanCollection, readPostmanCollection } from "./postmanCollection.js";
import { isRequestRuleId, RequestChecker, type RequestEntry, type RequestFinding, type RequestPart } from "./requestRules.js";

export interface LintRequestsOptions {
  /** Rule levels: body and search rules as for payloads, and the `request/…` rules. */
  readonly rules?: RulesConfig;
  readonly settings?: Settings;
  /** Nests allowed in a body (default 1000). */
  readonly maxDepth?: number;
}

/** A body or search diagnostic, before it is placed in the file. */
export interface Inner {
  readonly ruleId: string;
  readonly severity: 2 | 1;
  readonly message: string;
  readonly path: string;
  /** Within the body text (1-based), when it came from the body. */
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface Checked {
  readonly findings: readonly RequestFinding[];
  readonly body: readonly Inner[];
  readonly query: readonly Inner[];
}

function level(setting: unknown): RuleLevel | undefined {
  const value = Array.isArray(setting) ? setting[0] : setting;
  return value as RuleLevel | undefined;
}

/** Splits the rules into the request rules' levels and the rest (for validate). */
export function splitRules(rules: RulesConfig | undefined): { request: Map<string, "off" | 1 | 2>; payload: RulesConfig | undefined } {
  const request = new Map<string, "off" | 1 | 2>();
  if (!rules) return { request, payload: undefined };
  const payload: Record<string, unknown> = {};
  for (const [id, setting] of Object.entries(rules)) {
    if (!isRequestRuleId(id)) {
      payload[id] = setting;
      continue;
    }
    const l: unknown = level(setting);
    request.set(id, l === "off" || l === 0 ? "off" : l === "warn" || l === 1 ? 1 : 2);
  }
  return { request, payload: payload as RulesConfig };
}

function searchSubject(match: EndpointMatch): Record<string, string> {
  // A variable stands for a valid value: an orderID variable is an ID, any other is left out.
  const parameters: [string, string][] = [];
  for (const [name, value] of match.url.query) {
    if (!isPlaceholder(value)) parameters.push([name, value]);
    else if (name === "orderID") parameters.push([name, "1"]);
  }
  // fromEntries defines every name as a property of its own: a "__proto__" parameter is
  // checked like any unknown one, where an assignment would have dropped it unseen.
  return Object.fromEntries(parameters);
}

export function checkOne(entry: RequestEntry, checker: RequestChecker, options: LintRequestsOptions, payloadRules: RulesConfig | undefined): Checked {
  const match = matchEndpoint(entry.url);
  const { findings, operation } = checker.check(entry, match);
  const bodyOperation = match.url.hostFamily === "translated" && !hasTranslatedShape(entry.body, operation) ? undefined : operation;
  return { findings, body: lintBody(entry, bodyOperation, options, payloadRules), query: checkQuery(match, operation, options, payloadRules) };
}

/** Whether a body sent to a translation host has the v2 shape its operation's kind describes. */
function hasTranslatedShape(body: string | undefined, operation: Operation | undefined): boolean {
  const shape = operation?.translatedBodyShape;
  if (!shape) return true;
  let value: unknown;
  try {
    value = JSON.parse(body ?? "");
  } catch {
    // Not JSON: lint it, so that the parse fault is reported.
    return true;
  }
  return typeof value === "object" && value !== null && shape.some((name) => Object.hasOwn(value, name));
}

function lintBody(entry: RequestEntry, operation: Operation | undefined, options: LintRequestsOptions, rules: RulesConfig | undefined): Inner[] {
  if (!operation?.bodyKind || entry.body === undefined || entry.body.trim() === "") return [];
  const result = lintText(entry.body, { kind: operation.bodyKind, rules, settings: options.settings, maxDepth: options.maxDepth });
  return result.messages.map(({ fatal: _fatal, ...m }) => m);
}

function checkQuery(match: EndpointMatch, operation: Operation | undefined, options: LintRequestsOptions, rules: RulesConfig | undefined): Inner[] {
  if (!operation?.queryKind) return [];
  const missing = [...Object.keys(match.endpoint?.requiredQuery ?? {})].some((name) => !match.url.query.get(name));
  const { diagnostics } = validate(operation.queryKind as Kind, searchSubject(match), { rules, settings: options.settings });
  return diagnostics
    // The missing orderID is already request/missing-query-parameter.
    .filter((d) => !(missing && /^orderID is required/.test(d.message)))
    .map((d) => ({ ruleId: d.ruleId, severity: d.severity === "error" ? 2 : 1, message: `search query: ${d.message}`, path: d.path }));
}

export function applyLevel(findings: readonly RequestFinding[], levels: Map<string, "off" | 1 | 2>): { finding: RequestFinding; severity: 1 | 2 }[] {
  const out: { finding: RequestFinding; severity: 1 | 2 }[] = [];
  for (const finding of findings) {
    const l = levels.get(finding.ruleId);
    if (l === "off") continue;
    out.push({ finding, severity: l ?? (finding.severity === "error" ? 2 : 1) });
  }
  return out;
}

function sorted(messages: LintMessage[]): LintMessage[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Lints a REST Client file (`.http`, `.rest`): every request is matched to an OMS endpoint
 * and checked (method, path, query, headers, body); the body with its kind's schema and
 * rules. Messages stand at the file's lines. Never throws.
 */
export function lintHttpFile(text: string, filePath = "<text>", options: LintRequestsOptions = {}): LintResult {
  try {
    const { request: levels, payload } = splitRules(options.rules);
    const file = parseHttpFile(text);
    const messages: LintMessage[] = file.problems.map((p) => ({
      ruleId: "parse",
      severity: 2,
      message: p.message,
      path: "",
      line: p.line,
      column: p.column,
      endLine: p.line,
      endColumn: p.endColumn,
    }));
    const checker = new RequestChecker();
    for (const request of file.requests) {
      const checked = checkOne(request, checker, options, payload);
      const urlRange: SourceRange = { line: request.line, column: request.urlColumn, endLine: request.line, endColumn: request.urlEndColumn };
      const lineRange = (line: number): SourceRange => ({ line, column: 1, endLine: line, endColumn: 1 });
      const place = (part: RequestPart): SourceRange =>
        part === "url"
          ? urlRange
          : part === "method"
            ? { line: request.line, column: request.methodColumn, endLine: request.line, endColumn: request.methodEndColumn }
            : part === "body" && request.bodyLine
              ? lineRange(request.bodyLine)
              : { line: request.line, column: request.methodColumn, endLine: request.line, endColumn: request.urlEndColumn };
      for (const { finding, severity } of applyLevel(checked.findings, levels)) {
        messages.push({ ruleId: finding.ruleId, severity, message: finding.message, path: "", ...place(finding.part) });
      }
      const offset = (request.bodyLine ?? request.line) - 1;
      for (const m of checked.body) {
        messages.push({
          ruleId: m.ruleId,
          severity: m.severity,
          message: m.message,
          path: m.path,
          line: (m.line ?? 1) + offset,
          column: m.column ?? 1,
          endLine: (m.endLine ?? 1) + offset,
          endColumn: m.endColumn ?? 1,
        });
      }
      for (const m of checked.query) messages.push({ ...m, path: "", ...urlRange });
    }
    return lintResult(filePath, null, sorted(messages));
  } catch (error) {
    return lintResult(filePath, null, [internal(error)]);
  }
}

/**
 * Lints a Postman collection (v2.1): every request in every folder, checked as in a REST
 * Client file. Messages carry the request part's JSON Pointer and its line. Never throws.
 */
export function lintPostmanCollection(text: string, filePath = "<text>", options: LintRequestsOptions = {}): LintResult {
  try {
    const parsed = parseSource(text, { maxDepth: options.maxDepth });
    if (!parsed.ok) {
      return lintResult(filePath, null, [{ ruleId: "parse", severity: 2, message: parsed.fault.message, path: "", ...parsed.range, fatal: true }]);
    }
    const { request: levels, payload } = splitRules(options.rules);
    const collection = readPostmanCollection(parsed.value);
    const pending: { ruleId: string; severity: 1 | 2; message: string; path: string; range?: SourceRange }[] = [];
    const starts = lineStarts(text);
    const bodyRanges = new Map<string, BodyPlacer | undefined>();
    if (!isPostmanCollection(parsed.value)) {
      pending.push({ ruleId: "parse", severity: 1, message: "info.schema does not name a Postman collection schema (https://schema.getpostman.com/…)", path: "/info" });
    }
    for (const p of collection.problems) pending.push({ ruleId: "parse", severity: 2, message: p.message, path: p.pointer });
    const checker = new RequestChecker();
    for (const request of collection.requests) {
      const checked = checkOne(request, checker, options, payload);
      const pointer = (part: RequestPart): string =>
        part === "url" ? request.urlPointer : part === "method" ? request.methodPointer : part === "headers" ? request.headerPointer : part === "body" ? request.bodyPointer : request.pointer;
      for (const { finding, severity } of applyLevel(checked.findings, levels)) {
        pending.push({ ruleId: finding.ruleId, severity, message: finding.message, path: pointer(finding.part) });
      }
      for (const m of checked.body) {
        const where = m.path === "" ? "body" : `body ${m.path}`;
        if (!bodyRanges.has(request.bodyPointer)) {
          const unchanged = request.rawBody !== undefined && request.rawBody === request.body;
          bodyRanges.set(request.bodyPointer, unchanged ? bodyPlacer(text, starts, parsed.locate.pointer(request.bodyPointer), request.body as string) : undefined);
        }
        const range = bodyRanges.get(request.bodyPointer)?.(m);
        pending.push({ ruleId: m.ruleId, severity: m.severity, message: `${where}: ${m.message}`, path: request.bodyPointer, range });
      }
      for (const m of checked.query) pending.push({ ...m, path: request.urlPointer });
    }
    const ranges = parsed.locate.pointers(pending.map((p) => p.path));
    return lintResult(
      filePath,
      null,
      sorted(pending.map(({ range, ...p }, i) => ({ ...p, ...(range ?? (ranges[i] as SourceRange)) }))),
    );
  } catch (error) {
    return lintResult(filePath, null, [internal(error)]);
  }
}

type BodyPlacer = (m: Inner) => SourceRange | undefined;

/**
 * Places a body diagnostic inside the collection's `"raw"` string: each character of the
 * body is mapped to the source offset of its (possibly escaped) character in the literal.
 */
function bodyPlacer(text: string, starts: Uint32Array, literal: SourceRange, body: string): BodyPlacer | undefined {
  let i = (starts[literal.line - 1] ?? 0) + literal.column - 1;
  if (text[i] !== '"') return undefined;
  i++;
  const offsets: number[] = [];
  while (i < text.length && text[i] !== '"') {
    offsets.push(i);
    i += text[i] === "\\" ? (text[i + 1] === "u" ? 6 : 2) : 1;
  }
  offsets.push(i);
  if (offsets.length !== body.length + 1) return undefined;
  const bodyStarts = lineStarts(body);
  const at = (line: number | undefined, column: number | undefined) => {
    const offset = (bodyStarts[(line ?? 1) - 1] ?? 0) + (column ?? 1) - 1;
    return positionAt(starts, offsets[Math.min(offset, offsets.length - 1)] as number);
  };
  return (m) => {
    if (m.line === undefined) return undefined;
    const start = at(m.line, m.column);
    const end = at(m.endLine, m.endColumn);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
}

function internal(error: unknown): LintMessage {
  const message = error instanceof Error ? error.message : String(error);
  return { ruleId: "parse", severity: 2, message: `cannot lint the requests: ${message}`, path: "", line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true };
}

/** Does this JSON text hold a Postman collection? (Cheap text check first, then its info.schema.) */
export function looksLikePostmanCollection(text: string): boolean {
  if (!text.includes("schema.getpostman.com")) return false;
  try {
    return isPostmanCollection(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  } catch {
    return false;
  }
}
