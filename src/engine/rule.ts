import type { Diagnostic, Evidence, Severity } from "./diagnostic.js";
import type { MessageData } from "./messageTemplate.js";
import type { JsonEdit } from "./jsonEdit.js";
import type { Kind } from "../kinds/kinds.js";
import type { Settings } from "../domain/settings.js";
import type { Span } from "../source/range.js";
import type { Operation } from "../requests/endpoints.js";
import type { EndpointMatch } from "../requests/matchEndpoint.js";
import type { RequestEntry, RequestPart, UrlPart } from "../requests/requestEntry.js";
import type { RequestBody } from "../requests/requestBodyShape.js";
import type { LocatedHash, LocatedItem, LocatedPayment } from "../domain/payloadParts.js";

/** A passage of the vendor's documents that a rule encodes. */
export interface RuleSource {
  /** The document, e.g. "Create Order" (seeds/004). */
  readonly document: string;
  /** The words the rule rests on, quoted. */
  readonly passage: string;
}

/**
 * What a rule is, as data (ESLint's rule meta): the engine, the CLI, the config, SARIF and
 * the docs read it; the engine knows no rule but through it.
 */
export interface RuleMeta {
  readonly id: string;
  readonly description: string;
  /** error or warning; SPEC §3: what the evidence allows (inferred is never an error). */
  readonly defaultSeverity: Severity;
  /**
   * How sure we are that the OMS enforces it (SPEC §3): stated (the documents say so),
   * advised (the documents recommend it), inferred (our reading). Every finding carries it.
   */
  readonly evidence: Evidence;
  /** The payload kinds the rule applies to; a request rule has `target: "request"` instead. */
  readonly kinds?: readonly Kind[];
  /**
   * For a kind whose own document does not give the rule's passage, or gives it in words that
   * do not say what the rule's evidence needs (no "should" for an advice): how we read the
   * passage there, added to every message of the rule's findings on that kind, so that a
   * finding never credits that kind's document with what it does not say (SPEC §3). Those
   * findings carry the evidence `inferred`, whatever the rule's own evidence elsewhere.
   */
  readonly kindNotes?: Readonly<Partial<Record<Kind, string>>>;
  /** "request": the rule checks an HTTP request of a .http file or a Postman collection. */
  readonly target?: "request";
  readonly source: RuleSource;
  /** Message templates keyed by message id, with `{{placeholders}}`. */
  readonly messages: Readonly<Record<string, string>>;
  /** JSON Schema of the rule's options object; a rule without one takes no options. */
  readonly optionsSchema?: Readonly<Record<string, unknown>>;
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
  /**
   * Whether the rule's reports carry a `fix` that mends them without changing the order's meaning
   * (on a finding whose evidence is inferred, the engine makes it the diagnostic's `suggestion`).
   */
  readonly fixable?: boolean;
  /**
   * One cause, one finding (src/lint/oneCause.ts): whether this rule's finding `own` only
   * repeats the cause of `other`, another rule's finding, which then is the one finding.
   * unknown-property's "did you mean" at a key where a missing field's finding stands
   * (`at: "key"`, moved to its misspelt or misplaced key); unsafe-integer's rounding where
   * the schema refuses a number at all.
   */
  readonly yieldsTo?: (own: Diagnostic, other: Diagnostic) => boolean;
  /**
   * The other way round: whether this rule's finding `own` makes `other` moot, so that only
   * `own` stands (a read-only field to leave out: what its value's type is no longer matters).
   */
  readonly outweighs?: (own: Diagnostic, other: Diagnostic) => boolean;
  /**
   * Set on the structural rules: their findings come from the precompiled schema validators
   * (a constraint names its rule with `x-oms-rule`), not from a check of their own.
   */
  readonly structural?: true;
  /**
   * The message ids whose finding holds whatever string stands at its place: a string where a
   * number or an object is wanted (max-amount's notNumber), a field that must be left out whatever
   * it holds (read-only-ids). A request body's string holding a variable the client fills sends a
   * value oms-lint cannot know (src/requests/quotedVariables.ts): of the findings at it, these and
   * the schema's type finding stand; any other is about a value it cannot read, and is dropped.
   */
  readonly sureOfAnyString?: readonly string[];
  /**
   * By message id: the other values a finding's verdict reads, besides the one it stands at, as
   * JSON Pointers in which `*` is any entry and `@` the entry the finding's own pointer has there
   * (the same payment or item; any, where the finding stands above it, at `/orderItems`).
   * gift-card-issuer's finding at cardIssuer reads the payment's paymentType. A request body's
   * string holding a variable the client fills, or one written bare (`{{payType}}`), sends a
   * value oms-lint cannot know, and a key holding one may be any key (src/requests/unfilledPlaces.ts,
   * src/requests/unfilledReads.ts): a finding that reads one is
   * about a value it did not see, and is dropped. A finding that holds whatever those values
   * are names none of them. Places read in turn, each only where those before it hold no string,
   * are written as one, joined by ` ?? ` (the method's paymentType, else the payment's own). A
   * place the rule reads only as to whether it holds a string, any string alike, is named in
   * `readsAnyString` too: a variable quoted there does not make the read unknown.
   */
  readonly reads?: Readonly<Record<string, readonly string[]>>;
  /**
   * The places of `reads` (written as there) whose verdict is the same for any string they hold:
   * the rule asks only whether a string stands there, not which. Quotes always send a string, so
   * a string holding a variable the client fills (`"{{v}}"`) is read as the string it is, and a
   * finding that reads it stands; only a variable written bare (`{{v}}`, which may fill to any
   * JSON value) or a key holding one, which may be that place's key, makes the read unknown
   * (src/requests/unfilledReads.ts). No built-in rule names one now: the tax cap's rules read
   * forceItemTaxOverride's string "true" as true, and "false" as not (audit at 3df60815). A finding that
   * holds whatever a variable fills to is its rule's to make: it asks RuleContext.filledByClient,
   * and its message for that case reads the place no more (tax-rate-cap-not-forced's
   * FlagFromClient, FlagQuoted and FlagNeverTrue ids).
   */
  readonly readsAnyString?: readonly string[];
  /**
   * How many fields a message says its object lacks, where more than one: a finding standing at a
   * field absent is one field missing unless named here (carrier-triplet's missingTwo, two). A
   * request body's keys the client names may be that many fields (src/requests/unfilledReads.ts).
   */
  readonly fieldsMissing?: Readonly<Record<string, number>>;
}

