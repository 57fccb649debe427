import { describe, expect, it } from "vitest";
import type { Kind } from "../../src/kinds/kinds.js";
import type { ExistingRecord, Rule, SourceFacts } from "../../src/engine/rule.js";
import { rules } from "../../rules/index.js";
import type { Settings } from "../../src/domain/settings.js";
import { validate } from "../../src/lint/validate.js";

/** One payload a rule is run on (ESLint's RuleTester, over JSON payloads). */
export interface RuleCase {
  /** What the case shows; the test's name. */
  readonly name: string;
  readonly payload: unknown;
  readonly kind?: Kind;
  readonly options?: Record<string, unknown>;
  readonly settings?: Settings;
  readonly existing?: ExistingRecord;
  readonly source?: SourceFacts;
}

export interface ExpectedDiagnostic {
  readonly path: string;
  readonly messageId: string;
  /** Substrings the message must contain (names, numbers the user needs). */
  readonly messageIncludes?: readonly string[];
}

export interface InvalidRuleCase extends RuleCase {
  /** Every diagnostic of this rule, in document order. */
  readonly errors: readonly ExpectedDiagnostic[];
}

/** The message template with its placeholders as a pattern, to tell which message was used. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\{\s*\w+\s*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[\\s\\S]*")}$`);
}

function run(rule: Rule<any>, testCase: RuleCase) {
  const others = Object.fromEntries(rules.filter((r) => r !== rule).map((r) => [r.meta.id, "off" as const]));
  const level = rule.meta.defaultSeverity === "error" ? "error" : "warn";
  const setting = testCase.options ? ([level, testCase.options] as const) : undefined;
  const result = validate(testCase.kind ?? rule.meta.kinds[0]!, testCase.payload, {
    rules: { ...others, ...(setting ? { [rule.meta.id]: setting } : {}) },
    settings: testCase.settings,
    existing: testCase.existing,
    source: testCase.source,
  });
  return result.diagnostics.filter((d) => d.ruleId === rule.meta.id);
}

/**
 * Runs a rule over valid cases (no diagnostic of the rule) and invalid cases (exactly the
 * listed diagnostics, with the rule's default severity, at the listed paths).
 */
export function ruleTester(
  rule: Rule<any>,
  cases: { readonly valid: readonly RuleCase[]; readonly invalid: readonly InvalidRuleCase[] },
): void {
  describe(rule.meta.id, () => {
    it("is registered in rules/index.ts", () => {
      expect(rules).toContain(rule);
    });
    describe("valid", () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          expect(run(rule, testCase)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const found = run(rule, testCase);
          expect(found.map((d) => d.path)).toEqual(testCase.errors.map((e) => e.path));
          found.forEach((diagnostic, i) => {
            const expected = testCase.errors[i]!;
            const template = rule.meta.messages[expected.messageId];
            expect(template, `messageId ${expected.messageId} exists`).toBeDefined();
            expect(diagnostic.message).toMatch(templatePattern(template!));
            expect(diagnostic.severity).toBe(rule.meta.defaultSeverity);
            for (const part of expected.messageIncludes ?? []) expect(diagnostic.message).toContain(part);
          });
        });
      }
    });
  });
}

/** The diagnostics one rule reports on one case (the others off): for property tests beside a table. */
export function ruleDiagnostics(rule: Rule<any>, testCase: Omit<RuleCase, "name">) {
  return run(rule, { name: "", ...testCase });
}
