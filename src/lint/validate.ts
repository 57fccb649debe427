import { ownField } from "../engine/ownField.js";
import { summarize, type Diagnostic, type ValidationResult } from "../engine/diagnostic.js";
import { sortInDocumentOrder } from "../engine/documentOrder.js";
import { isKind, kindInfo, kinds, unknownKind, type Kind } from "../kinds/kinds.js";
import type { ExistingRecord, SourceFacts } from "../engine/rule.js";
import { configureRules, type RulesConfig } from "../engine/ruleConfig.js";
import { ruleSeverity, runRules, severityForEvidence, type RunOptions } from "../engine/ruleEngine.js";
import type { RuleSet } from "../engine/ruleSet.js";
import { schemaFindings, type SchemaFindings, type StructuralSeverity } from "./schemaDiagnostics.js";
import { errorSeverity } from "./errorSeverity.js";
import { countedGiveWay, type CountedGiveWay } from "./countedGiveWay.js";
import { notesWordedFor } from "./listLimitNote.js";
import { schemaVerdict, type GeneratedValidator } from "./schemaVerdict.js";
import { rulesAtMisspeltKeys } from "./misspeltFields.js";
import { atMisplacedKeys } from "./misplacedFields.js";
import { missingFieldAt } from "./missingFinding.js";
import { markedGivingWay, oneFindingPerCause } from "./oneCause.js";
import { addedClaims, linesPastStopsAlone, unlistedGivingWay, withGivingWay, type CheckedAlone } from "./stoppedListLines.js";
import { searchObjectRead, searchStringSubject, withEveryValueRefused, withNumbersSent, withSearchFacts } from "./searchSubject.js";
import { segments } from "../json/jsonPointer.js";
import { unlessUnreadable } from "./unreadableValue.js";
import { oversizedDiagnostic, type LimitOptions } from "./oversizedValue.js";
import { oversizedSearchQuery } from "./oversizedQuery.js";
import { valueWording } from "../source/limitMessages.js";
import { oversizedPlace, writtenOtherwise } from "../json/oversizedPlace.js";
import { asSent, isSentFinding } from "./asSent.js";
import { prototypeAnswersFields } from "../json/unsentKeys.js";
import { nullPrototypeCopy } from "../json/nullPrototypeCopy.js";
import { ownOptions } from "./ownOptions.js";
import { withUnsentKeysNamed } from "./unsentKeyNote.js";
import { withUnwritable } from "./unwritableValue.js";
import { withNonFiniteNamed } from "./nonFiniteNumbers.js";
import { withCollectionsNamed, type CollectionWritten } from "./collectionsNamed.js";
import type { UnwritablePlace } from "../json/writtenValue.js";
import { bytesPayload } from "./bytesPayload.js";
import { webFormPayload } from "./webFormPayload.js";
import type { StructureLimits } from "../source/entryCount.js";
import { checkSettings, type Settings } from "../domain/settings.js";
import { readExistingRecord } from "./existingRecord.js";
import { withInvisibleNamed } from "../source/invisibleCharacters.js";
import { withoutSecrets } from "../domain/secretFields.js";
import * as validators from "../generated/validators.js";
import { shapes } from "../generated/shapes.js";
import { holdsJsonText } from "./schemaWording.js";
import { pathsWithoutPayloadSecrets } from "./pathsWithoutPayloadSecrets.js";
import type { PlaceName } from "../source/placeName.js";

export interface ValidateOptions extends LimitOptions {
  /** Rule levels and options: `{ "tax-rate-cap": "warn", "unknown-property": "off" }`. */
  readonly rules?: RulesConfig | undefined;
  /** Tenant settings: skipInternationalTax, onBlocks, customNoOperationTypes, certifiedPartNumbers. */
  readonly settings?: Settings | undefined;
  /** For a custom data PUT: the record being replaced, so its name can be checked. */
  readonly existing?: ExistingRecord | undefined;
}

/** What lintText hands validateWith beside the public options: facts of the text it parsed. */
export interface SourceOptions extends RequestBodyOptions {
  /** Facts from the source text (duplicate keys, huge integers), when the caller parsed it. */
  readonly source?: SourceFacts;
}

