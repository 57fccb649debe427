import type { Diagnostic, Evidence, Severity } from "./diagnostic.js";
import type { Kind } from "../kinds/kinds.js";
import { fillTemplate } from "./messageTemplate.js";
import { locateHash, locateItem, locatePayment, type JsonObject } from "../domain/payloadParts.js";
import { skipPayload, type ExistingRecord, type Report, type RequestReport, type Rule, type RuleContext, type RuleMeta, type SourceFacts } from "./rule.js";
import { walkPayload } from "./payloadWalk.js";
import { trailPointer } from "../json/jsonPointer.js";
import type { Trail, WalkListener } from "./walkListener.js";
import type { Operation } from "../requests/endpoints.js";
import type { EndpointMatch } from "../requests/matchEndpoint.js";
import type { RequestEntry, RequestPart, UrlPart } from "../requests/requestEntry.js";
import type { RequestBody } from "../requests/requestBodyShape.js";
import type { Settings } from "../domain/settings.js";
import { ownField } from "./ownField.js";
import { isJsonEdit } from "./jsonEditShape.js";
import { describeArgument } from "./argumentWords.js";
import type { ConfiguredRule } from "./ruleConfig.js";
import type { RuleSet } from "./ruleSet.js";

export interface RunOptions {
  readonly settings?: Settings;
  readonly existing?: ExistingRecord;
  readonly source?: SourceFacts;
  /** RuleContext.filledByClient: given for a request body that holds a variable the client fills. */
  readonly filledByClient?: (pointer: string) => boolean;
  /** RuleContext.inRequestBody: true for a request's body. */
  readonly inRequestBody?: boolean;
  /**
   * Keep a report that carries a fix past maxProblemsPerRule: fix() applies every fix of a
   * file in one pass (capped, 30,000 fixes took 30 passes, and ten passes fixed only 10,000).
   */
  readonly keepEveryFix?: boolean;
  /**
   * Where a rule puts its findings past maxProblemsPerRule, unlisted and without a message, when
   * the give-way step (one cause, one finding) may change what they do to the verdict
   * (keepsPastLimit): the step asks them, or a schema problem at line 1,001 of a forced order
   * without itemSpecifics stood as the error it is not alone (src/lint/countedGiveWay.ts), and a
   * rule's note that more problems are not listed stood as an error for findings that all gave way.
   */
  readonly unlisted?: Diagnostic[];
  /**
   * Whether a place names a field the payload lacks (src/lint/missingFinding.ts): a rule that
   * keeps none of its findings past maxProblemsPerRule (keepsPastLimit) keeps those there that
   * carry no edit and stand at no key, unlisted, for they may claim a key put in another object.
   * A key two findings claim moves neither (atMisplacedKeys): force-item-tax-override at "error"
   * kept none, and after 1,001 lines without itemSpecifics, a line with its itemSpecifics put in
   * the product lost unknown-property's error, though that line alone has it (the schema's
   * counted missing itemSpecifics seemed the one claim on the key: found by the trust audit of lists).
   */
  readonly lacksField?: (path: string) => boolean;
}

/** No options and no settings: inheriting nothing, so a rule reading `settings.onBlocks` never gets a polluted Object.prototype's. */
const noOptions: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null) as Record<string, unknown>);

/** What SPEC §3 allows by default: stated → error; advised and inferred → warning. */
export function severityForEvidence(evidence: Evidence): Severity {
  return evidence === "stated" ? "error" : "warning";
}

/** The severity a rule's findings get under a configuration; undefined when it is off. */
export function ruleSeverity(meta: RuleMeta, configured: ReadonlyMap<string, ConfiguredRule>, fallback = meta.defaultSeverity): Severity | undefined {
  const level = configured.get(meta.id)?.level;
  return level === undefined ? fallback : level === "off" ? undefined : level;
}

/** A report whose messageId the rule does not declare: a bug in the rule, never a message. */
export class UnknownMessageIdError extends Error {}

/**
 * Problems of one rule listed for one payload. A hostile payload (millions of repeated keys,
 * items or unknown fields) would otherwise hold millions of messages in memory and print
 * them; past the limit the rule still runs, and one message says that more were left out.
 */
export const maxProblemsPerRule = 1000;

