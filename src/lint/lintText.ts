import type { Diagnostic } from "../engine/diagnostic.js";
import { detectParsedKind } from "../kinds/kindDetection.js";
import { isKind, kinds, unknownKind, type Kind } from "../kinds/kinds.js";
import { lintResult, type LintMessage, type LintMessageDraft, type LintResult, type MessageFix } from "./lintResult.js";
import type { JsonEdit } from "../engine/jsonEdit.js";
import { messageFixes } from "../fix/messageFixes.js";
import { parseSource, type SourceLocator } from "../source/parseSource.js";
import type { SourceRange, Span } from "../source/range.js";
import { searchParameterOccurrences, searchParameterValues } from "../kinds/searchQuery.js";
import { pointer } from "../json/jsonPointer.js";
import { searchOccurrenceOf } from "./searchOccurrence.js";
import type { RuleSet } from "../engine/ruleSet.js";
import { pathsWithoutPayloadSecrets } from "./pathsWithoutPayloadSecrets.js";
import { pointerWithoutSecretLookalikes } from "../domain/secretLookalikes.js";
import { heldByItsText, validateWith, type RequestBodyOptions, type ValidateOptions, type YieldingOptions } from "./validate.js";
import { libraryAudience, type Audience } from "./audience.js";
import { oversizedSearchQuery } from "./oversizedQuery.js";
import { limitsOf } from "./oversizedValue.js";
import { textWording } from "../source/limitMessages.js";
import { ownOptions, ownRest, withOptions } from "./ownOptions.js";
import { ownFields } from "../engine/ownField.js";
import { holdsOrderFixes, withOrderFixesHeld } from "./heldOrderFixes.js";

/** The limits (maxDepth, maxEntries, maxValues) are ValidateOptions': here they hold the text, before it is parsed. */
export interface LintTextOptions extends ValidateOptions {
  /** The payload's kind; without it, the kind is told from the content (see detectKind). */
  readonly kind?: Kind | undefined;
  /** Reported as the result's filePath; "<text>" if not given. */
  readonly filePath?: string | undefined;
}

/** lintText's options, and (for the command line and the language server) who reads the messages: a library caller by default. */
export interface LintTextWithOptions extends LintTextOptions, YieldingOptions {
  readonly audience?: Audience;
  /** fix()'s: the kind given is the one it told from the text's content, so its fixes are held as they would be here (heldOrderFixes.ts). */
  readonly kindToldFromContent?: boolean;
}

/**
 * Lints JSON text: parse (with positions), tell the kind, validate (schema and rules),
 * and place every diagnostic at the line and column of the value its pointer names.
 * A pure function of its arguments, for services that hold the text and for the CLI.
 * Never throws on any text; an unknown kind or rule id is a TypeError, as in validate().
 */
export function lintTextWith(set: RuleSet, text: string, options: LintTextWithOptions = {}): LintResult {
  return lintTextChecked(set, text, options).result;
}

/** What lintText finds, and validate()'s diagnostics behind its messages when the text was validated (it parsed and its kind was told). */
export interface CheckedText {
  readonly result: LintResult;
  readonly diagnostics?: readonly Diagnostic[];
  /**
   * Of a request's body (inRequestBody): its findings keep their real paths, which the request
   * file's lint reads to tell a finding about a place the client fills; this hides the payload's
   * secrets and look-alikes in their paths once it has (found by the review of the stop: a key
   * that looks like a phone, redacted to `/[redacted]`, read as a field absent, and its finding
   * was dropped beside a members variable).
   */
  readonly shownPaths?: <T extends { readonly path: string }>(findings: T[]) => T[];
  /**
   * Of a request's body: its messages (real paths kept) checked again with other rules or each
   * finding that gives way kept, from the text already parsed. Parsing with positions is most
   * of a pass: a second lintTextChecked of a 10,000-item body for one warning cost ~1.5×.
   */
  readonly again?: (options: AgainOptions) => readonly LintMessage[];
}

/** What a request body's second look changes: the rules run, and whether findings that give way are kept. */
export type AgainOptions = Pick<LintTextWithOptions, "rules" | "keepYieldingFindings">;