/** What a request file's lint hands lintText for a body: the values the client fills (RuleContext.filledByClient), and that it is one (RuleContext.inRequestBody). */
export interface RequestBodyOptions {
  readonly filledByClient?: (pointer: string) => boolean;
  readonly inRequestBody?: boolean;
  /** How a parse fault names a place of the body: in the request file, where the body stands in one (parseSource's placeName). */
  readonly placeName?: PlaceName;
}

/** For a caller that shows each rule's findings apart, with levels oms-lint does not know. */
export interface YieldingOptions {
  /**
   * Keep the findings that give way to another of the same cause (src/lint/oneCause.ts),
   * each naming the rules it gives way to (givesWayTo): ESLint's plugin makes one pass for the
   * rules ESLint runs and reports each rule's findings apart, a finding only where ESLint runs
   * none of the rules it gives way to (src/eslint/eslintRules.ts).
   */
  readonly keepYieldingFindings?: boolean;
}

/**
 * A value read from text (a parsed body, a URL's query): the text was held to the limits
 * before it was parsed, and what it holds grows with its length.
 */
export const heldByItsText = "held by its text";

/**
 * Validates a payload of the given kind against its schema (the structural rules of the
 * set), then every other rule of the set enabled for the kind. Never throws for any JSON
 * value; an unknown kind, rule or option is a TypeError. A caller's value is first held to
 * `limits`: past one, it gets that one finding, and nothing else reads it.
 */