/**
 * How many findings past maxProblemsPerRule a rule keeps unlisted for the give-way step, at most
 * (RunOptions.unlisted, keepsPastLimit; RunOptions.lacksField for a rule that keeps only those). Kept without a bound, every warning past a rule's 1,000
 * was held: 100,000 lines each with 40 unknown keys took 59 s and 3.15 GB, against 5 s and 285 MB
 * (found by the review of the counted give-way). Past the bound the step sees no more of them,
 * and what it would have let give way stands, as it did before the step asked them: an error,
 * never a finding missed (src/lint/oneCause.ts keeps such a rule's note that more are not listed).
 */
export const maxUnlistedPerRule = 10 * maxProblemsPerRule;

type VisitorName = "item" | "payment" | "customDataHash" | "unknownKey" | "unsafeNumber";
type Visitor = (found: unknown, context: RuleContext, state: unknown) => void;
/** A rule's `payload` visitor, or its `check` (which keeps no state). */
type StartVisitor = (context: RuleContext) => unknown;

/** The rules that subscribed to one place of the walk: their indexes in plan.rules, and their visitors. */
interface Subscribers {
  readonly rules: readonly number[];
  readonly visitors: readonly Visitor[];
}

/**
 * What a run of one configuration over one kind does, worked out once: the rules that run
 * (enabled, applying to the kind), their severities and options, and, for each place of
 * the walk, the rules that subscribed to it.
 */
interface Plan {
  readonly kind: Kind;
  readonly rules: readonly Rule[];
  readonly severities: readonly Severity[];
  readonly options: readonly Readonly<Record<string, unknown>>[];
  /** Each rule's note for this kind (meta.kindNotes), added to its messages; "" for none. */
  readonly notes: readonly string[];
  /**
   * Each rule's evidence on this kind: a rule with a note for it quotes another document's
   * passage there, which on this kind is our reading, inferred (SPEC §3), however the other
   * document says it.
   */
  readonly evidences: readonly Evidence[];
  /** Whether each rule keeps its findings past maxProblemsPerRule, unlisted (RunOptions.unlisted, keepsPastLimit). */
  readonly keepsPastLimit: readonly boolean[];
  /** The rules with a `payload` visitor or a `check`: called first, in the set's order. */
  readonly start: { readonly rules: readonly number[]; readonly visitors: readonly StartVisitor[] };
  readonly item: Subscribers;
  readonly payment: Subscribers;
  readonly customDataHash: Subscribers;
  readonly unknownKey: Subscribers;
  readonly unsafeNumber: Subscribers;
  readonly end: readonly number[];
  /** A run of this plan not in use, kept for the next payload (a rule may validate inside a rule: then a new one). */
  idle: Run | undefined;
}

const plans = new WeakMap<RuleSet, WeakMap<ReadonlyMap<string, ConfiguredRule>, Map<Kind, Plan>>>();

/** The plan last used: a service validates one kind with one configuration, over and over. */
let last: { readonly set: RuleSet; readonly configured: ReadonlyMap<string, ConfiguredRule>; readonly plan: Plan } | undefined;

function planOf(set: RuleSet, configured: ReadonlyMap<string, ConfiguredRule>, kind: Kind): Plan {
  if (last !== undefined && last.set === set && last.configured === configured && last.plan.kind === kind) return last.plan;
  const plan = findPlan(set, configured, kind);
  last = { set, configured, plan };
  return plan;
}

function findPlan(set: RuleSet, configured: ReadonlyMap<string, ConfiguredRule>, kind: Kind): Plan {
  let byConfig = plans.get(set);
  if (!byConfig) plans.set(set, (byConfig = new WeakMap()));
  let byKind = byConfig.get(configured);
  if (!byKind) byConfig.set(configured, (byKind = new Map()));
  let plan = byKind.get(kind);
  if (!plan) byKind.set(kind, (plan = makePlan(set, configured, kind)));
  return plan;
}

