import { ownField } from "../engine/ownField.js";
import type { Diagnostic, Evidence, Severity } from "../engine/diagnostic.js";
import { constraintRules } from "../generated/schemaRules.js";
import { patternLists } from "../generated/patternLists.js";
import { pointer, valueAt } from "../json/jsonPointer.js";
import type { Shape } from "../kinds/shape.js";
import type { MissingTogether } from "./misplacedFields.js";
import { atMisspeltKey } from "./misspeltFields.js";
import { localeWording } from "./localeWording.js";
import { bigIntWording, enumWording, isoCurrencyWording, jsonTextWording, missingFieldsWording, namingField, outOfRangeWording, type MissingField } from "./schemaWording.js";
import { codePointCount } from "../source/codePoints.js";
import { isDocumentedCurrency, isoCurrencyCodeIgnoringCase } from "../domain/currencies.js";
import { echoKeywords } from "./echoKeywords.js";
import { checkedTail, listLimitNote, tailHolding, withCountedRules, type CheckedTail, type NoteWording } from "./listLimitNote.js";

/** The part of an Ajv error object oms-lint reads. */
export interface AjvError {
  readonly keyword: string;
  readonly instancePath: string;
  /** The absolute schema path (file#/pointer/keyword) of the constraint that raised it (codegen/errorSites.ts). */
  readonly constraint?: string;
  readonly message?: string;
  readonly params: Record<string, unknown>;
  /** Levels above instancePath where the schema's message for it stands (codegen/errorSites.ts). */
  readonly up?: number;
}

/** The rule of every constraint that names none with x-oms-rule. */
export const schemaRuleId = "schema";


/**
 * Where the user fixes an error: a missing property points at where it belongs
 * (`/orderPayments`), not at the object that lacks it, and a property the object may not
 * have at that property (a config's misspelt key), not at the object's opening brace.
 */
export function errorPath(error: AjvError): string {
  const property = error.keyword === "required" ? error.params.missingProperty : error.keyword === "additionalProperties" ? error.params.additionalProperty : undefined;
  const at = instancePathOf(error);
  return typeof property === "string" ? pointer(at, property) : at;
}

/** The place an error is worded at: its value's, or `up` levels above where its message's subschema stands. */
export function instancePathOf(error: AjvError): string {
  // Ajv's error objects inherit Object.prototype: `up` is read only where ajv-errors' message set it.
  const up = ownField(error, "up");
  if (!up) return error.instancePath;
  const parts = error.instancePath.split("/");
  return parts.slice(0, parts.length - up).join("/");
}

/** The severity of a structural rule's finding of this evidence; undefined when the rule is off. */
export type StructuralSeverity = (ruleId: string, evidence: Evidence) => Severity | undefined;

const allErrors: StructuralSeverity = () => "error";

/** The payload the errors are about: given, messages quote its values and name its fields. */
export interface Payload {
  readonly value: unknown;
  /** The names the schemas know at each place (src/generated/shapes.ts), to tell a misspelt key. */
  readonly shape?: Shape;
  /** Its kind, for the names the documents use of a field (src/domain/documentsWords.ts). */
  readonly kind?: string;
}

/** The missing fields of one object, reported once (they share rule, evidence and severity). */
interface MissingGroup {
  readonly at: number;
  readonly objectPath: string;
  readonly fields: MissingField[];
  /** The constraint that requires them all; undefined once two constraints do (an if/then's beside the object's own). */
  constraint: string | undefined;
}

/**
 * Turns the errors of a generated validator into diagnostics. The wording comes from the
 * schema (its `errorMessage`, put in the generated code by codegen/errorSites.ts); only
 * where a schema has none does Ajv's own stand.
 * Each gets the rule and evidence its constraint names (x-oms-rule, x-oms-evidence), else
 * the rule "schema", stated; its messageId is the failing keyword.
 *
 * Given the payload, the messages say what a user needs to fix it: each names its field,
 * an enum (or a list matched in any letter case, a pattern: src/generated/patternLists.ts) quotes
 * the refused value and the nearest allowed one, and an object that lacks
 * several required fields is one finding at that object, listing them (one cause: the
 * object is incomplete). A value is one finding of a rule: `locale: 5` fails the shared
 * schema's type and Create Order's list of codes, and is reported once.
 */
