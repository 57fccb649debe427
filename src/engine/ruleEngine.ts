import type { Diagnostic, Severity } from "./diagnostic.js";
import type { Kind } from "../kinds/kinds.js";
import { fillTemplate } from "./messageTemplate.js";
import { unknownName } from "./nearestName.js";
import { sharingParts } from "../domain/payloadParts.js";
import type { ExistingRecord, Report, Rule, SourceFacts } from "./rule.js";
import type { Settings } from "../domain/settings.js";
import { rules } from "../../rules/index.js";

export type RuleLevel = "off" | "warn" | "error";
/** A rule's configuration: a level, or a level and the rule's options (as in ESLint). */
export type RuleSetting = RuleLevel | readonly [RuleLevel] | readonly [RuleLevel, Readonly<Record<string, unknown>>];
export type RulesConfig = Readonly<Record<string, RuleSetting>>;

export interface RunOptions {
  readonly rules?: RulesConfig;
  readonly settings?: Settings;
  readonly existing?: ExistingRecord;
  readonly source?: SourceFacts;
}

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule as Rule]));

/** Built once: the rules that apply to each kind. */
const rulesByKind: ReadonlyMap<Kind, readonly Rule[]> = (() => {
  const byKind = new Map<Kind, Rule[]>();
  for (const rule of rules as readonly Rule[]) {
    for (const kind of rule.meta.kinds) {
      const list = byKind.get(kind) ?? [];
      list.push(rule);
      byKind.set(kind, list);
    }
  }
  return byKind;
})();

const noOptions: Readonly<Record<string, unknown>> = Object.freeze({});

const levels: Readonly<Record<RuleLevel, Severity | undefined>> = { off: undefined, warn: "warning", error: "error" };

function describeSetting(id: string, setting: unknown): TypeError {
  return new TypeError(
    `rule "${id}": a setting is "off", "warn", "error", or ["warn" | "error", { options }]; got ${JSON.stringify(setting)}`,
  );
}

/** Checks a rules configuration: unknown rule ids and malformed settings are programming errors. */
export function checkRulesConfig(config: RulesConfig | undefined): void {
  for (const [id, setting] of Object.entries(config ?? {})) {
    if (!rulesById.has(id)) {
      throw unknownName("rule", id, [...rulesById.keys()]);
    }
    const level = Array.isArray(setting) ? setting[0] : setting;
    if (typeof level !== "string" || !(level in levels)) throw describeSetting(id, setting);
    if (Array.isArray(setting) && setting.length > 1 && (typeof setting[1] !== "object" || setting[1] === null)) {
      throw describeSetting(id, setting);
    }
  }
}

/**
 * Problems of one rule listed for one payload. A hostile payload (millions of repeated keys,
 * items or unknown fields) would otherwise hold millions of messages in memory and print
 * them; past the limit the rule still runs, and one message says that more were left out.
 */
export const maxProblemsPerRule = 1000;

/** Runs every rule enabled for the kind; a rule that throws is reported, never rethrown. */
export function runRules(kind: Kind, value: unknown, options: RunOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // One context and one report function for the whole run (no allocation per rule): the
  // rule being run and what it has reported so far are this loop's own variables.
  let rule: Rule | undefined;
  let severity: Severity = "error";
  let reported = 0;
  const context = {
    value,
    kind,
    options: noOptions,
    settings: options.settings ?? noOptions,
    existing: options.existing,
    source: options.source,
    report({ path, messageId, data }: Report): void {
      if (++reported > maxProblemsPerRule || !rule) return;
      const template = rule.meta.messages[messageId] ?? messageId;
      diagnostics.push({ ruleId: rule.meta.id, severity, message: fillTemplate(template, data), path });
    },
  };
  sharingParts(value, () => {
    for (rule of rulesByKind.get(kind) ?? []) {
      const setting = options.rules?.[rule.meta.id];
      const level: RuleLevel | undefined = Array.isArray(setting) ? setting[0] : (setting as RuleLevel | undefined);
      const ruleSeverity = level === undefined ? rule.meta.defaultSeverity : levels[level];
      if (ruleSeverity === undefined) continue;
      severity = ruleSeverity;
      reported = 0;
      // Without options in the setting, the rule's defaults as they stand (no copy per call).
      context.options =
        Array.isArray(setting) && setting[1] ? { ...rule.meta.defaultOptions, ...setting[1] } : (rule.meta.defaultOptions ?? noOptions);
      try {
        rule.check(context);
        if (reported > maxProblemsPerRule) {
          diagnostics.push({
            ruleId: rule.meta.id,
            severity,
            message: `more problems of this rule are not listed: oms-lint lists at most ${maxProblemsPerRule} problems of one rule in a payload; fix those and run it again`,
            path: "",
          });
        }
      } catch (error) {
        diagnostics.push({
          ruleId: rule.meta.id,
          severity: "error",
          message: `internal error in rule ${rule.meta.id} (please report it): ${(error as Error)?.message ?? String(error)}`,
          path: "",
        });
      }
    }
  });
  return diagnostics;
}
