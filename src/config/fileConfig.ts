import type { RuleSetting, RulesConfig } from "../engine/ruleConfig.js";
import type { Settings } from "../domain/settings.js";
import type { Config } from "./config.js";
import { configRelativePath } from "./configPath.js";

/** The rules and settings that apply to one file. */
export interface FileConfig {
  readonly rules: RulesConfig;
  readonly settings: Settings;
}

/**
 * A rule's setting laid over the one before it, as ESLint merges flat config objects: a level
 * alone keeps the options set before it; a level with options replaces both.
 */
function laidOver(before: RuleSetting | undefined, after: RuleSetting): RuleSetting {
  const afterIsLevel = !Array.isArray(after) || after.length === 1;
  if (!afterIsLevel || !Array.isArray(before) || before.length < 2) return after;
  const level = Array.isArray(after) ? after[0] : after;
  return [level, before[1]] as RuleSetting;
}

/** Rules configs laid over each other in order. */
export function mergeRules(layers: readonly RulesConfig[]): RulesConfig {
  // No prototype: a rule named "__proto__" (refused later as unknown) must stay an own key, not replace it.
  const out: Record<string, RuleSetting> = Object.create(null) as Record<string, RuleSetting>;
  for (const layer of layers) for (const [id, setting] of Object.entries(layer)) out[id] = laidOver(out[id], setting);
  return out;
}

const memo = new WeakMap<Config, WeakMap<RulesConfig, Map<string, FileConfig>>>();

/**
 * The rules and settings for a file: the config's own, then every `overrides` entry that
 * applies to it in order (a later one wins, rule by rule and setting by setting), then the
 * command line's --rule on top. `base` is the config's rules with --rule already on top:
 * what a file no entry applies to gets, the same object each time (a rules config is checked
 * once per object). Files that the same entries apply to share one merged object too.
 */
export function fileConfig(config: Config, filePath: string, base: RulesConfig, commandLineRules: RulesConfig = {}): FileConfig {
  const plain = { rules: base, settings: config.settings };
  if (config.overrides.length === 0) return plain;
  const path = configRelativePath(config, filePath);
  if (path === undefined) return plain;
  const applying = config.overrides.flatMap((entry, i) => (entry.matches(path) ? [i] : []));
  if (applying.length === 0) return plain;
  let byRules = memo.get(config);
  if (!byRules) memo.set(config, (byRules = new WeakMap()));
  let byEntries = byRules.get(base);
  if (!byEntries) byRules.set(base, (byEntries = new Map()));
  const key = applying.join(",");
  let merged = byEntries.get(key);
  if (!merged) {
    const entries = applying.map((i) => config.overrides[i]!);
    merged = {
      rules: mergeRules([config.rules, ...entries.map((entry) => entry.rules), commandLineRules]),
      settings: Object.assign({}, config.settings, ...entries.map((entry) => entry.settings)) as Settings,
    };
    byEntries.set(key, merged);
  }
  return merged;
}
