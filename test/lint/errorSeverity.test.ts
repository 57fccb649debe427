import { describe, expect, it } from "vitest";
import { builtInLinter } from "../../src/builtIn/linter.js";
import { configureRules, type RulesConfig } from "../../src/engine/ruleConfig.js";
import { errorSeverity } from "../../src/lint/errorSeverity.js";

/**
 * The validators' lists decide by evidence, with no call per error, only where that is what the
 * configured levels give: every structural rule on at its default level (the documents' example
 * validates in ~5 µs, and a call per error would cost every long list). Any other level of one
 * makes them ask each error's severity (codegen/listTail.ts).
 */
const set = builtInLinter.ruleSet;
/** Whether the validators get a severity for each error, given the configuration's levels. */
const asksEachError = (rules: RulesConfig) => errorSeverity(set, configureRules(set, rules), () => "error", { value: {} }) !== undefined;

describe("errorSeverity: undefined (the evidence decides) only where every structural rule stands at its default level", () => {
  const asByDefault: RulesConfig[] = [{}, { schema: "error", "schema/quantity": "warn", "schema/line-item-crucial": 1 }, { "unknown-property": "off", "tax-rate-cap": "error" }];
  for (const rules of asByDefault) {
    it(`${JSON.stringify(rules)}: undefined`, () => {
      expect(asksEachError(rules)).toBe(false);
    });
  }

  const otherwise: RulesConfig[] = [{ schema: "warn" }, { "schema/quantity": "error" }, { "schema/line-item-crucial": "off" }, { schema: 2, "schema/length-units": "error" }];
  for (const rules of otherwise) {
    it(`${JSON.stringify(rules)}: a severity for each error`, () => {
      expect(asksEachError(rules)).toBe(true);
    });
  }
});
