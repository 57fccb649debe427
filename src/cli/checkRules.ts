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

/** The ids an error carries that are no rule of the set: a text that is not JSON, a kind that cannot be told. */
const verdicts = ["parse", "kind"];

/**
 * Checks --suppress-rule's ids as --rule's are checked: one that names no rule (a typo) would
 * record nothing, silently. parse and kind are ids of errors too, and may be recorded.
 */
export function checkSuppressedRules(ids: readonly string[]): void {
  for (const id of ids) {
    if (verdicts.includes(id)) continue;
    try {
      configureRules(builtInLinter.ruleSet, { [id]: "error" });
    } catch (error) {
      if (error instanceof RuleConfigError) throw new UsageError(`--suppress-rule: ${error.message}, ${verdicts.join(" and ")}`);
      throw error;
    }
  }
}
