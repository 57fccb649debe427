export { validate, type ValidateOptions } from "./validate.js";
export { kinds, isKind, type Kind, type KindInfo } from "./kinds.js";
export type { Diagnostic, Severity, ValidationResult } from "./diagnostic.js";
export type { Settings } from "./settings.js";
export type { RuleLevel, RuleSetting, RulesConfig } from "./ruleEngine.js";
export type { ExistingRecord, Rule, RuleMeta, SourceFacts } from "./rule.js";
export { rules } from "../rules/index.js";
export type * from "./generated/types.js";