/**
 * lintTextWith, keeping validate()'s diagnostics: a pre-submit check gives them as validate() does
 * (constraint, parameter, fix). A request file's body also says which values its client fills.
 */
export function lintTextChecked(set: RuleSet, text: string, given: LintTextWithOptions & RequestBodyOptions = {}): CheckedText {
  const options = ownOptions(given);
  const { kind: forcedKind, filePath = "<text>", maxDepth, maxEntries, maxValues, audience = libraryAudience, placeName, kindToldFromContent, ...rest } = options;
  // A rest object inherits Object.prototype: copied again, it answers only the names it holds.
  const validateOptions = ownRest(options, rest);
  if (forcedKind !== undefined && !isKind(forcedKind)) {
    throw unknownKind(forcedKind, { fn: "lintText", argument: "options.kind" });
  }
  const parsed = parseSource(text, { maxDepth, maxEntries, maxValues, limitHints: audience.limitHints, placeName });
  if (!parsed.ok) {
    const fault: LintMessageDraft = { ruleId: "parse", messageId: "parse", severity: 2, evidence: parsed.evidence, message: parsed.fault.message, path: parsed.path, ...parsed.range, fatal: true };
    return { result: lintResult(filePath, forcedKind ?? null, [fault]) };
  }
  const kind = forcedKind ?? detectParsedKind(parsed.value, validateOptions.existing !== undefined);
  if (kind === undefined) {
    const range = parsed.locate.pointer("");
    const unknown: LintMessageDraft = {
      ruleId: "kind",
      messageId: "unknownKind",
      severity: 2,
      evidence: "stated",
      message: `cannot tell which payload this is: ${audience.nameTheKind}; the kinds are ${kindList()}`,
      path: "",
      line: range.line,
      column: range.column,
      endLine: range.line,
      endColumn: range.column + 1,
    };
    return { result: lintResult(filePath, null, [unknown]) };
  }
  if (kind === "orderItemSearch" && typeof parsed.value === "string") {
    // The text's limits hold its search URL's parameters too, counted before any is split.
    const oversized = oversizedSearchQuery(parsed.value, limitsOf({ maxDepth, maxEntries, maxValues }), textWording, audience.limitHints);
    if (oversized) {
      const { ruleId, messageId, evidence, message, path } = oversized;
      return { result: lintResult(filePath, kind, [{ ruleId, messageId, severity: 2, evidence, message, path, ...parsed.locate.pointer(""), fatal: true }]) };
    }
  }
  // Told from the content, a Create Order may be an import that lacks its own fields: only the fixes both make are fixes.
  const heldFixes = (forcedKind === undefined || kindToldFromContent === true) && holdsOrderFixes(kind);
  // Validated and placed from the parsed text: a request body's second look (again) parses it no more.
  const checked = (options: typeof validateOptions) => {
    const validated = validateWith(set, kind, parsed.value, withOptions(options, { source: parsed.facts }), heldByItsText).diagnostics;
    const found = heldFixes ? withOrderFixesHeld(validated, audience.nameTheKind) : validated;
    // Each finding read as it holds its fix, place and constraint (ownFields): with none, not a polluted Object.prototype's.
    const diagnostics = found.length === 0 ? found : found.map(ownFields);
    const parameters = typeof parsed.value === "string" ? searchFindingSpans(parsed.value, (name, value) => validateWith(set, kind, { orderID: "1", [name]: value }, options, heldByItsText).diagnostics) : undefined;
    const edits = diagnostics.flatMap((d) => [d.fix, d.suggestion].filter((edit) => edit !== undefined));
    const fixes = edits.length === 0 ? undefined : fixesOf(text, edits);
    return { found, placed: place(diagnostics, parsed.locate, (edit) => fixes?.get(edit), parameters) };
  };
  const { found, placed } = checked(validateOptions);
  if (given.inRequestBody === true) {
    const shownPaths = <T extends { readonly path: string }>(findings: T[]): T[] => pathsWithoutPayloadSecrets(findings, parsed.value, parsed.facts).map((f) => ({ ...f, path: pointerWithoutSecretLookalikes(f.path) }));
    const again = (more: AgainOptions) => lintResult(filePath, kind, checked(withOptions(validateOptions, more)).placed, { keepPaths: true }).messages;
    return { result: lintResult(filePath, kind, placed, { keepPaths: true }), diagnostics: found, shownPaths, again };
  }
  return { result: lintResult(filePath, kind, pathsWithoutPayloadSecrets(placed, parsed.value, parsed.facts)), diagnostics: found };
}