/** A fact only the source text holds (a parsed value has lost it), and where it stands in the text. */
export interface SourceFact {
  readonly path: string;
  /** The key (of a repeat) or the number literal, in UTF-16 offsets of the text. */
  readonly span?: Span;
}

/** A parameter a search's URL or query string gives more than once, or its object form as an array of values (its parameters, read, keep one value). */
export interface RepeatedParameter extends SourceFact {
  readonly name: string;
  readonly count: number;
  /** Whether the parameter takes a comma-separated list, so its values can be written as one. */
  readonly takesList: boolean;
  /**
   * The values the documents refuse (each with the schema's words), when another value given
   * is one they take: the OMS may read that one, so the refusal is only our reading.
   */
  readonly refused: readonly { readonly value: string; readonly refusal: string }[];
  /** Whether the documents refuse every value given: the schema's refusal holds whichever the OMS reads. */
  readonly everyValueRefused: boolean;
}

/** Facts only the source text holds (a parsed value has lost them). */
export interface SourceFacts {
  /** Keys that appear more than once in their object (every repeat). */
  readonly duplicateKeys: readonly SourceFact[];
  /** Integer literals beyond 2^53, with their text as written. */
  readonly unsafeIntegers: readonly (SourceFact & { readonly raw: string })[];
  /**
   * Number literals a rule reads as written, with their text: a line's tax, price or quantity whose value as
   * written is not its double's (`1.0000000000000001` and `4503599627370497.4e0` are read as 1 and 4503599627370497;
   * one past writtenDecimal's bounds too, which the tax cap then knows it cannot read as written); a maxAmount whose double is not above 0 and not
   * its shortest form (`1e-400` is read as 0, `-1.0000000000000000001` as -1); and a line's price,
   * quantity or tax that is an integer past 2^53 once unsafeIntegers is full. Absent when the
   * text was not walked for them.
   */
  readonly writtenNumbers?: readonly (SourceFact & { readonly raw: string })[];
  /**
   * True when the text writes more maxAmounts its doubles misread than writtenNumbers lists
   * (1,001): those past it are left out, and a rule must not take one for its double.
   */
  readonly maxAmountsLeftOut?: boolean;
  /**
   * False when the parsed value holds no number beyond 2^53 at all (the parser's survey of it
   * found none), so the engine's walk need not look for one; undefined when not known.
   */
  readonly holdsUnsafeNumber?: boolean;
  /** The parameters a search's URL or query string gives more than once, at their pointers in its parameters. */
  readonly repeatedParameters?: readonly RepeatedParameter[];
  /** The URL a search string calls, without its query (its host and path as written); absent for a query string. */
  readonly searchUrl?: string;
}