export function schemaDiagnostics(errors: readonly AjvError[] | null | undefined, severityOf: StructuralSeverity = allErrors, payload?: Payload): Diagnostic[] {
  return schemaFindings(errors, severityOf, payload).diagnostics;
}

/** The findings of schemaDiagnostics, and the groups of missing fields that atMisplacedKeys may place in part. */
export interface SchemaFindings {
  readonly diagnostics: Diagnostic[];
  /** Each finding at an object that lacks several fields, with those fields (see MissingTogether). */
  readonly groups: ReadonlyMap<Diagnostic, MissingTogether>;
  /**
   * Each list's note, and its wording for the findings the user is shown: worded here for the
   * schema check's, and again once the rules' are known (src/lint/listLimitNote.ts, notesWordedFor).
   */
  readonly notes: ReadonlyMap<Diagnostic, NoteWording>;
  /** The lists whose check went on past its note, counting what it did not list there: the notes not shown (their rule off) too. */
  readonly tails: readonly CheckedTail[];
}

/**
 * schemaDiagnostics' findings, a missing field that stands misspelt in its object placed at
 * that key; one put in another object is left to atMisplacedKeys (src/lint/misplacedFields.ts),
 * which places every finding of the payload at once.
 */
export function schemaFindings(errors: readonly AjvError[] | null | undefined, severityOf: StructuralSeverity = allErrors, payload?: Payload, gaveWay?: ReadonlySet<string>): SchemaFindings {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const seenRequired = new Set<string>();
  const groups = new Map<string, MissingGroup>();
  const tails: CheckedTail[] = [];
  /** The tails of notes not shown (their rule off): asked by the counted give-way only. */
  const countedPast: CheckedTail[] = [];
  const tailOfNote = new Map<Diagnostic, CheckedTail>();
  for (const error of errors ?? []) {
    if (echoKeywords.has(error.keyword)) continue;
    const { ruleId, evidence, uncertain, named } = findingRule(error, payload);
    // Within a limit that is itself only our reading by one count: nothing to say for certain, nor to warn twice.
    if (uncertain && named.evidence !== "stated") continue;
    const severity = severityOf(ruleId, evidence);
    if (severity === undefined) {
      // The note's rule off (`schema: "off"`): no note, but the check still only counted past it, and
      // the rules' findings that give way to what it counted there still do (countedGiveWay.ts): 1,000
      // lines without a partNumber, then a `partnumber` line, stayed invalid under `unknown-property:
      // "error"`, though that line alone is valid (found by the review of the counted give-way).
      const unshown = error.keyword === "errorLimit" ? checkedTail(error.instancePath, error.params) : undefined;
      if (unshown) countedPast.push(unshown);
      continue;
    }
    // Past a list's note, only errors are listed; its warnings are counted on the note.
    const tail = severity === "warning" && tails.length > 0 && error.keyword !== "errorLimit" ? tailHolding(tails, error.instancePath) : undefined;
    if (tail) {
      tail.dropped++;
      continue;
    }
    // One message for an object's missing properties as a whole is one finding, at the first.
    if (error.keyword === "required") {
      const whole = `${instancePathOf(error)}\u0000${error.message}`;
      if (seenRequired.has(whole)) continue;
      seenRequired.add(whole);
    }
    const path = errorPath(error);
    const message = uncertain ? lengthUnitsWording(path, uncertain) : payload ? payloadWording(error, path, payload) : (error.message ?? `fails the schema's ${error.keyword} constraint`);
    // One finding per value and rule (the schema's note that it stopped checking a list stands apart).
    const opensTail = error.keyword === "errorLimit" && typeof error.params.unlisted === "number";
    const key = !payload || error.keyword === "errorLimit" ? `${path}\u0000${message}${opensTail ? "\u0000tail" : ""}` : `${path}\u0000${ruleId}`;
    if (seen.has(key)) {
      // Two passes over one list (Create Order's own and the shared one) may both go on past their notes at one element: one note counts what both left unlisted.
      if (opensTail) sameTail(tails, path, error.params);
      continue;
    }
    seen.add(key);
    const missing = error.keyword === "required" ? error.params.missingProperty : undefined;
    // A list's note carries no constraint of its own: not one a polluted Object.prototype answers.
    const constraint = ownField(error, "constraint");
    if (payload && typeof missing === "string") {
      const groupKey = `${instancePathOf(error)}\u0000${ruleId}\u0000${evidence}\u0000${severity}`;
      const group = groups.get(groupKey);
      if (group) {
        group.fields.push({ name: missing, message, constraint: constraint });
        if (group.constraint !== constraint) group.constraint = undefined;
        continue;
      }
      groups.set(groupKey, { at: diagnostics.length, objectPath: instancePathOf(error), fields: [{ name: missing, message, constraint: constraint }], constraint: constraint });
    }
    const finding = withConstraint({ ruleId, messageId: error.keyword, severity, evidence, message, path }, constraint);
    diagnostics.push(finding);
    const opened = error.keyword === "errorLimit" ? checkedTail(error.instancePath, error.params) : undefined;
    if (opened) {
      tails.push(opened);
      tailOfNote.set(finding, opened);
    }
  }
  // The problems a list's check counted past its note that give way to a rule's finding (countedGiveWay.ts): no problem the note counts.
  if (gaveWay !== undefined && tails.length > 0) {
    for (const place of gaveWay) {
      const tail = tailHolding(tails, place.slice(0, place.indexOf("\u0000")));
      if (tail) tail.gaveWay++;
    }
  }
  /** Findings that stand in place of one: a group whose fields are missing in part as misspelt keys. */
  const standIns = new Map<number, Diagnostic[]>();
  const together = new Map<Diagnostic, MissingTogether>();
  for (const { at, objectPath, fields, constraint } of groups.values()) {
    if (fields.length < 2) {
      if (payload) diagnostics[at] = atMisspeltKey(diagnostics[at] as Diagnostic, objectPath, (fields[0] as MissingField).name, payload.value, payload.shape, payload.kind);
      continue;
    }
    const { ruleId, messageId, severity, evidence } = diagnostics[at] as Diagnostic;
    const whole = (missing: readonly MissingField[], shared: string | undefined) =>
      withConstraint({ ruleId, messageId, severity, evidence, message: missingFieldsWording(objectPath, missing, evidence === "stated"), path: objectPath }, shared);
    diagnostics[at] = whole(fields, constraint);
    if (!payload) continue;
    // A field that a misspelt key stands for is its own finding at that key (one mistake, one
    // finding, as when it is the only one missing); the rest stay one finding at the object.
    const singles = fields.map((field) => withConstraint({ ruleId, messageId, severity, evidence, message: field.message, path: pointer(objectPath, field.name) }, field.constraint));
    const spelt = singles.map((single, index) => atMisspeltKey(single, objectPath, (fields[index] as MissingField).name, payload.value, payload.shape, payload.kind));
    const left = singles.filter((_, index) => (spelt[index] as Diagnostic).at !== "key");
    const fieldOf = new Map(singles.map((single, index) => [single, fields[index] as MissingField]));
    // The constraint that requires them all, if one does.
    const wholeOf = (some: readonly Diagnostic[]) => {
      const missing = some.map((single) => fieldOf.get(single) as MissingField);
      return whole(missing, new Set(missing.map((field) => field.constraint)).size === 1 ? missing[0]?.constraint : undefined);
    };
    const rest = left.length === fields.length ? (diagnostics[at] as Diagnostic) : left.length > 1 ? wholeOf(left) : left[0];
    // Those left may stand in another object: atMisplacedKeys places them, with every other finding of the payload.
    if (rest !== undefined && left.length > 1) together.set(rest, { singles: left, together: wholeOf });
    if (left.length < fields.length) standIns.set(at, [...(rest === undefined ? [] : [rest]), ...spelt.filter((finding) => finding.at === "key")]);
  }
  if (standIns.size > 0) diagnostics.splice(0, diagnostics.length, ...diagnostics.flatMap((finding, at) => standIns.get(at) ?? [finding]));
  const notes = new Map<Diagnostic, NoteWording>();
  for (let at = 0; at < diagnostics.length; at++) {
    const finding = diagnostics[at] as Diagnostic;
    if (finding.messageId !== "errorLimit") continue;
    // A warning too: the schema rule at "warn" leaves its note one, whatever errors the note counted.
    const before = diagnostics.slice(0, at);
    const worded: NoteWording = (shown, countedRules) => {
      // ESLint's pass (countedRules) knows no rule's level: its note says nothing of the levels of what it counted.
      const note = listLimitNote(finding, before, tailOfNote.get(finding), shown, countedRules !== true);
      return countedRules ? withCountedRules(note, before) : note;
    };
    diagnostics[at] = worded(diagnostics);
    notes.set(diagnostics[at] as Diagnostic, worded);
  }
  return { diagnostics, groups: together, notes, tails: countedPast.length === 0 ? tails : [...tails, ...countedPast] };
}

