import { ESLint, RuleTester } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/eslint/plugin.js";
import { kinds } from "../../src/kinds/kinds.js";
import { recommendedConfig } from "../support/eslintRun.js";
import { createOrder, taxedOrder } from "../support/payloads.js";

/**
 * `settings["oms-lint"]` is checked as the library checks its settings: a misspelt key was
 * silently ignored (the tax cap still applied under `skipinternationaltax: true`), and a
 * misspelt kind stopped ESLint with a stack trace (found by the editor surface audit).
 */

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const clean = JSON.stringify(createOrder(), null, 2);
const taxed = taxedOrder();
const named = (problem: string) => `settings["oms-lint"]: ${problem}; no oms-lint rule lints this file until it is fixed`;
const settingsList = "the settings are: kind, skipInternationalTax, onBlocks, customNoOperationTypes, certifiedPartNumbers";

describe("oms-lint/settings (RuleTester)", () => {
  const tester = new RuleTester({ plugins: { "oms-lint": plugin }, language: "oms-lint/json" });
  const at = (problem: string) => [{ message: named(problem), line: 1, column: 1 }];
  tester.run("settings", plugin.rules.settings!, {
    valid: [clean, { code: taxed, settings: { "oms-lint": { skipInternationalTax: true, onBlocks: false, kind: "createOrder", certifiedPartNumbers: ["P1"] } } }],
    invalid: [
      { code: taxed, settings: { "oms-lint": { skipinternationaltax: true } }, errors: at(`unknown setting "skipinternationaltax" (did you mean "skipInternationalTax"?); ${settingsList}`) },
      { code: clean, settings: { "oms-lint": { onblocks: true } }, errors: at(`unknown setting "onblocks" (did you mean "onBlocks"?); ${settingsList}`) },
      { code: clean, settings: { "oms-lint": { kind: "createorder" } }, errors: at(`unknown kind "createorder" (did you mean "createOrder"?); the kinds are: ${kinds.map((k) => k.kind).join(", ")}`) },
      { code: clean, settings: { "oms-lint": { skipInternationalTax: "yes" } }, errors: at('setting skipInternationalTax must be true or false; got "yes"') },
      { code: clean, settings: { "oms-lint": ["createOrder"] }, errors: [{ message: /^settings\["oms-lint"\]: must be an object/ }] },
    ],
  });
});

describe("a wrong setting under ESLint's Node API", () => {
  const lint = async (settings: Record<string, unknown>, rules?: Record<string, "off" | "warn">) => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: recommendedConfig(settings, rules) });
    const [result] = await eslint.lintText(taxed, { filePath: "order.json" });
    return result!.messages;
  };

  it("is one error of oms-lint/settings, and no finding made under other settings", async () => {
    expect(await lint({ skipinternationaltax: true })).toEqual([
      expect.objectContaining({ ruleId: "oms-lint/settings", severity: 2, line: 1, column: 1, message: named(`unknown setting "skipinternationaltax" (did you mean "skipInternationalTax"?); ${settingsList}`) }),
    ]);
  });

  it("a misspelt kind is a finding, not a crash", async () => {
    expect(await lint({ kind: "createorder" })).toEqual([expect.objectContaining({ ruleId: "oms-lint/settings", severity: 2, message: expect.stringContaining('(did you mean "createOrder"?)') })]);
  });

  it("with oms-lint/settings off, it is said once all the same, as an error (oms-lint/parse's), not as the warning of oms-lint/kind", async () => {
    const messages = await lint({ skipInternationalTx: true }, { "oms-lint/settings": "off" });
    expect(messages).toEqual([expect.objectContaining({ ruleId: "oms-lint/parse", severity: 2, message: expect.stringContaining('unknown setting "skipInternationalTx"') })]);
  });

  it("with settings and parse off, oms-lint/schema says it, still an error", async () => {
    const messages = await lint({ onblocks: true }, { "oms-lint/settings": "off", "oms-lint/parse": "off" });
    expect(messages).toEqual([expect.objectContaining({ ruleId: "oms-lint/schema", severity: 2, message: expect.stringContaining('unknown setting "onblocks"') })]);
  });

  it("with only warnings on, it is said once, at the level of the rule that says it", async () => {
    const everyRuleOff = Object.fromEntries(Object.keys(plugin.configs.recommended.rules!).map((id) => [id, "off" as const]));
    const messages = await lint({ onblocks: true }, { ...everyRuleOff, "oms-lint/kind": "warn", "oms-lint/tax-rate-cap": "warn" });
    expect(messages).toEqual([expect.objectContaining({ severity: 1, message: expect.stringContaining('unknown setting "onblocks"') })]);
  });

  it("right settings are read: the cap does not apply under skipInternationalTax", async () => {
    expect((await lint({})).map((m) => m.ruleId)).toContain("oms-lint/tax-rate-cap");
    expect((await lint({ skipInternationalTax: true })).map((m) => m.ruleId)).not.toContain("oms-lint/tax-rate-cap");
  });
});