/**
 * Where a finding about a parameter of a search string stands in it: the `name=value` of the
 * occurrence it is about (searchOccurrenceOf), told by checking one value beside an orderID.
 */
function searchFindingSpans(text: string, checkAlone: (name: string, value: string) => readonly Diagnostic[]): (finding: Diagnostic) => Span | undefined {
  const spans = searchParameterOccurrences(text);
  let values: Map<string, string[]> | undefined;
  return (finding) => {
    const name = finding.parameter;
    if (name === undefined) return undefined;
    const at = spans.get(name);
    if (at === undefined || at.length < 2) return at?.[0];
    values ??= searchParameterValues(text);
    const drawsAlone = (value: string) => checkAlone(name, value).some((o) => o.ruleId === finding.ruleId && o.path === pointer("", name));
    return at[searchOccurrenceOf(finding, values.get(name), drawsAlone)] ?? at[0];
  };
}

function kindList(): string {
  return kinds.map((k) => k.kind).join(", ");
}

/**
 * The findings' fixes as text edits of this text, by edit. A value whose key is repeated is
 * never fixed (which one the OMS reads is unknown), as in fix(): the planner gives its edit no
 * place (editPlaces), so it has none.
 */
function fixesOf(text: string, edits: readonly JsonEdit[]): ReadonlyMap<JsonEdit, MessageFix | undefined> {
  const fixes = messageFixes(text, edits);
  return new Map(edits.map((edit, index) => [edit, fixes[index]]));
}

/**
 * Gives each diagnostic its place: a repeated key or huge integer its own occurrence's (the
 * span its rule reported), a key too long its key, a search string's parameter its
 * `name=value` inside the string.
 */
function place(
  diagnostics: readonly Diagnostic[],
  locate: SourceLocator,
  fixOf: (edit: JsonEdit) => MessageFix | undefined,
  parameters?: (finding: Diagnostic) => Span | undefined,
): LintMessage[] {
  // A clean file (the common case) costs no walk of its text.
  if (diagnostics.length === 0) return [];
  const ranges = locate.pointers(diagnostics.map((d) => d.path));
  const atKey = diagnostics.filter((d) => d.at === "key").map((d) => d.path);
  const keyRanges = new Map(atKey.length === 0 ? [] : locate.keys(atKey).map((range, i) => [atKey[i] as string, range]));
  // A search URL's findings stand at their parameters inside the one string: placed in one walk of the text.
  const inString = diagnostics.map((d) => (d.span || d.parameter === undefined ? undefined : parameters?.(d)));
  const stringPlaces = inString.flatMap((span, i) => (span ? [{ path: diagnostics[i]!.path, from: span.offset, to: span.offset + span.length }] : []));
  const stringRanges = stringPlaces.length === 0 ? [] : locate.inStrings(stringPlaces);
  let nextStringRange = 0;
  const messages = diagnostics.map((d, i): LintMessage => {
    const range = d.span
      ? locate.span(d.span)
      : inString[i]
        ? (stringRanges[nextStringRange++] as SourceRange)
        : ((d.at === "key" ? keyRanges.get(d.path) : undefined) ?? (ranges[i] as SourceRange));
    const message: LintMessage = { ruleId: d.ruleId, messageId: d.messageId, severity: d.severity === "error" ? 2 : 1, level: d.severity, evidence: d.evidence, message: d.message, path: d.path, ...(d.constraint === undefined ? {} : { constraint: d.constraint }), ...(d.givesWayTo === undefined ? {} : { givesWayTo: d.givesWayTo }), ...(d.countedRules === undefined ? {} : { countedRules: d.countedRules }), ...range };
    const fix = d.fix && fixOf(d.fix);
    const suggestion = d.suggestion && fixOf(d.suggestion);
    return fix ? { ...message, fix } : suggestion ? { ...message, suggestion } : message;
  });
  // Stable: diagnostics at one place keep validate()'s order.
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}