function makePlan(set: RuleSet, configured: ReadonlyMap<string, ConfiguredRule>, kind: Kind): Plan {
  const rules: Rule[] = [];
  const severities: Severity[] = [];
  const options: Readonly<Record<string, unknown>>[] = [];
  for (const rule of set.byKind.get(kind) ?? []) {
    const severity = ruleSeverity(rule.meta, configured);
    if (severity === undefined) continue;
    rules.push(rule);
    severities.push(severity);
    options.push(configured.get(rule.meta.id)?.options ?? rule.meta.defaultOptions ?? noOptions);
  }
  const subscribed = (name: VisitorName | "end") => rules.flatMap((rule, index) => (rule.visit?.[name] ? [index] : []));
  const subscribers = (name: VisitorName): Subscribers => {
    const indexes = subscribed(name);
    return { rules: indexes, visitors: indexes.map((index) => rules[index]!.visit![name] as Visitor) };
  };
  const starting = rules.flatMap((rule, index) => (rule.visit?.payload || rule.check ? [index] : []));
  const startVisitor = ({ visit, check }: Rule): StartVisitor => (visit?.payload ? visit.payload : (context) => void check!(context));
  return {
    kind,
    rules,
    severities,
    options,
    notes: rules.map((rule) => rule.meta.kindNotes?.[kind] ?? ""),
    evidences: rules.map((rule) => (rule.meta.kindNotes?.[kind] ? "inferred" : rule.meta.evidence)),
    keepsPastLimit: rules.map((rule, index) => keepsPastLimit(set, rule.meta, severities[index]!)),
    start: { rules: starting, visitors: starting.map((index) => startVisitor(rules[index]!)) },
    item: subscribers("item"),
    payment: subscribers("payment"),
    customDataHash: subscribers("customDataHash"),
    unknownKey: subscribers("unknownKey"),
    unsafeNumber: subscribers("unsafeNumber"),
    end: subscribed("end"),
    idle: undefined,
  };
}

/**
 * Whether a rule's findings past maxProblemsPerRule can change the verdict through the give-way
 * step, so that it keeps them unlisted (RunOptions.unlisted). Below "error": another finding may
 * give way to one of them, by their rule's `outweighs` or by its own `yieldsTo` (the schema's
 * reading of a number's type gives way to unsafe-integer's warning: 1,001 lines with a partNumber
 * past 2^53 under `{"schema/example-type":"error","unsafe-integer":"warn"}` made the order invalid
 * at line 1,000, valid alone: found by the review of the counted give-way). Which rules another's
 * `yieldsTo` names cannot be told (it is a predicate, and the schema's rules have one): every rule
 * below "error" keeps them, in a set where another rule has one. At "error", a rule with a
 * `yieldsTo`: each may give way itself, and the rule's note that more are not listed is an error
 * only for one that stands (1,001 `partnumber` lines under `unknown-property: "error"`: the note
 * was the order's one error, src/lint/oneCause.ts). What gives way to an error is an error alone
 * as well: no other rule at "error" keeps them (kept, 100,000 forced lines took 3× as long), but
 * those that name a missing field (RunOptions.lacksField), which may claim a key; keeping only
 * those, such a rule's note that more are not listed stands (oneCause.ts).
 */
export function keepsPastLimit(set: RuleSet, meta: RuleMeta, severity: Severity): boolean {
  if (severity === "error") return meta.yieldsTo !== undefined;
  return meta.outweighs !== undefined || set.rules.some((other) => other !== set.byId.get(meta.id) && other.meta.yieldsTo !== undefined);
}

/** The messageId of a rule's note that more of its problems are not listed (at the root: path ""). */
export const tooManyMessageId = "tooMany";

/** The note that a rule's problems past maxProblemsPerRule in one `holder` ("a payload", "a request file") are not listed. */
export function notListedMessage(holder: string): string {
  return `more problems of this rule are not listed: oms-lint lists at most ${maxProblemsPerRule} problems of one rule in ${holder}; fix those and run it again`;
}

/** A rule's problems past maxProblemsPerRule: one diagnostic of its own that says so. */
function tooMany(rule: Rule, severity: Severity, evidence: Evidence): Diagnostic {
  return { ruleId: rule.meta.id, messageId: tooManyMessageId, severity, evidence, message: notListedMessage("a payload"), path: "" };
}

/** A rule that threw: one diagnostic of its own, after what it had reported before. */
function internalError(rule: Rule, severity: Severity, evidence: Evidence, error: unknown): Diagnostic {
  return {
    ruleId: rule.meta.id,
    messageId: "internalError",
    severity,
    evidence,
    message: `internal error in rule ${rule.meta.id} (please report it): ${(error as Error)?.message ?? String(error)}`,
    path: "",
  };
}