export function validateWith(
  set: RuleSet,
  kind: Kind,
  value: unknown,
  given: ValidateOptions & SourceOptions & Pick<RunOptions, "keepEveryFix"> & YieldingOptions,
  limits: StructureLimits | typeof heldByItsText,
  /** Given within the check again of lines past a list's stopped note (stoppedListLines.ts), which checks no lines again itself: its schema check's errors are put here. */
  checkedAlone?: { errors?: GeneratedValidator["errors"] },
): ValidationResult {
  // The command line's, the language server's and the plugin's options come here unchecked by createLinter: read as their own properties say.
  const options = ownOptions(given);
  if (!isKind(kind)) {
    throw unknownKind(kind, { fn: "validate", valueFollows: true });
  }
  const configured = configureRules(set, options.rules);
  checkSettings(options.settings);
  const existing = readExistingRecord(options.existing);
  // A search given as a URL or query string is checked as the parameters it holds; the
  // string has no inner pointers, so every diagnostic then points at the whole string and
  // names its parameter, where lintText places it.
  // Asked through unlessUnreadable: instanceof reads the prototype, which a revoked Proxy or a trap may refuse.
  const sentLimits = limits === heldByItsText ? undefined : limits;
  const bytes = unlessUnreadable(value, (given) => {
    const found = bytesPayload(given) ?? webFormPayload(given, kind);
    return found === undefined ? [] : [found];
  }, sentLimits);
  if (bytes.length > 0) return summarize(bytes);
  if (kind === "orderItemSearch" && typeof value === "string" && limits !== heldByItsText) {
    const oversized = oversizedSearchQuery(value, limits, valueWording);
    if (oversized) return summarize([oversized]);
  }
  // JSON text is no URL: checked as the string it is, it is the schema's one finding, which says to parse it.
  // A search string that is JSON text (an object's or an array's, as JSON.stringify wrote it) is no URL or query string: one finding says so.
  const search = kind === "orderItemSearch" && typeof value === "string" && !holdsJsonText(value) ? searchStringSubject(value) : undefined;
  const subject = search === undefined ? value : search.parameters;
  let inString = search !== undefined;
  let source = withSearchFacts(options.source, search);
  const sorted = unlessUnreadable(subject, (given) => {
    let checked = given;
    let unwritable: readonly UnwritablePlace[] = [];
    let nonFinite: ReadonlyMap<string, number> | undefined;
    let collections: ReadonlyMap<string, CollectionWritten> | undefined;
    /** The body as JSON.stringify sent it, when that is not the value in hand. */
    let sentCopy: unknown;
    // Every reader after this walks each path of the value (the schema, the rules, the
    // redaction of secrets): counted first, a value that shares its objects cannot make them
    // walk 2^28 paths.
    if (limits !== heldByItsText) {
      const oversized = oversizedPlace(given, limits);
      if (oversized === writtenOtherwise) {
        // A Date or a decimal in the value: checked as the text JSON.stringify sends.
        const sent = asSent(given, limits);
        if (sent && isSentFinding(sent)) return [sent.finding];
        if (sent) ({ value: checked, unwritable, nonFinite, collections } = sent);
        sentCopy = checked;
        // A boxed string, or a toJSON answering one: the search's URL or query string, as a string is read.
        if (kind === "orderItemSearch" && typeof checked === "string" && !holdsJsonText(checked)) {
          const tooMany = oversizedSearchQuery(checked, limits, valueWording);
          if (tooMany) return [tooMany];
          const read = searchStringSubject(checked);
          checked = read.parameters;
          source = withSearchFacts(options.source, read);
          inString = true;
        }
      } else if (oversized !== undefined) return [oversizedDiagnostic(oversized, limits)];
    }
    // The object form with a parameter given more than once, as Express's req.query holds it: read as the URL form reads the repeat.
    const repeats = kind === "orderItemSearch" && !inString ? searchObjectRead(checked) : undefined;
    if (repeats) {
      checked = repeats.parameters;
      source = withSearchFacts(source, repeats.subject);
    }
    // A search's parameters, read from its string or its repeats, are objects built here: with
    // Object.prototype answering a field's name, they would inherit it as a body JSON.parse builds would.
    // So are those of a request file's URL (checkQuery), handed here as held by their text: a search
    // without `page` was told "page must be a positive integer" when Object.prototype held one.
    if ((inString || repeats || limits === heldByItsText) && prototypeAnswersFields()) checked = nullPrototypeCopy(checked);
    const found: Diagnostic[] = [];
    let groups: SchemaFindings["groups"] | undefined;
    let notes: SchemaFindings["notes"] | undefined;
    let tails: SchemaFindings["tails"] = [];
    /** The schema check's errors, where a list's check may have stopped at a note. */
    let schemaErrors: GeneratedValidator["errors"];
    // The rules' findings first: a list's check asks them what each of its problems gives way to (countedGiveWay.ts).
    const past: Diagnostic[] = [];
    const ruleFindings = rulesAtMisspeltKeys(runRules(set, configured, kind, checked, runOptionsOf(options, existing, source, past, checked)), checked, shapes[kind], kind);
    // A rule's findings past its own 1,000, placed as its listed ones are: only the give-way step asks them.
    const unlisted = past.length === 0 ? past : rulesAtMisspeltKeys(past, checked, shapes[kind], kind);
    let beside: CountedGiveWay | undefined;
    if (set.structural) {
      const validator = (validators as Record<string, GeneratedValidator>)[kindInfo[kind].validator] as GeneratedValidator;
      const severityOf: StructuralSeverity = (ruleId, evidence) => {
        const rule = set.byId.get(ruleId);
        return rule ? ruleSeverity(rule.meta, configured, severityForEvidence(evidence)) : undefined;
      };
      const payload = { value: checked, shape: shapes[kind], kind };
      beside = countedGiveWay(set, ruleFindings, unlisted, payload, options.keepYieldingFindings !== true);
      const verdict = schemaVerdict(validator, checked, errorSeverity(severityOf, payload, beside));
      if (typeof verdict !== "boolean") found.push(verdict);
      else if (!verdict) {
        schemaErrors = validator.errors;
        const schema = schemaFindings(schemaErrors, severityOf, payload, beside?.gaveWay);
        for (const diagnostic of withNumbersSent(withEveryValueRefused(schema.diagnostics, ownField(source, "repeatedParameters")), repeats?.sentNumbers)) found.push(diagnostic);
        groups = schema.groups;
        notes = schema.notes;
        tails = schema.tails;
      }
    }
    for (const diagnostic of ruleFindings) found.push(diagnostic);
    const pastNotes = beside?.pastNotes(tails);
    // The lines past a list's stopped note that hold a finding that may give way, checked again as alone (stoppedListLines.ts).
    if (checkedAlone !== undefined) checkedAlone.errors = schemaErrors;
    // The rules' findings past their 1,000 among them: a rule's note that more are not listed stands for those (oneCause.ts).
    const alone =
      checkedAlone === undefined && schemaErrors
        ? linesPastStopsAlone(set, unlisted.length === 0 ? ruleFindings : [...ruleFindings, ...unlisted], schemaErrors, checked, shapes[kind], (lines) => checkedAsAlone(set, kind, lines, options))
        : undefined;
    // Every finding at once, the schema's and the rules' (and the problems only counted past a note): a key that two of them could claim is claimed by neither.
    const { findings: placed, unlisted: unlistedPlaced } = atMisplacedKeys(found, checked, shapes[kind], groups, addedClaims(pastNotes?.claims, alone?.claims), unlisted);
    // A service logs these messages: none quotes a card number, password, e-mail or phone, the
    // places JSON.stringify cannot write among them (their message names the place's pointer).
    const counted = unlistedGivingWay(pastNotes?.rulesGivingWay, unlistedPlaced, alone?.giving);
    const pastLimits = { counted, unlisted: unlistedPlaced, unsure: pastNotes?.unsure };
    const yielding = options.keepYieldingFindings ? markedGivingWay(set, placed, pastLimits) : oneFindingPerCause(set, placed, pastLimits);
    const settled = alone === undefined ? yielding : withGivingWay(yielding, alone.giving, options.keepYieldingFindings === true);
    const oneEach = notes === undefined || notes.size === 0 ? settled : notesWordedFor(settled, notes, options.keepYieldingFindings === true);
    const cleaned = withoutSecrets(checked, withUnwritable(withCollectionsNamed(withNonFiniteNamed(oneEach, nonFinite), collections), unwritable), options.source);
    // A search string's findings in the order of its parameters, as lintText places them.
    const ordered = sortInDocumentOrder(checked, cleaned);
    // A field missing from the body sent that the object in hand holds unsent: the finding says why.
    const named = sentCopy === undefined || sentCopy === given || checked !== sentCopy ? ordered : withUnsentKeysNamed(ordered, given, sentCopy, shapes[kind]);
    // A library caller's paths leave here: the payload's secrets out of them as out of the messages. A text's findings are placed by their paths first (lintText).
    return limits === heldByItsText ? named : pathsWithoutPayloadSecrets(named, checked, options.source);
  }, sentLimits);
  const diagnostics = inString ? sorted.map(asInString) : sorted;
  return summarize(diagnostics.map(withVisibleMessage));
}