export interface Report {
  /** JSON Pointer (RFC 6901) to the most specific value to fix. */
  readonly path: string;
  /** A key of the rule's `meta.messages`; any other is a bug in the rule and throws. */
  readonly messageId: string;
  readonly data?: MessageData;
  /** The edit that mends this finding alone (fixable rules only). */
  readonly fix?: JsonEdit;
  /**
   * Instead of `fix`: an edit that mends this finding but that `--fix` must not make unasked,
   * whatever the evidence, since made alone it leaves the order worse in a way the message
   * names (read-only-shipping-fields: a shippingMethod left saying nothing of how to ship).
   * The diagnostic carries it as its `suggestion`, as an inferred finding's edit.
   */
  readonly suggest?: JsonEdit;
  /** Where in the source text, when the rule took it from the text's facts (a repeated key's own place). */
  readonly span?: Span;
  /** "key": the finding is about the property's key (a key too long), and stands there in the text, not at its value. */
  readonly at?: "key";
}

/** The custom data record a PUT replaces (for custom-data-put-name). */
export interface ExistingRecord {
  readonly name?: unknown;
  readonly value?: unknown;
}

export interface RuleContext<Options = Record<string, unknown>> {
  /** The payload: parsed JSON that may not match the schema. Rules must not assume its shape. */
  readonly value: unknown;
  readonly kind: Kind;
  readonly options: Options;
  readonly settings: Settings;
  readonly existing?: ExistingRecord;
  readonly source?: SourceFacts;
  /**
   * In a request body (.http, Postman): whether the client fills the value at a JSON Pointer from
   * a variable the file does not define, a string holding one (the value holds it as written,
   * `"{{force}}"`) or one written bare, which the value holds as its stand-in `null`
   * (src/requests/bodyVariables.ts) though it may fill to any JSON value. Undefined for a payload
   * given otherwise, and for a body holding no such variable. A finding that reads such a place is
   * dropped (RuleMeta.reads); a rule asks this to make instead the finding that holds whatever the
   * value fills to (a forceItemTaxOverride the client fills, bare or quoted:
   * tax-rate-cap-not-forced's warning, which the line draws whether it fills to true or not).
   */
  readonly filledByClient?: (pointer: string) => boolean;
  /**
   * Whether the payload is a request's body in a .http file or a Postman collection, not a file
   * of its own: advice that names a command taking the file (`oms-lint split <file>`) would send
   * the user to a command that takes one order's JSON, not the request file (audit of split).
   */
  readonly inRequestBody?: boolean;
  report(report: Report): void;
  /**
   * What several rules gather from one payload, gathered once: the first call for `key` in
   * this payload makes it with `make`, the later calls (another rule's, in the same walk) get
   * the same object. Cleared after the payload. The rules that share it must agree on who
   * fills it (the one whose call made it).
   */
  memo<T>(key: object, make: () => T): T;
}

/** What a request rule reports: which part of the request (each file format places the parts). */
export interface RequestReport {
  readonly part: RequestPart;
  readonly messageId: string;
  readonly data?: MessageData;
  /** Of a finding about one value of the body (part "body"): its JSON Pointer there (`/name`), so that the finding stands at the value. */
  readonly path?: string;
  /** Of a finding about one part of the URL (part "url"): which, so that the finding stands at it where the format can place it. */
  readonly urlPart?: UrlPart;
  /** Of a finding about one header (part "headers"): its name, so that a pre-submit check's error names it and the finding stands at its line or entry where the request sends it. */
  readonly header?: string;
  /**
   * Of a finding about a query parameter the URL lacks (part "url"; one it holds is urlPart's): its name, so
   * that a pre-submit check's error names it `(query orderID)`, not `(request)` (review of 00607690).
   */
  readonly parameter?: string;
  /**
   * Set on a finding about the body that stands elsewhere (a missing body, on the request line): a
   * pre-submit check's error labels it `(body)`, as Diagnostic.requestPart says of a body that is missing.
   */
  readonly aboutBody?: true;
}