/**
 * A list's note is one of a pass: Create Order's items are checked by order.json's pass and by
 * Create Order's own, each with its own limit. Where one stopped at an element (its problems held
 * an error) and the other went on past its note at the same element, the two notes were one
 * message at one place, and the stopped pass's note was dropped as a copy: 1,201 lines of quantity 0
 * and availability "Q" showed only the other's warning that the rest "lists each" error, and the 201
 * availability errors past line 1,000 went unlisted, with no error-level note (trust audit of the
 * caps). So a note that went on is told apart from one that stopped; two that went on at one
 * element are one note, counting what both left unlisted.
 */
function sameTail(tails: readonly CheckedTail[], path: string, params: Readonly<Record<string, unknown>>): void {
  const other = checkedTail(path, params);
  const tail = other && tails.find(({ list, from }) => list === other.list && from === other.from);
  if (tail && other) tail.unlisted += other.unlisted;
}

/** The rule and evidence of an error's finding: its constraint's, or schema/length-units' where the two counts of a string's length disagree. */
export function findingRule(error: AjvError, payload: Payload | undefined): { readonly ruleId: string; readonly evidence: Evidence; readonly uncertain: UncertainLength | undefined; readonly named: ReturnType<typeof constraintRule> } {
  const named = constraintRule(ownField(error, "constraint"));
  const uncertain = payload && (error.keyword === "maxLength" || error.keyword === "minLength") ? uncertainLength(error, payload.value) : undefined;
  return uncertain ? { ruleId: lengthUnitsRuleId, evidence: "inferred", uncertain, named } : { ruleId: named.ruleId, evidence: named.evidence, uncertain, named };
}