/** A payload of lines past a list's stopped note validated as alone, each finding that gives way kept, with its schema check's errors (stoppedListLines.ts). */
function checkedAsAlone(set: RuleSet, kind: Kind, lines: unknown, options: RunOptions & ValidateOptions): CheckedAlone {
  const out: { errors?: GeneratedValidator["errors"] } = {};
  const { diagnostics } = validateWith(set, kind, lines, { rules: options.rules, settings: options.settings, existing: options.existing, keepYieldingFindings: true }, heldByItsText, out);
  return { diagnostics, errors: out.errors };
}

/**
 * What the rules are run with, every name its own (a name left out would be read off a polluted
 * Object.prototype): one shape for every call, where an object of no prototype is a dictionary
 * V8 reads slower (validate() took 11% longer, interleaved runs, best of ten).
 */
function runOptionsOf(options: RunOptions, existing: ExistingRecord | undefined, source: SourceFacts | undefined, unlisted: Diagnostic[], value: unknown): RunOptions {
  return { settings: options.settings, existing, source, filledByClient: options.filledByClient, inRequestBody: options.inRequestBody, keepEveryFix: options.keepEveryFix, unlisted, lacksField: (path: string) => missingFieldAt(path, value) !== undefined } as RunOptions;
}

/** A message names the invisible characters a key or value quotes (invisibleCharacters.ts), rather than hold them raw. */
function withVisibleMessage(diagnostic: Diagnostic): Diagnostic {
  const message = withInvisibleNamed(diagnostic.message);
  return message === diagnostic.message ? diagnostic : { ...diagnostic, message };
}

/** A finding about a parameter of a search string: its pointer is the string's, and it names the parameter. */
function asInString(diagnostic: Diagnostic): Diagnostic {
  if (diagnostic.path === "") return diagnostic;
  const parameter = segments(diagnostic.path)[0] as string;
  return { ...diagnostic, path: "", parameter };
}
