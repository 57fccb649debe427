import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint, RuleTester } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../../src/eslint/plugin.js";
import { eslintRules } from "../../src/eslint/eslintRules.js";
import { SharedLint } from "../../src/eslint/sharedLint.js";
import { recommendedConfig } from "../support/eslintRun.js";
import { createOrder, importOrder, taxedOrder, type JsonObject } from "../support/payloads.js";

// ESLint's RuleTester runs its cases through the test framework's describe and it.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The 1-based line of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((l) => l.includes(needle)) + 1;
}

const clean = JSON.stringify(createOrder(), null, 2);
const taxed = taxedOrder();
const imported = JSON.stringify(importOrder(), null, 2);

describe("oms-lint/eslint rules under the plugin's language (RuleTester, language oms-lint/json: the one their meta.languages names)", () => {
  const tester = new RuleTester({ plugins: { "oms-lint": plugin }, language: "oms-lint/json" });

  tester.run("tax-rate-cap", plugin.rules["tax-rate-cap"]!, {
    valid: [clean, { code: taxed, settings: { "oms-lint": { skipInternationalTax: true } } }],
    invalid: [
      {
        code: taxed,
        // The line over the cap; the order total (4 on 10) follows from it and is not reported too.
        errors: [
          { line: lineOf(taxed, '"itemTaxOverride": 3'), column: taxed.split("\n")[lineOf(taxed, '"itemTaxOverride": 3') - 1]!.indexOf("3") + 1, message: /60%/ },
        ],
      },
    ],
  });

  tester.run("max-amount-null-preferred", plugin.rules["max-amount-null-preferred"]!, {
    valid: [clean],
    invalid: [
      { code: taxed, settings: { "oms-lint": { kind: "createOrder" } }, output: taxed.replace('"maxAmount": -1', '"maxAmount": null'), errors: [{ messageId: "finding", line: lineOf(taxed, '"maxAmount": -1') }] },
      // Told from its content, a Create Order may be an import without its orderStatus, on which the edit changes the order's data: a suggestion (heldOrderFixes.ts).
      {
        code: taxed,
        output: null,
        errors: [
          {
            // In ESLint's words: it has no --kind, and the plugin reads no oms-lint.config.json.
            message: /to have it made, set settings\["oms-lint"\]\.kind for it in the ESLint config \(createOrder\)/,
            line: lineOf(taxed, '"maxAmount": -1'),
            suggestions: [{ desc: "Set maxAmount to null (max-amount-null-preferred, --fix leaves it: see the message)", output: taxed.replace('"maxAmount": -1', '"maxAmount": null') }],
          },
        ],
      },
      // On an import the advice is Create Order's, our reading there: a suggestion, which `eslint --fix` does not make.
      {
        code: imported,
        settings: { "oms-lint": { kind: "importOrder" } },
        output: null,
        errors: [
          {
            messageId: "finding",
            line: lineOf(imported, '"maxAmount": -1'),
            // What the edit does, in the language server's words for its quick fix.
            suggestions: [{ desc: "Set maxAmount to null (max-amount-null-preferred, our reading: --fix leaves it)", output: imported.replace('"maxAmount": -1', '"maxAmount": null') }],
          },
        ],
      },
    ],
  });

  // The audit's maxAmount: a string is max-amount-string's warning, not max-amount's error; a literal is judged as written.
  const limitedBy = (literal: string) => clean.replace('"maxAmount": null', `"maxAmount": ${literal}`);
  tester.run("max-amount-string", plugin.rules["max-amount-string"]!, {
    valid: [clean, limitedBy("25")],
    invalid: [{ code: limitedBy('"25.00"'), errors: [{ line: lineOf(clean, '"maxAmount"'), message: /"25\.00": .*is our reading/ }] }],
  });
  tester.run("max-amount", plugin.rules["max-amount"]!, {
    valid: [clean, limitedBy('"25.00"'), limitedBy("1e-400")],
    invalid: [{ code: limitedBy("-1.0000000000000000001"), errors: [{ message: /^maxAmount is -1\.0000000000000000001:/ }] }],
  });

  // A shippingMethod of nothing but read-only fields: `eslint --fix` emptied it to {} (review of the fix); each removal is now offered alone.
  const shipless = JSON.stringify(createOrder({ shippingMethod: { name: "Ground", price: 5 } }), null, 2);
  tester.run("read-only-shipping-fields", plugin.rules["read-only-shipping-fields"]!, {
    valid: [clean],
    invalid: [
      {
        code: shipless,
        output: null,
        errors: [
          { line: lineOf(shipless, '"name": "Ground"'), message: /--fix does not remove name/, suggestions: [{ desc: "Remove name (read-only-shipping-fields, --fix leaves it: see the message)", output: shipless.replace(/\s*"name": "Ground",/, "") }] },
          { line: lineOf(shipless, '"price": 5'), message: /--fix does not remove price/, suggestions: [{ desc: "Remove price (read-only-shipping-fields, --fix leaves it: see the message)", output: shipless.replace(/,\s*"price": 5/, "") }] },
        ],
      },
    ],
  });

  tester.run("schema", plugin.rules.schema!, {
    valid: [clean],
    invalid: [
      // The kind comes from settings: this Create Order body lacks what an import requires.
      { code: clean, settings: { "oms-lint": { kind: "importOrder" } }, errors: [{ message: /orderStatus/ }] },
      // A locale no listed code spells: the shared message quotes it and the listed code nearest to it, at the value.
      {
        code: clean.replace('"locale": "en-US"', '"locale": "en_US"'),
        errors: [{ line: lineOf(clean, '"locale"'), column: clean.split("\n")[lineOf(clean, '"locale"') - 1]!.indexOf('"en-US"') + 1, message: /^locale must be one of the documented IETF codes: .*; got "en_US" \(did you mean en-US\?\)$/ }],
      },
    ],
  });
});

