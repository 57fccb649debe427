import { builtInLinter } from "../builtIn/linter.js";
import { configureRules, RuleConfigError, type RulesConfig } from "../engine/ruleConfig.js";
import { UsageError } from "./usageError.js";
import { verdictIds } from "../lint/cachedResult.js";
import { kindNotARule } from "../config/kindNotARule.js";

/**
 * Checks the run's rules (config and --rule) against the built-in rules before any file is
 * read: an unknown rule, a malformed level or an option the rule's schema refuses is a
 * usage error (exit 2, one line naming the rule and the option; `worded` words it for the flag that gave it).
 */
export function checkRules(rules: RulesConfig, worded: (message: string) => string = (message) => message): void {
  const notARule = Object.keys(rules).map(kindNotARule).find((message) => message !== undefined);
  if (notARule !== undefined) throw new UsageError(notARule);
  try {
    configureRules(builtInLinter.ruleSet, rules);
  } catch (error) {
    if (error instanceof RuleConfigError) throw new UsageError(worded(error.message));
    throw error;
  }
}

/**
 * Checks --suppress-rule's ids as --rule's are checked: one that names no rule (a typo) would
 * record nothing, silently. parse and kind are ids of errors too, and may be recorded.
 */
export function checkSuppressedRules(ids: readonly string[]): void {
  const worded = (message: string) => `--suppress-rule: ${message}, ${verdictIds.join(" and ")}`;
  for (const id of ids) if (!verdictIds.includes(id)) checkRules({ [id]: "error" }, worded);
}
