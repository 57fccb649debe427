import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLinter, isValid, standardSchema, validate } from "../../src/index.js";
import { defineRule } from "../../src/engine/rule.js";
import { toolLinter } from "../../src/builtIn/linter.js";
import type { RuleSetting, RulesConfig } from "../../src/engine/ruleConfig.js";

/**
 * A service keeps one `rules` object and may change it between calls (a feature flag, a
 * tenant's setting read at run time): every call is configured by what the object says then.
 * Found by the service audit: the configuration was cached by the object, so a rule turned
 * off (or on) after a first call kept its first level, and an unknown id added later was no TypeError.
 */
const example = (): Record<string, unknown> => JSON.parse(readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8"));

/** The documents' order with a line taxed 2 on 1 × 5: 40%, tax-rate-cap's error. */
function overTaxed(): Record<string, unknown> {
  const order = example();
  const [item] = order.orderItems as { itemSpecifics: Record<string, unknown> }[];
  item!.itemSpecifics.itemTaxOverride = 2;
  return order;
}

describe("a rules object changed between calls", () => {
  it("a rule turned off after a first call is off in the next", () => {
    const rules: Record<string, RuleSetting> = {};
    const order = overTaxed();
    expect(isValid("createOrder", order, { rules })).toBe(false);
    rules["tax-rate-cap"] = "off";
    expect(isValid("createOrder", order, { rules })).toBe(true);
  });

  it("a rule turned back on is on again: a refusal is never missed", () => {
    const rules: Record<string, RuleSetting> = { "tax-rate-cap": "off" };
    const order = overTaxed();
    expect(isValid("createOrder", order, { rules })).toBe(true);
    rules["tax-rate-cap"] = "error";
    expect(isValid("createOrder", order, { rules })).toBe(false);
  });

  it("a level changed inside a rule's array is seen", () => {
    const level: ["error" | "warn"] = ["error"];
    const rules: RulesConfig = { "tax-rate-cap": level };
    const order = overTaxed();
    expect(isValid("createOrder", order, { rules })).toBe(false);
    level[0] = "warn";
    expect(isValid("createOrder", order, { rules })).toBe(true);
  });

  it("an unknown rule id added later is the TypeError the README promises", () => {
    const rules: Record<string, RuleSetting> = { "tax-rate-cap": "warn" };
    validate("createOrder", example(), { rules });
    rules["tax-rate-caps"] = "off";
    expect(() => validate("createOrder", example(), { rules })).toThrow(/unknown rule "tax-rate-caps" \(did you mean "tax-rate-cap"\?\)/);
  });

  it("a Standard Schema built afresh with the changed object follows it", async () => {
    const rules: Record<string, RuleSetting> = {};
    const order = overTaxed();
    const first = await standardSchema("createOrder", { rules })["~standard"].validate(order);
    expect("issues" in first && first.issues !== undefined).toBe(true);
    rules["tax-rate-cap"] = "off";
    const second = await standardSchema("createOrder", { rules })["~standard"].validate(order);
    expect(second.issues).toBeUndefined();
  });

  // Found by the review of the session: the configuration was cached under its JSON text, read
  // once by JSON.stringify and again to configure it.
  it("a getter that answers otherwise at its second read leaves nothing behind for a plain configuration", () => {
    let reads = 0;
    const flaky = Object.defineProperty({}, "unknown-property", { enumerable: true, get: () => (reads++ === 0 ? "off" : "error") }) as RulesConfig;
    const body = { name: "a", value: "b", extra: 1 };
    validate("orderCustomData", body, { rules: flaky });
    expect(validate("orderCustomData", body, { rules: { "unknown-property": "off" } }).diagnostics).toEqual([]);
  });

  it("options JSON writes alike (a Set, a Map, an empty object) are each a rule's own", () => {
    const seen: unknown[] = [];
    const rule = defineRule({
      meta: {
        id: "names-rule",
        description: "reads its names option",
        defaultSeverity: "warning",
        evidence: "inferred",
        kinds: ["orderCustomData"],
        source: { document: "none", passage: "none" },
        messages: { m: "{{v}}" },
        optionsSchema: { type: "object", properties: { names: { type: "object" } } },
      },
      visit: { end: (context) => void seen.push((context.options as { names?: unknown }).names) },
    });
    const linter = createLinter({ rules: [rule] });
    const given = [new Set(["a"]), new Map([["b", 1]]), {}];
    for (const names of given) linter.validate("orderCustomData", { name: "a", value: "b" }, { rules: { "names-rule": ["warn", { names }] } });
    expect(seen).toEqual(given);
  });

  it("whatever sequence of levels one object is given, each call gives what a fresh copy gives", () => {
    const order = overTaxed();
    const level = fc.constantFrom("off", "warn", "error", 0, 1, 2, ["warn"], ["error"]);
    fc.assert(
      fc.property(fc.array(fc.record({ "tax-rate-cap": level, "unknown-property": level }, { requiredKeys: [] }), { minLength: 1, maxLength: 6 }), (steps) => {
        const rules: Record<string, unknown> = {};
        for (const step of steps) {
          for (const key of Object.keys(rules)) delete rules[key];
          Object.assign(rules, step);
          const fresh = structuredClone(step) as RulesConfig;
          expect(validate("createOrder", order, { rules: rules as RulesConfig })).toEqual(validate("createOrder", order, { rules: fresh }));
        }
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * What configureRules and checkSettings keep of an object that reaches them as the caller gave
 * it (the tool's entry, given options that inherit nothing, which ownOptions takes as they are,
 * as the command line's and the language server's per-file options are): kept only when it is frozen throughout, as the run's
 * config is (settledData), since only then can it not say otherwise at the next call.
 */
describe("a rules or settings object that reaches the checks as given, changed between calls", () => {
  const inheritingNothing = (options: object) => Object.assign(Object.create(null) as object, options);
  const refuses = (order: unknown, options: object) => toolLinter.validate("createOrder", order, options).diagnostics.some((d) => d.severity === "error");

  it("a frozen rules object whose array is not frozen: a level changed inside it is seen", () => {
    const level: ["error" | "warn"] = ["error"];
    const options = inheritingNothing({ rules: Object.freeze({ "tax-rate-cap": level }) });
    const order = overTaxed();
    expect(refuses(order, options)).toBe(true);
    level[0] = "warn";
    expect(refuses(order, options)).toBe(false);
  });

  it("a rules object that is not frozen: a rule turned off after a first call is off in the next", () => {
    const rules: Record<string, RuleSetting> = {};
    const options = inheritingNothing({ rules });
    const order = overTaxed();
    expect(refuses(order, options)).toBe(true);
    rules["tax-rate-cap"] = "off";
    expect(refuses(order, options)).toBe(false);
  });

  it("a rules object frozen throughout keeps its verdict at every call", () => {
    const options = inheritingNothing({ rules: Object.freeze({ "tax-rate-cap": Object.freeze(["warn"] as const) }) });
    const order = overTaxed();
    expect([refuses(order, options), refuses(order, options)]).toEqual([false, false]);
  });

  it("settings that are not frozen: a misspelt name added after a first call is the TypeError (the tool's entry, which checks no shapes)", () => {
    const settings: Record<string, unknown> = { onBlocks: true };
    const options = inheritingNothing({ settings });
    toolLinter.validate("createOrder", example(), options);
    settings.onblocks = true;
    expect(() => toolLinter.validate("createOrder", example(), options)).toThrow(/unknown setting "onblocks" \(did you mean "onBlocks"\?\)/);
  });
});
