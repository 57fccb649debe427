import { rules } from "../../rules/index.js";
import { fileConfig } from "../config/fileConfig.js";
import { toRuleLevel, type RuleLevel } from "../engine/ruleConfig.js";
import type { LintMessage } from "../lint/lintResult.js";
import type { LintRun } from "../lint/lintRun.js";

/**
 * A recorded rule's level for a file in this run when it is not an error, and whether the
 * config (its `overrides` entries for the file) or --rule set it, or it is the rule's default.
 */
export interface NotErrorLevel {
  readonly level: Exclude<RuleLevel, "error">;
  readonly configured: boolean;
}

/** Each rule's default level (its meta), read once. */
const defaultLevels: ReadonlyMap<string, RuleLevel> = new Map(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]));

/**
 * The level a recorded rule runs at for a file in this run, when it is not an error: "off" or
 * "warning" as the config (its `overrides` entries for the file) and --rule set it, or, where
 * nothing sets it, the rule's default level (a count recorded with `--rule unknown-property:error`
 * was said to be a warning by "the config, its overrides or --rule" in a plain run: review of the
 * fixture-set fixes). A check that is no rule of rules/ (its messages aside, no meta) is a
 * "warning" when it reported warnings here and no error. Undefined otherwise (an error, as when
 * the count was recorded). Only errors are counted against the suppressions record, so a rule at
 * warn or off for the file cannot reach its count in this run (audit, issue 18).
 */
export function notErrorLevel(run: LintRun, filePath: string, messages: readonly LintMessage[]): (ruleId: string) => NotErrorLevel | undefined {
  // Worked out when a recorded count goes unreached, not for every file of the run.
  return (ruleId) => {
    const { rules: configured } = fileConfig(run.config, filePath, run.rules, run.commandLineRules);
    if (Object.hasOwn(configured, ruleId)) {
      const setting = configured[ruleId];
      return notError(toRuleLevel(Array.isArray(setting) ? setting[0] : setting), true);
    }
    const level = defaultLevels.get(ruleId);
    if (level !== undefined) return notError(level, false);
    const own = messages.filter((m) => m.ruleId === ruleId);
    return own.length > 0 && own.every((m) => m.severity === 1) ? { level: "warning", configured: false } : undefined;
  };
}

function notError(level: RuleLevel | undefined, configured: boolean): NotErrorLevel | undefined {
  return level === undefined || level === "error" ? undefined : { level, configured };
}