/**
 * A report's edit (fix or suggest) must be a JSON edit the planner can write (isJsonEdit): one that
 * is not is the rule's bug, thrown here so that the rule's run ends in its internal-error finding.
 * Passed on, `{ path }` or a value of undefined was written by fix() as `{"name":}` (no JSON), and a
 * BigInt value threw V8's words out of fix() and lintText. A falsy edit (`fix: cond && edit`) is none.
 */
function checkReportedEdit(edit: unknown, field: "fix" | "suggest"): void {
  if (!edit || isJsonEdit(edit)) return;
  throw new TypeError(`reported a ${field} that is no JSON edit ({ path, remove: true } or { path, value } with a value of null, a boolean, a string or a finite number); got ${describeArgument(edit)}`);
}

/**
 * A run of the rules over one payload: the engine's side of the walk. It calls each
 * subscribed rule's visitor where the walk stands, and keeps each rule's state, its count
 * of problems and its findings (in the rule's own list, so that the findings come out rule
 * by rule, in the set's order, however the walk interleaves them). A plan keeps its run
 * between payloads: a clean payload allocates next to nothing.
 */
class Run implements WalkListener {
  readonly parts: boolean;
  readonly unknownKeys: boolean;
  /** Whether this payload's walk looks for numbers beyond 2^53: a rule listens, and its text's survey did not find the value holds none. */
  unsafeNumbers = false;
  private readonly listensForUnsafeNumbers: boolean;
  /** The rule whose visitor runs (an index into plan.rules). */
  private current = 0;
  private readonly states: unknown[];
  /** Problems reported so far by each rule; -1 once it has failed, -2 once it has skipped the payload (it is called no more). */
  private readonly reported: number[];
  private readonly found: (Diagnostic[] | undefined)[];
  /** Keep a report that carries a fix past maxProblemsPerRule (RunOptions.keepEveryFix). */
  private keepEveryFix = false;
  /** RunOptions.unlisted. */
  private unlisted: Diagnostic[] | undefined;
  /** RunOptions.lacksField. */
  private lacksField: ((path: string) => boolean) | undefined;
  /** How many findings past maxProblemsPerRule each rule has kept in `unlisted` (at most maxUnlistedPerRule). */
  private readonly kept: number[];
  /**
   * Whether any rule has reported, failed or skipped in this payload (a clean payload, the
   * common case, has nothing to gather at the end), and whether any kept a state: what
   * clear() has to undo.
   */
  private reportedAny = false;
  private keptState = false;
  /** What rules share in this payload (RuleContext.memo); made at the first call, dropped by clear(). */
  private memos: Map<object, unknown> | undefined = undefined;
  readonly context: { -readonly [K in keyof RuleContext]: RuleContext[K] };

  constructor(private readonly plan: Plan) {
    const count = plan.rules.length;
    this.parts = plan.item.rules.length + plan.payment.rules.length + plan.customDataHash.rules.length > 0;
    this.unknownKeys = plan.unknownKey.rules.length > 0;
    this.listensForUnsafeNumbers = plan.unsafeNumber.rules.length > 0;
    this.states = new Array<unknown>(count).fill(undefined);
    this.reported = new Array<number>(count).fill(0);
    this.found = new Array<Diagnostic[] | undefined>(count).fill(undefined);
    this.kept = new Array<number>(count).fill(0);
    // One context and one report function for every payload of the run (no allocation per rule or call).
    const run = this;
    this.context = {
      value: undefined,
      kind: plan.kind,
      options: noOptions,
      settings: noOptions,
      existing: undefined,
      source: undefined,
      filledByClient: undefined,
      inRequestBody: undefined,
      report(report: Report): void {
        run.report(report);
      },
      memo<T>(key: object, make: () => T): T {
        const memos = (run.memos ??= new Map());
        if (memos.has(key)) return memos.get(key) as T;
        const made = make();
        memos.set(key, made);
        return made;
      },
    };
  }

