import type { Rule } from "eslint";
import { pseudoRules } from "../cli/ruleDescriptions.js";
import { rulesById } from "../engine/ruleEngine.js";
import { fixes } from "../fix/fixes.js";
import { planEdits } from "../fix/textEdits.js";
import type { LintMessage, LintResult } from "../lint/lintResult.js";
import { pluginSettings, type SharedLint } from "./sharedLint.js";

/** The oms-lint findings that are ESLint rules besides the rule modules: structure, and a payload whose kind cannot be told. */
const structural = pseudoRules.filter((p) => p.id === "schema" || p.id === "kind");

/** Whether `path` is `key` or lies under it. */
function within(path: string, key: string): boolean {
  return path === key || path.startsWith(key + "/");
}

/**
 * The fix of one finding as ESLint wants it: the same JSON-level action as `oms-lint --fix`,
 * planned over the text into precise edits of the places it changes (ESLint merges a rule's
 * edits of one finding into one). None where the value's key is repeated in its object.
 */
function fixOf(text: string, kind: NonNullable<LintResult["kind"]>, m: LintMessage, all: readonly LintMessage[]): Rule.ReportFixer | undefined {
  const fixFor = fixes.get(m.ruleId);
  if (fixFor === undefined || all.some((d) => d.ruleId === "duplicate-key" && within(m.path, d.path))) return undefined;
  const planned = planEdits(text, [fixFor({ ruleId: m.ruleId, severity: m.severity === 2 ? "error" : "warning", message: m.message, path: m.path }, kind)]);
  if (planned.applied.length === 0) return undefined;
  return (fixer) => planned.edits.map((edit) => fixer.replaceTextRange([edit.offset, edit.offset + edit.length], edit.content ?? ""));
}

/** An ESLint rule that reports one oms-lint rule's findings, from the pass every oms-lint rule shares. */
function eslintRule(id: string, description: string, shared: SharedLint, extra: { url?: string; fixable?: boolean; optionsSchema?: Readonly<Record<string, unknown>> }): Rule.RuleModule {
  return {
    meta: {
      type: "problem",
      docs: { description, ...(extra.url ? { url: extra.url } : {}) },
      messages: { finding: "{{message}}" },
      ...(extra.fixable ? { fixable: "code" as const } : {}),
      schema: extra.optionsSchema ? [extra.optionsSchema as Rule.RuleMetaData["schema"] & object] : [],
    },
    create(context) {
      const text = context.sourceCode.text;
      const settings = pluginSettings(context.settings);
      const options = context.options[0] as Record<string, unknown> | undefined;
      const given = options !== undefined && Object.keys(options).length > 0 ? { ruleId: id, options } : undefined;
      const result = shared.lint(text, settings, given);
      for (const m of result.messages) {
        if (m.ruleId !== id) continue;
        const fix = result.kind === null ? undefined : fixOf(text, result.kind, m, result.messages);
        context.report({
          loc: { start: { line: m.line, column: m.column }, end: { line: m.endLine, column: m.endColumn } },
          messageId: "finding",
          data: { message: m.message },
          ...(fix ? { fix } : {}),
        });
      }
      return {};
    },
  };
}

/** One ESLint rule per oms-lint rule (by its id), plus `schema` and `kind`; all share one lint pass per file. */
export function eslintRules(shared: SharedLint, docsUrl?: (ruleId: string) => string): Record<string, Rule.RuleModule> {
  const rules: Record<string, Rule.RuleModule> = {};
  for (const { id, description } of structural) rules[id] = eslintRule(id, description, shared, {});
  for (const [id, rule] of rulesById) {
    rules[id] = eslintRule(id, rule.meta.description, shared, {
      url: docsUrl?.(id),
      fixable: fixes.has(id),
      optionsSchema: rule.meta.optionsSchema,
    });
  }
  return rules;
}

/** Each rule at its oms-lint default (error or warn), under the plugin's prefix. */
export function recommendedRules(prefix: string): Record<string, "error" | "warn"> {
  const levels: Record<string, "error" | "warn"> = {};
  for (const { id, defaultSeverity } of structural) levels[`${prefix}/${id}`] = defaultSeverity === "error" ? "error" : "warn";
  for (const [id, rule] of rulesById) levels[`${prefix}/${id}`] = rule.meta.defaultSeverity === "error" ? "error" : "warn";
  return levels;
}
