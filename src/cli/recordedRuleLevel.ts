import { fileConfig } from "../config/fileConfig.js";
import { toRuleLevel, type RuleLevel } from "../engine/ruleConfig.js";
import type { LintMessage } from "../lint/lintResult.js";
import type { LintRun } from "../lint/lintRun.js";

/**
 * The level a recorded rule runs at for a file in this run, when it is not an error: "off" or
 * "warning" as the config (its `overrides` entries for the file) and --rule set it, or "warning"
 * when the rule set at its default reported warnings here and no error. Undefined otherwise (an
 * error, as when the count was recorded). Only errors are counted against the suppressions
 * record, so a rule at warn or off for the file cannot reach its count in this run (audit, issue 18).
 */
export function notErrorLevel(run: LintRun, filePath: string, messages: readonly LintMessage[]): (ruleId: string) => Exclude<RuleLevel, "error"> | undefined {
  // Worked out when a recorded count goes unreached, not for every file of the run.
  return (ruleId) => {
    const { rules } = fileConfig(run.config, filePath, run.rules, run.commandLineRules);
    if (Object.hasOwn(rules, ruleId)) {
      const setting = rules[ruleId];
      const level = toRuleLevel(Array.isArray(setting) ? setting[0] : setting);
      return level === "error" ? undefined : level;
    }
    const own = messages.filter((m) => m.ruleId === ruleId);
    return own.length > 0 && own.every((m) => m.severity === 1) ? "warning" : undefined;
  };
}
