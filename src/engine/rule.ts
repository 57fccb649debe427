import type { Severity } from "./diagnostic.js";
import type { Kind } from "../kinds/kinds.js";
import type { Settings } from "../domain/settings.js";

/** A passage of the vendor's documents that a rule encodes. */
export interface RuleSource {
  /** The document, e.g. "Create Order" (seeds/004). */
  readonly document: string;
  /** The words the rule rests on, quoted. */
  readonly passage: string;
}

export interface RuleMeta {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** The kinds the rule applies to. */
  readonly kinds: readonly Kind[];
  readonly source: RuleSource;
  /** Message templates keyed by message id, with `{{placeholders}}`. */
  readonly messages: Readonly<Record<string, string>>;
  /** JSON Schema of the rule's options object, if it has any. */
  readonly optionsSchema?: Readonly<Record<string, unknown>>;
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
  /** Whether `fix` can mend what the rule reports without changing the order's meaning. */
  readonly fixable?: boolean;
}

/** Facts only the source text holds (a parsed value has lost them). */
export interface SourceFacts {
  /** Pointers of keys that appear more than once in their object (every repeat). */
  readonly duplicateKeys: readonly string[];
  /** Integer literals beyond 2^53, with their text as written. */
  readonly unsafeIntegers: readonly { readonly path: string; readonly raw: string }[];
}

export interface Report {
  readonly path: string;
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
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
  report(report: Report): void;
}

export interface Rule<Options = Record<string, unknown>> {
  readonly meta: RuleMeta;
  check(context: RuleContext<Options>): void;
}

/** Identity, for type inference of a rule's options. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