describe("oms-lint/eslint with ESLint's Node API", () => {
  const dir = mkdtempSync(join(tmpdir(), "oms-lint-eslint-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = recommendedConfig;

  it("names itself for ESLint's cache (and, by its namespace, for the rules' meta.languages under another name), and its recommended config sets the language and every rule", () => {
    // The version carries the build's hash (pluginVersion.test.ts): a rebuild of one version is another cache key.
    const version = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version as string;
    expect(plugin.meta).toEqual({ name: "oms-lint", namespace: "oms-lint", version: expect.stringMatching(new RegExp(`^${version.replaceAll(".", "\\.")}\\+[0-9a-f]{64}$`)) });
    expect(plugin.configs.recommended).toMatchObject({ language: "oms-lint/json", plugins: { "oms-lint": plugin } });
    expect(plugin.configs.recommended.rules).toMatchObject({ "oms-lint/tax-rate-cap": "error", "oms-lint/tax-rate-cap-from-strings": "warn", "oms-lint/max-amount-null-preferred": "warn", "oms-lint/max-amount": "error", "oms-lint/max-amount-string": "warn", "oms-lint/schema": "error" });
    expect(Object.keys(plugin.configs.recommended.rules!)).toHaveLength(Object.keys(plugin.rules).length);
  });

  it("is the package's oms-lint/eslint export, loadable by plain Node from the build", () => {
    const root = new URL("../../", import.meta.url);
    const script = 'const { default: p } = await import("oms-lint/eslint"); console.log(JSON.stringify([p.meta.name, Object.keys(p.languages), p.configs.recommended.language]))';
    const printed = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(printed)).toEqual(["oms-lint", ["json"], "oms-lint/json"]);
  });

  // The plugin is for ESLint 9 and 10 (its peer range): the same check runs on both majors.
  const majors = [
    ["ESLint 10", ESLint],
    ["ESLint 9", ESLint9 as unknown as typeof ESLint],
  ] as const;
  it.each(majors)("%s reports oms-lint/tax-rate-cap on the itemTaxOverride line, and --fix writes maxAmount null and nothing else", async (name, ESLint) => {
    expect(ESLint.version.split(".")[0]).toBe(name.split(" ")[1]);
    const file = join(dir, `order-${name.replace(" ", "")}.json`);
    writeFileSync(file, taxed);
    const [linted] = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config() }).lintFiles([file]);
    const tax = linted!.messages.filter((m) => m.ruleId === "oms-lint/tax-rate-cap");
    expect(tax.map((m) => m.line)).toContain(lineOf(taxed, '"itemTaxOverride": 3'));
    expect(tax.every((m) => m.severity === 2)).toBe(true);
    expect(linted!.messages.find((m) => m.ruleId === "oms-lint/max-amount-null-preferred")).toMatchObject({ severity: 1, line: lineOf(taxed, '"maxAmount": -1') });

    // The kind given: told from the content, Create Order's fixes are held (heldOrderFixes.ts).
    const results = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config({ kind: "createOrder" }), fix: true }).lintFiles([file]);
    await ESLint.outputFixes(results);
    expect(readFileSync(file, "utf8")).toBe(taxed.replace('"maxAmount": -1', '"maxAmount": null'));
    expect(results[0]!.messages.map((m) => m.ruleId)).not.toContain("oms-lint/max-amount-null-preferred");
  });

  it("explains a file that is not JSON in oms-lint's words, at the fault", async () => {
    const [result] = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config() }).lintText('{\n  "manufacturerID": MFG_ID\n}\n', { filePath: join(dir, "placeholder.json") });
    expect(result!.messages).toEqual([expect.objectContaining({ fatal: true, line: 2, column: 21, message: expect.stringContaining("placeholder MFG_ID is not a JSON value") })]);
  });

  it("keeps a misspelt key's 'did you mean' when ESLint turns off the rule whose finding stands at it", async () => {
    const text = JSON.stringify(createOrder({ shippingMethod: { shippingType: "standard", carier: "UPS", carrierType: "DOMESTIC", serviceType: "GROUND" } }), null, 2);
    const at = async (rules?: Record<string, "off">) => {
      const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, rules) });
      const [result] = await eslint.lintText(text, { filePath: join(dir, "carier.json") });
      return result!.messages.filter((m) => m.line === lineOf(text, '"carier"')).map((m) => m.ruleId).sort();
    };
    // With both on, one finding, as in the CLI: the missing field's rule's, at the misspelt key.
    expect(await at()).toEqual(["oms-lint/carrier-triplet"]);
    expect(await at({ "oms-lint/carrier-triplet": "off" })).toEqual(["oms-lint/unknown-property"]);
  });

  it("makes one lint pass per file for all its oms-lint rules", async () => {
    const shared = new SharedLint();
    const counted = { meta: { name: "counted" }, rules: eslintRules(shared) };
    const rules = Object.fromEntries(Object.keys(counted.rules).map((id) => [`counted/${id}`, "error" as const]));
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [{ files: ["**/*.json"], plugins: { "oms-lint": plugin, counted }, language: "oms-lint/json", rules }] });
    await eslint.lintText(taxed, { filePath: join(dir, "a.json") });
    expect(shared.passes).toBe(1);
    await eslint.lintText(clean, { filePath: join(dir, "b.json") });
    expect(shared.passes).toBe(2);
  });

  it("takes settings from ESLint's settings, so that ESLint's cache is never stale", async () => {
    const file = join(dir, "cached.json");
    writeFileSync(file, taxed);
    const cacheLocation = join(dir, ".eslintcache");
    const taxFindings = async (settings?: Record<string, unknown>) => {
      const [result] = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config(settings), cache: true, cacheLocation }).lintFiles([file]);
      return result!.messages.filter((m) => m.ruleId === "oms-lint/tax-rate-cap").length;
    };
    expect(await taxFindings()).toBe(1);
    expect(await taxFindings({ skipInternationalTax: true })).toBe(0);
    expect(await taxFindings()).toBe(1);
  });
});
