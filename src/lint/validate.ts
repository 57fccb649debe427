import { summarize, type Diagnostic, type ValidationResult } from "../engine/diagnostic.js";
import { sortInDocumentOrder } from "../engine/documentOrder.js";
import * as validators from "../generated/validators.js";
import { isKind, kinds, type Kind } from "../kinds/kinds.js";
import type { ExistingRecord, SourceFacts } from "../engine/rule.js";
import { checkRulesConfig, runRules, type RulesConfig } from "../engine/ruleEngine.js";
import { schemaDiagnostics, type AjvError } from "./schemaDiagnostics.js";
import { parseSearchQuery } from "../kinds/searchQuery.js";
import { checkSettings, type Settings } from "../domain/settings.js";
import { withoutSecrets } from "../domain/secretFields.js";

export interface ValidateOptions {
  /** Rule levels and options: `{ "tax-rate-cap": "warn", "unknown-property": "off" }`. */
  readonly rules?: RulesConfig;
  /** Tenant settings: skipInternationalTax, onBlocks, customNoOperationTypes, certifiedPartNumbers. */
  readonly settings?: Settings;
  /** For a custom data PUT: the record being replaced, so its name can be checked. */
  readonly existing?: ExistingRecord;
  /** Facts from the source text (duplicate keys, huge integers), when the caller parsed it. */
  readonly source?: SourceFacts;
}

type GeneratedValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** The precompiled validator of each kind; a search string is checked as its parameters. */
const schemaValidators: Readonly<Record<Kind, GeneratedValidator>> = {
  createOrder: validators.createOrder,
  importOrder: validators.importOrder,
  orderCustomData: validators.orderCustomData,
  orderItemCustomData: validators.orderItemCustomData,
  orderItemSearch: validators.orderItemSearchQuery,
  orderCustomDataRecord: validators.orderCustomDataRecord,
  orderItemCustomDataRecord: validators.orderItemCustomDataRecord,
  orderItemSearchResponse: validators.orderItemSearchResponse,
};

/**
 * Validates a payload of the given kind against its schema, then every rule enabled for
 * the kind. Never throws for any JSON value; an unknown kind or rule is a TypeError.
 */
export function validate(kind: Kind, value: unknown, options: ValidateOptions = {}): ValidationResult {
  if (!isKind(kind)) {
    throw new TypeError(`unknown kind ${JSON.stringify(kind)}; the kinds are: ${kinds.map((k) => k.kind).join(", ")}`);
  }
  checkRulesConfig(options.rules);
  checkSettings(options.settings);
  // A search given as a URL or query string is checked as the parameters it holds; the
  // string has no inner places, so every diagnostic then points at the whole string.
  const subject = kind === "orderItemSearch" && typeof value === "string" ? parseSearchQuery(value) : value;
  const validator = schemaValidators[kind];
  validator(subject);
  // A service logs these messages: none quotes a card number, password, e-mail or phone.
  const found = withoutSecrets(subject, [...schemaDiagnostics(validator.errors), ...runRules(kind, subject, options)], options.source);
  const diagnostics =
    subject === value ? sortInDocumentOrder(value, found) : found.map((d) => (d.path === "" ? d : { ...d, path: "" }));
  return summarize(diagnostics);
}
