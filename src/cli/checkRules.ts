import { builtInLinter } from "../builtIn/linter.js";
import { configureRules, RuleConfigError, type RulesConfig } from "../engine/ruleConfig.js";
import { UsageError } from "./usageError.js";

/**
 * Checks the run's rules (config and --rule) against the built-in rules before any file is
 * read: an unknown rule, a malformed level or an option the rule's schema refuses is a
 * usage error (exit 2, one line naming the rule and the option).
 */
export function checkRules(rules: RulesConfig): void {
  try {
    configureRules(builtInLinter.ruleSet, rules);
  } catch (error) {
    if (error instanceof RuleConfigError) throw new UsageError(error.message);
    throw error;
  }
}