/** The rule of a string whose stated length limit the two counts of its characters (code points, UTF-16 units) disagree on. */
export const lengthUnitsRuleId = "schema/length-units";

/** A string's length by both counts, when they disagree about its limit. */
interface UncertainLength {
  readonly bound: "maximum" | "minimum";
  readonly units: number;
  readonly codePoints: number;
  readonly limit: number;
}

/**
 * A length limit the string meets by one count of its characters and misses by the other
 * (codegen's lengthBeforeCount checks a maximum by UTF-16 units, a minimum by code points):
 * the documents count "characters" without saying how, so only a string past the limit by
 * both counts is refused for certain. A maximum its code points keep within, a minimum its
 * units reach.
 */
function uncertainLength(error: AjvError, value: unknown): UncertainLength | undefined {
  const text = valueAt(value, error.instancePath);
  const limit = error.params.limit;
  if (typeof text !== "string" || typeof limit !== "number") return undefined;
  if (error.keyword === "minLength") return text.length >= limit ? { bound: "minimum", units: text.length, codePoints: codePointCount(text), limit } : undefined;
  const codePoints = codePointCount(text);
  return codePoints <= limit ? { bound: "maximum", units: text.length, codePoints, limit } : undefined;
}

function lengthUnitsWording(path: string, { bound, units, codePoints, limit }: UncertainLength): string {
  const unknown = "the documents do not say how they count characters";
  if (bound === "minimum") {
    return namingField(`is ${codePoints} characters long counted as code points, short of the documents' minimum of ${limit}, but ${units} counted as UTF-16 units, enough: ${unknown}, and an OMS that counts code points refuses it (our reading)`, path);
  }
  return namingField(`is ${codePoints} characters long counted as code points, within the documents' maximum of ${limit}, but ${units} counted as UTF-16 units, past it: ${unknown}, and an OMS that counts UTF-16 units (as Java's String.length() does) refuses it (our reading)`, path);
}