  /** Sets the run to a payload (a new run, or one cleared). */
  begin(value: unknown, options: RunOptions): void {
    const context = this.context;
    context.value = value;
    context.settings = options.settings ?? noOptions;
    context.existing = options.existing;
    context.source = options.source;
    context.filledByClient = options.filledByClient;
    context.inRequestBody = options.inRequestBody;
    this.keepEveryFix = options.keepEveryFix === true;
    this.unlisted = options.unlisted;
    this.lacksField = options.lacksField;
    // A deep value's walk for them costs ~1 µs a level; a text JSON.parse read says up front whether there is anything to find.
    this.unsafeNumbers = this.listensForUnsafeNumbers && options.source?.holdsUnsafeNumber !== false;
  }

  /** Lets go of the payload, the caller's settings and the findings: the run is free for the next payload. */
  clear(): void {
    this.begin(undefined, noRunOptions);
    this.memos = undefined;
    if (this.keptState) {
      // Only a rule with a payload visitor keeps a state.
      const starting = this.plan.start.rules;
      for (let i = 0; i < starting.length; i++) this.states[starting[i]!] = undefined;
    }
    if (this.reportedAny) {
      for (let index = 0; index < this.reported.length; index++) {
        this.reported[index] = 0;
        this.found[index] = undefined;
        this.kept[index] = 0;
      }
    }
    this.keptState = this.reportedAny = false;
  }

  private report(report: Report): void {
    const { path, messageId } = report;
    const data = ownField(report, "data");
    const fix = ownField(report, "fix");
    const suggest = ownField(report, "suggest");
    checkReportedEdit(fix, "fix");
    checkReportedEdit(suggest, "suggest");
    const span = ownField(report, "span");
    const at = ownField(report, "at");
    const index = this.current;
    const meta = this.plan.rules[index]!.meta;
    const template = Object.hasOwn(meta.messages, messageId) ? meta.messages[messageId] : undefined;
    if (template === undefined) {
      throw new UnknownMessageIdError(`rule ${meta.id} reported messageId ${JSON.stringify(messageId)}, which its meta.messages does not declare`);
    }
    this.reportedAny = true;
    const evidence = this.plan.evidences[index]!;
    // Only our reading (an inferred finding): its edit is a suggestion, never written by fix().
    const written = fix && evidence !== "inferred" ? fix : undefined;
    const suggestion = suggest ?? (fix && evidence === "inferred" ? fix : undefined);
    if (this.reported[index]! < 0) return;
    if (++this.reported[index]! > maxProblemsPerRule && !(written && this.keepEveryFix)) {
      if (this.unlisted !== undefined && this.kept[index]! < maxUnlistedPerRule && (this.plan.keepsPastLimit[index]! || (!fix && !suggest && !at && this.lacksField?.(path) === true))) {
        this.kept[index]!++;
        const severity = this.plan.severities[index]!;
        // Two literals, not a spread: no object made and dropped for each of 99,000.
        this.unlisted.push(at ? { ruleId: meta.id, messageId, severity, evidence, message: "", path, at } : { ruleId: meta.id, messageId, severity, evidence, message: "", path });
      }
      return;
    }
    const diagnostic: Diagnostic = { ruleId: meta.id, messageId, severity: this.plan.severities[index]!, evidence, message: fillTemplate(template, data) + this.plan.notes[index]!, path };
    (this.found[index] ??= []).push(
      written || suggestion || span || at
        ? { ...diagnostic, ...(written ? { fix: written } : {}), ...(suggestion ? { suggestion } : {}), ...(span ? { span } : {}), ...(at ? { at } : {}) }
        : diagnostic,
    );
  }

  /** A rule that throws anything but UnknownMessageIdError: one internal-error finding, and it is called no more. */
  private fail(index: number, error: unknown): void {
    // A report with a messageId the rule does not declare is a bug in the rule: thrown, as ESLint does.
    if (error instanceof UnknownMessageIdError) throw error;
    this.stop(index, -1);
    // At the rule's level (audit of the service surface: always "error", a crash in a rule set to
    // warn failed a warnings-only payload, its pre-submit check left the order unsent): a warning
    // rule could never have failed the payload, and an error rule's crash still fails it, as
    // nothing says the payload is fine.
    (this.found[index] ??= []).push(internalError(this.plan.rules[index]!, this.plan.severities[index]!, this.plan.evidences[index]!, error));
  }

