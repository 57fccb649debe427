import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertValid, checkRequest, isValid, standardSchema, validate } from "../../src/index.js";
import { repoRoot } from "../support/cli.js";

/**
 * Options are read as the caller's object answers them, not only as its own enumerable
 * properties say: the defence against a polluted Object.prototype dropped, with no word,
 * options given by inheritance, as a class's getter, as a non-enumerable property or through a
 * Proxy (found by the review of that defence: `isValid(k, v, Object.create({ failOn: "warning" }))`
 * passed a payload with warnings).
 */
const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(repoRoot, "examples", name), "utf8")) as Record<string, unknown>;
/** Valid, with warnings only. */
const importOrder = example("importOrder.json");
/** A Create Order whose tax rate is past the cap: tax-rate-cap's error unless skipInternationalTax. */
const businessRules = example("broken/createOrder-business-rules.json");

type Shape = (given: Record<string, unknown>) => object;

/** The shapes a caller gives its options in, each answering `given`'s names and nothing else. */
const shapes: [string, Shape][] = [
  ["inherited defaults (Object.create)", (given) => Object.create(given) as object],
  [
    "a class's getters",
    (given) => {
      class Options {}
      for (const name of Object.keys(given)) Object.defineProperty(Options.prototype, name, { get: () => given[name] });
      return new Options();
    },
  ],
  ["non-enumerable own properties", (given) => Object.defineProperties({}, Object.fromEntries(Object.keys(given).map((name) => [name, { value: given[name], enumerable: false }])))],
  ["a get-only Proxy", (given) => new Proxy({}, { get: (_target, name) => (typeof name === "string" && Object.hasOwn(given, name) ? given[name] : undefined) })],
  ["frozen, inherited", (given) => Object.freeze(Object.create(Object.freeze({ ...given })) as object)],
];

const taxCapFindings = (options: object) => validate("createOrder", businessRules, options).diagnostics.filter((d) => d.ruleId === "tax-rate-cap").length;

describe("options as the caller's object answers them", () => {
  it("as plain own properties (the reference): each option below changes the verdict", () => {
    expect(taxCapFindings({})).toBeGreaterThan(0);
    expect(taxCapFindings({ settings: { skipInternationalTax: true } })).toBe(0);
    expect(taxCapFindings({ rules: { "tax-rate-cap": "off" } })).toBe(0);
    expect(isValid("importOrder", importOrder)).toBe(true);
    expect(isValid("importOrder", importOrder, { failOn: "warning" })).toBe(false);
  });

  describe.each(shapes)("given as %s", (_shape, shape) => {
    it("validate() reads settings so given, and options holding them so", () => {
      expect(taxCapFindings({ settings: shape({ skipInternationalTax: true }) })).toBe(0);
      expect(taxCapFindings(shape({ settings: { skipInternationalTax: true } }))).toBe(0);
    });

    it("validate() and checkRequest() read rules so given", () => {
      expect(taxCapFindings(shape({ rules: { "tax-rate-cap": "off" } }))).toBe(0);
      const request = { method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", body: JSON.stringify(businessRules) };
      const ruleIds = (options: object) => checkRequest(request, options).diagnostics.map((d) => d.ruleId);
      expect(ruleIds({})).toContain("tax-rate-cap");
      expect(ruleIds(shape({ rules: { "tax-rate-cap": "off" } }))).not.toContain("tax-rate-cap");
    });

    it("isValid(), assertValid() and standardSchema() fail the warnings under failOn: warning so given", () => {
      expect(isValid("importOrder", importOrder, shape({ failOn: "warning" }))).toBe(false);
      expect(() => assertValid("importOrder", importOrder, shape({ failOn: "warning" }))).toThrow(/importOrder/);
      const result = standardSchema("importOrder", shape({ failOn: "warning" }))["~standard"].validate(importOrder);
      expect("issues" in result && result.issues !== undefined && result.issues.length > 0).toBe(true);
    });

    it("checkRequest() reads a request so given", () => {
      const request = shape({ method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", body: JSON.stringify(businessRules) });
      expect(checkRequest(request as { url: string }).diagnostics.map((d) => d.ruleId)).toContain("tax-rate-cap");
    });
  });

  // The rules' names are not known in advance, as the settings' are: their own enumerable entries
  // were copied and an inherited one dropped (`rules: Object.create({ schema: "off" })` did nothing).
  it.each([
    ["inherited", (levels: object) => Object.create(levels) as Record<string, "off">],
    ["inherited two levels down, frozen", (levels: object) => Object.freeze(Object.create(Object.create(Object.freeze(levels) as object) as object)) as Record<string, "off">],
  ])("validate() and checkRequest() read a rule's level %s inside rules, and refuse a misspelt one", (_shape, shape) => {
    expect(taxCapFindings({ rules: shape({ "tax-rate-cap": "off" }) })).toBe(0);
    const request = { method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", body: JSON.stringify(businessRules) };
    expect(checkRequest(request, { rules: shape({ "tax-rate-cap": "off" }) }).diagnostics.map((d) => d.ruleId)).not.toContain("tax-rate-cap");
    const errors: Record<string, "off"> = { schema: "off", "tax-rate-cap": "off", "preorder-mix": "off", "carrier-triplet": "off", "max-amount": "off" };
    expect(isValid("createOrder", businessRules, { rules: errors })).toBe(true);
    expect(isValid("createOrder", businessRules, { rules: shape(errors) })).toBe(true);
    expect(() => validate("createOrder", businessRules, { rules: shape({ "tax-rate-capp": "off" }) })).toThrow(/tax-rate-capp.*did you mean "tax-rate-cap"/);
  });

  it("a misspelt setting given by inheritance is refused, as an own one is (found by the review of the stop)", () => {
    expect(() => validate("createOrder", businessRules, { settings: Object.create({ onBlock: true }) as object })).toThrow(/unknown setting "onBlock".*did you mean "onBlocks"/);
    expect(taxCapFindings({ settings: Object.create({ skipInternationalTax: true }) as object })).toBe(0);
  });

  it("a revoked Proxy given as the rules or the settings is a TypeError naming the function and the option (found by the review of the stop)", () => {
    for (const name of ["rules", "settings"]) {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(() => validate("createOrder", businessRules, { [name]: proxy })).toThrow(new RegExp(`^validate: options\\.${name} cannot be read \\(a revoked Proxy\\?\\)`));
      expect(() => isValid("createOrder", businessRules, { [name]: proxy })).toThrow(new RegExp(`^isValid: options\\.${name} cannot be read`));
    }
  });

  it("a misspelt option given by inheritance is refused, as an own one is", () => {
    expect(() => validate("createOrder", businessRules, Object.create({ rulez: { "tax-rate-cap": "off" } }) as object)).toThrow(/rulez.*did you mean "rules"/);
    expect(() => isValid("importOrder", importOrder, Object.create({ failon: "warning" }) as object)).toThrow(/failon.*did you mean "failOn"/);
  });

  it("a getter is called once a call", () => {
    let calls = 0;
    const options = new (class {
      get failOn() {
        calls += 1;
        return "warning" as const;
      }
    })();
    expect(isValid("importOrder", importOrder, options)).toBe(false);
    expect(calls).toBe(1);
  });
});