/** One request of a .http file or Postman collection, as a request rule sees it. */
export interface RequestRuleContext<Options = Record<string, unknown>> {
  readonly request: RequestEntry;
  /**
   * The request's body, read once for all the rules: its bare variables, its text with their
   * stand-ins, and its value parsed within the run's limits. Undefined when it has none.
   */
  readonly body: RequestBody | undefined;
  /** The method, upper-cased. */
  readonly method: string;
  /** The URL's parts and the endpoint it matches, if any. */
  readonly match: EndpointMatch;
  /** The endpoint's operation for the method, if it has one. */
  readonly operation?: Operation;
  /** Whether the request sends a body: non-blank text, or a file (`< ./body.json`). */
  readonly sendsBody: boolean;
  /** Whether the body is non-blank text (a file's body is not read). */
  readonly hasBodyText: boolean;
  /** The rule's own memory across the requests of one file, in file order. */
  readonly memory: Map<string, unknown>;
  readonly options: Options;
  report(report: RequestReport): void;
}

/** What a rule's `payload` visitor returns when the rule has nothing more to look at in the payload. */
export const skipPayload: unique symbol = Symbol("skipPayload");

/** A key of an object whose shape the schema knows, that the shape does not name. */
export interface UnknownKey {
  /** JSON Pointer to the key's value. */
  readonly path: string;
  readonly key: string;
  /** The names the shape knows there. */
  readonly known: readonly string[];
}

/** A number of the value beyond 2^53 (already rounded: the value has lost its digits). */
export interface UnsafeNumber {
  readonly path: string;
  readonly value: number;
}

/**
 * Where a payload rule looks (ESLint's selectors, Spectral's `given`). The engine walks the
 * payload once and calls each enabled rule's visitors where it subscribed, in this order:
 * `payload` first, then, in the order they stand in the payload, each item, payment, custom
 * data hash, unknown key and unsafe number, then `end`. What `payload` returns is the rule's
 * own state for this payload, handed to every later visitor (a rule that gathers what it
 * judges at `end`); a rule that keeps none returns nothing. No visitor walks the payload.
 */
export interface RuleVisitors<Options = Record<string, unknown>, State = undefined> {
  /**
   * The payload itself (any kind), once, before anything in it. Returning `skipPayload` says
   * the rule has nothing more to look at in this payload: none of its other visitors is called.
   */
  payload?(context: RuleContext<Options>): State | typeof skipPayload;
  /** Each order item that is an object (Create Order, Historic Order Import: `/orderItems/<i>`). */
  item?(item: LocatedItem, context: RuleContext<Options>, state: State): void;
  /** Each order payment that is an object (`/orderPayments/<i>`). */
  payment?(payment: LocatedPayment, context: RuleContext<Options>, state: State): void;
  /** Each custom data hash that is an object: customOrderData, each item's customItemData and customData. */
  customDataHash?(hash: LocatedHash, context: RuleContext<Options>, state: State): void;
  /** Each key the generated shapes do not know, in every object whose shape they know. */
  unknownKey?(found: UnknownKey, context: RuleContext<Options>, state: State): void;
  /** Each number anywhere in the value that is an integer beyond 2^53. */
  unsafeNumber?(found: UnsafeNumber, context: RuleContext<Options>, state: State): void;
  /** Once, after the walk. */
  end?(context: RuleContext<Options>, state: State): void;
}

export interface Rule<Options = Record<string, unknown>, State = any> {
  readonly meta: RuleMeta;
  /** Where a payload rule looks (absent on the structural rules, see RuleMeta.structural). */
  readonly visit?: RuleVisitors<Options, State>;
  /**
   * A payload rule that looks at the payload as a whole: the same as `visit.payload`, for a
   * rule of one visitor (the engine calls it once, at the start of the walk).
   */
  check?(context: RuleContext<Options>): void;
  /** A request rule's check (meta.target "request"), once per request of a file. */
  checkRequest?(context: RequestRuleContext<Options>): void;
}

/** RuleMeta.reads for findings (message ids) that each read the same places. */
export function everyMessageReads(messageIds: readonly string[], places: readonly string[]): Readonly<Record<string, readonly string[]>> {
  return Object.fromEntries(messageIds.map((messageId) => [messageId, places]));
}

/** Identity, for type inference of a rule's options. */
export function defineRule<Options = Record<string, unknown>, State = undefined>(rule: Rule<Options, State>): Rule<Options, State> {
  return rule;
}