  /**
   * A rule is called no more for this payload (`as`: -1 failed, -2 skipped). Its note that
   * more problems are not listed is made now: finish() makes it only for rules still running.
   */
  private stop(index: number, as: -1 | -2): void {
    this.reportedAny = true;
    if (this.reported[index]! > maxProblemsPerRule) this.found[index]!.push(tooMany(this.plan.rules[index]!, this.plan.severities[index]!, this.plan.evidences[index]!));
    this.reported[index] = as;
  }

  start(): void {
    const { rules, visitors } = this.plan.start;
    const options = this.plan.options;
    for (let i = 0; i < rules.length; i++) {
      const index = rules[i]!;
      this.current = index;
      this.context.options = options[index]!;
      try {
        const state = visitors[i]!(this.context);
        if (state === skipPayload) this.stop(index, -2);
        else if (state !== undefined) {
          this.states[index] = state;
          this.keptState = true;
        }
      } catch (error) {
        this.fail(index, error);
      }
    }
  }

  /** Calls the visitor of each subscribed rule (that has not failed) with `found`. */
  private dispatch({ rules, visitors }: Subscribers, found: unknown): void {
    for (let i = 0; i < rules.length; i++) {
      const index = rules[i]!;
      if (this.reported[index]! < 0) continue;
      this.current = index;
      this.context.options = this.plan.options[index]!;
      try {
        visitors[i]!(found, this.context, this.states[index]);
      } catch (error) {
        this.fail(index, error);
      }
    }
  }

  // The walk goes on changing its trail: a part keeps a copy, joined into a pointer only if a rule reports there.
  item(object: JsonObject, trail: Trail): void {
    if (this.plan.item.rules.length > 0) this.dispatch(this.plan.item, locateItem(object, trail[trail.length - 1] as number, trail.slice()));
  }

  payment(object: JsonObject, trail: Trail): void {
    if (this.plan.payment.rules.length > 0) this.dispatch(this.plan.payment, locatePayment(object, trail[trail.length - 1] as number, trail.slice()));
  }

  customDataHash(object: JsonObject, trail: Trail): void {
    if (this.plan.customDataHash.rules.length > 0) this.dispatch(this.plan.customDataHash, locateHash(object, trail[trail.length - 1] as string, trail.slice()));
  }

  unknownKey(key: string, known: readonly string[], trail: Trail): void {
    this.dispatch(this.plan.unknownKey, { path: trailPointer(trail, key), key, known });
  }

  unsafeNumber(path: string, value: number): void {
    this.dispatch(this.plan.unsafeNumber, { path, value });
  }

  /** Calls each rule's `end`, and gives the findings rule by rule, in the set's order. */
  finish(): Diagnostic[] {
    const { rules, severities, evidences, end } = this.plan;
    for (let i = 0; i < end.length; i++) {
      const index = end[i]!;
      if (this.reported[index]! < 0) continue;
      this.current = index;
      this.context.options = this.plan.options[index]!;
      try {
        rules[index]!.visit!.end!(this.context, this.states[index]);
      } catch (error) {
        this.fail(index, error);
      }
    }
    if (!this.reportedAny) return [];
    let diagnostics: Diagnostic[] | undefined;
    for (let index = 0; index < rules.length; index++) {
      const found = this.found[index];
      if (this.reported[index]! > maxProblemsPerRule) (found as Diagnostic[]).push(tooMany(rules[index]!, severities[index]!, evidences[index]!));
      if (found === undefined) continue;
      if (diagnostics === undefined) diagnostics = found;
      else for (const diagnostic of found) diagnostics.push(diagnostic);
    }
    return diagnostics ?? [];
  }
}

/**
 * Runs every rule of the set that applies to the kind and is not off, in one walk of the
 * payload: each rule's visitors where it subscribed (see RuleVisitors). A rule that throws is
 * reported as an internal error of that rule, never rethrown; only a report with an unknown
 * messageId throws (UnknownMessageIdError), as it is a bug in the rule, not in the payload.
 */