/**
 * The rule of each constraint that names one, as a Map: every error names its constraint, and
 * most name none of these; a miss on the object, keyed by a string JSON.parse made (not
 * internalized), cost V8 a string-table search each time (an empty body's 12 errors: +20%).
 */
const ruleOfConstraint = new Map(Object.entries(constraintRules));

/** The rule and evidence of a constraint: those it names, else the rule "schema", stated. */
function constraintRule(constraint: string | undefined): { readonly ruleId: string; readonly evidence: Evidence } {
  const named = constraint === undefined ? undefined : ruleOfConstraint.get(constraint);
  return named === undefined ? { ruleId: schemaRuleId, evidence: "stated" } : { ruleId: named.rule, evidence: named.evidence };
}

/** The finding with its constraint, when it has one (no `constraint: undefined` for a caller to print). */
function withConstraint(finding: { -readonly [K in keyof Diagnostic]: Diagnostic[K] }, constraint: string | undefined): Diagnostic {
  if (constraint !== undefined) finding.constraint = constraint;
  return finding;
}

/**
 * Where an enum stands whose value may also be a comma-separated list of its values: the first
 * alternative of an `anyOf` whose second takes the list (the search's itemState, as the
 * document lets "multiple terms of the same parameter" be given).
 */
const commaListEnum = "/anyOf/0/enum";

/** The rule of the one enum whose documents say their list is not the whole of it (paymentType's codes "vary depending on implementation"). */
const openListRule = "schema/payment-type";

/** A message in the words the payload calls for: the field named, an enum's value quoted. */
function payloadWording(error: AjvError, path: string, payload: Payload): string {
  const message = namingField(error.message ?? `fails the schema's ${error.keyword} constraint`, path);
  const value = valueAt(payload.value, instancePathOf(error));
  // JSON.parse reads a number past the double range (1e999) as Infinity: the schema's "must be a number" needs the range said.
  if (typeof value === "number" && !Number.isFinite(value)) return outOfRangeWording(message, value);
  if (typeof value === "bigint") return bigIntWording(message);
  if (typeof value === "string" && error.keyword === "type" && instancePathOf(error) === "") {
    return ownField(error, "constraint")?.startsWith("orderItemSearch.json#") ? jsonTextWording(message, value, "the search's parameters are") : jsonTextWording(message, value);
  }
  // A list matched in any letter case is a pattern (Create Order's locale): worded as the enum it stands for.
  const listed = error.keyword === "pattern" ? patternLists.get(ownField(error, "constraint") ?? "") : undefined;
  if (listed !== undefined) return localeWording(message, value, listed);
  if (error.keyword !== "enum") return message;
  // A currency that ISO 4217 has (ZAR, in any letter case: "zar") is no misspelling of one of Create Order's 35, on an
  // order or an import: no "did you mean QAR?" (following it would charge in another country's money; found by the
  // evidence audit, which saw the import's wording but Create Order's "did you mean"). One of the 35 in other case
  // ("usd") keeps enumWording's "listed as". A code ISO 4217 no longer has or never had (RMB, NTD, TRL) is guarded
  // there: of short codes enumWording offers only the same letters (shortCodeNear), never RUB for RMB.
  const iso = path === "/currency" ? isoCurrencyCodeIgnoringCase(value) : undefined;
  if (iso !== undefined && !isDocumentedCurrency(iso)) return isoCurrencyWording(message, value as string, iso);
  const constraint = ownField(error, "constraint");
  return enumWording(message, value, error.params.allowedValues as unknown[] | undefined, {
    commaList: constraint?.endsWith(commaListEnum) === true,
    openList: constraintRule(constraint).ruleId === openListRule,
  });
}