export function runRules(
  set: RuleSet,
  configured: ReadonlyMap<string, ConfiguredRule>,
  kind: Kind,
  value: unknown,
  options: RunOptions,
): Diagnostic[] {
  const plan = planOf(set, configured, kind);
  if (plan.rules.length === 0) return [];
  const run = plan.idle ?? new Run(plan);
  plan.idle = undefined;
  try {
    run.begin(value, options);
    run.start();
    if (run.parts || run.unknownKeys || run.unsafeNumbers) walkPayload(kind, value, run);
    return run.finish();
  } finally {
    run.clear();
    plan.idle = run;
  }
}

/** Every name its own, none read off Object.prototype, in the shape runOptionsOf gives (src/lint/validate.ts). */
const noRunOptions: RunOptions = Object.freeze({ settings: undefined, existing: undefined, source: undefined, filledByClient: undefined, inRequestBody: undefined, keepEveryFix: undefined, unlisted: undefined, lacksField: undefined } as RunOptions);

/** A request rule's finding, before the file's format places its part. */
export interface RequestFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly evidence: Evidence;
  readonly message: string;
  readonly part: RequestPart;
  /** The value of the body it is about, when it is about one (RequestReport.path). */
  readonly path?: string;
  /** The part of the URL it is about, when it is about one (RequestReport.urlPart). */
  readonly urlPart?: UrlPart;
  /** The header it is about, by name, when it names one (RequestReport.header). */
  readonly header?: string;
  /** The query parameter the URL lacks that it is about (RequestReport.parameter). */
  readonly parameter?: string;
  /** Set when it is about the body, wherever it stands (RequestReport.aboutBody). */
  readonly aboutBody?: true;
}

/** The request being checked, and the rules' memories for the file it is in. */
export interface RequestRun {
  readonly request: RequestEntry;
  /** Its body as read once for every rule (undefined when it has none). */
  readonly body: RequestBody | undefined;
  readonly match: EndpointMatch;
  readonly operation?: Operation;
  /** Each rule's memory across the file's requests (one map a file, kept by the caller). */
  readonly memories: Map<string, Map<string, unknown>>;
}

/** Runs the request rules of the set (those not off) over one request of a file, in the set's order. */
export function runRequestRules(set: RuleSet, configured: ReadonlyMap<string, ConfiguredRule>, run: RequestRun): RequestFinding[] {
  const findings: RequestFinding[] = [];
  const { request, match, operation } = run;
  const hasBodyText = request.body !== undefined && request.body.trim() !== "";
  for (const rule of set.requestRules) {
    const severity = ruleSeverity(rule.meta, configured);
    if (severity === undefined || !rule.checkRequest) continue;
    const meta = rule.meta;
    let memory = run.memories.get(meta.id);
    if (!memory) run.memories.set(meta.id, (memory = new Map()));
    rule.checkRequest({
      request,
      body: run.body,
      method: request.method.toUpperCase(),
      match,
      operation,
      sendsBody: hasBodyText || request.bodyFromFile === true,
      hasBodyText,
      memory,
      options: configured.get(meta.id)?.options ?? meta.defaultOptions ?? noOptions,
      report(given: RequestReport) {
        // Its optional parts read as its own: a report without a path (request/body-not-allowed's) took a polluted
        // Object.prototype.path's for its finding's JSON Pointer, one without a urlPart a polluted .urlPart's.
        const { part, messageId } = given;
        const [data, path, urlPart, header] = [ownField(given, "data"), ownField(given, "path"), ownField(given, "urlPart"), ownField(given, "header")];
        const [parameter, aboutBody] = [ownField(given, "parameter"), ownField(given, "aboutBody")];
        const template = Object.hasOwn(meta.messages, messageId) ? meta.messages[messageId] : undefined;
        if (template === undefined) {
          throw new UnknownMessageIdError(`rule ${meta.id} reported messageId ${JSON.stringify(messageId)}, which its meta.messages does not declare`);
        }
        // A request's URL, query and headers hold no field names to redact by: fillTemplate redacts a card number or e-mail address in each value by its look.
        findings.push({ ruleId: meta.id, messageId, severity, evidence: meta.evidence, message: fillTemplate(template, data), part, ...(path === undefined ? {} : { path }), ...(urlPart === undefined ? {} : { urlPart }), ...(header === undefined ? {} : { header }), ...(parameter === undefined ? {} : { parameter }), ...(aboutBody === true ? { aboutBody } : {}) });
      },
    });
  }
  return findings;
}
