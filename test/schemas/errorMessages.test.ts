import ajvErrors from "ajv-errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadConfigSchema, loadSchemas, validatorRefs } from "../../codegen/schemaSet.js";
import { newAjv } from "../../codegen/validators.js";
import { ajvUcs2length } from "../../src/generated/ajvRuntime.js";
import * as configValidators from "../../src/generated/configValidator.js";
import * as validators from "../../src/generated/validators.js";
import { valueAt } from "../../src/json/jsonPointer.js";
import { validate } from "../../src/index.js";
import { fuzzParameters, fuzzTimeout, hostileJson, mutatedPayload } from "../fuzz/arbitraries.js";
import { createOrder } from "../support/payloads.js";

/**
 * The schemas' `errorMessage` is worded at codegen (codegen/errorSites.ts), no longer by
 * ajv-errors at run time. ajv-errors defines what the keyword means, so it is the oracle:
 * the same schemas compiled with it must say the same things at the same places, for the
 * documents' examples changed at random and for any JSON at all. (ajv-errors merges the
 * errors one message covers into one; the generated code keeps each, with that message:
 * sets of place and message are compared, as findings are made one per place.) One difference
 * is meant: a maximum length is counted in UTF-16 units by the generated code, in code points by
 * Ajv (see pastByUnitsAlone).
 */

interface AjvError {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
  up?: number;
}
type Validator = ((value: unknown) => boolean) & { errors?: AjvError[] | null };

/**
 * What a user reads of the errors: each place (a missing property at its own) with its
 * message; one message for an object's missing properties as a whole at the first of them
 * (as src/lint/schemaDiagnostics.ts makes one finding of it).
 */
function said(errors: readonly AjvError[] | null | undefined): string[] {
  const out = new Set<string>();
  const wholes = new Set<string>();
  for (const error of errors ?? []) {
    // ajv-errors' error, which holds what it words, stands where its message's subschema checks.
    const original = error.keyword === "errorMessage" ? (error.params.errors as AjvError[])[0]! : error;
    if (original.keyword === "if" || original.keyword === "allOf") continue;
    const at = error.up ? error.instancePath.split("/").slice(0, -error.up).join("/") : error.instancePath;
    if (original.keyword === "required") {
      const whole = `${at}  ${error.message}`;
      if (wholes.has(whole)) continue;
      wholes.add(whole);
    }
    const missing = original.keyword === "required" ? `/${String(original.params.missingProperty)}` : "";
    out.add(`${at}${missing}  ${error.message}`);
  }
  return [...out].sort();
}

const reference = newAjv((ajv) => ajvErrors.default(ajv));
for (const [key, schema] of loadSchemas()) reference.addSchema(schema, key);
const configReference = newAjv((ajv) => ajvErrors.default(ajv));
configReference.addSchema(loadConfigSchema(), "config");

/**
 * The generated errors of a maximum length that a string keeps by code points and passes by
 * UTF-16 units. The documents count "characters" without saying how; codegen checks a maximum
 * by units (lengthBeforeCount, codegen/validators.ts) where Ajv, and so ajv-errors, counts code
 * points and says nothing. A user never reads the schema's message for such a string:
 * schemaDiagnostics makes it schema/length-units' warning under a stated limit and nothing under
 * a limit of our reading. Every generated maxLength error is held to being past its limit by units.
 */
function pastByUnitsAlone(errors: readonly AjvError[] | null | undefined, value: unknown): Set<AjvError> {
  const out = new Set<AjvError>();
  for (const error of errors ?? []) {
    if (error.keyword !== "maxLength") continue;
    const text = valueAt(value, error.instancePath);
    const limit = error.params.limit;
    if (typeof text !== "string" || typeof limit !== "number") throw new Error(`a maxLength error at ${error.instancePath} names no string and limit`);
    expect(text.length, error.instancePath).toBeGreaterThan(limit);
    if (ajvUcs2length(text) <= limit) out.add(error);
  }
  return out;
}

function agree(generated: Validator, oracle: Validator, value: unknown): void {
  const ok = generated(value);
  const unitsAlone = pastByUnitsAlone(generated.errors, value);
  const rest = (generated.errors ?? []).filter((error) => !unitsAlone.has(error));
  const oracleOk = oracle(structuredClone(value));
  expect(oracleOk).toBe(rest.length === 0);
  expect(ok).toBe(oracleOk && unitsAlone.size === 0);
  expect(said(rest)).toEqual(said(oracle.errors));
}

describe("the generated validators' wording", () => {
  const pairs = Object.entries(validatorRefs).map(([name, schema]) => ({
    name,
    generated: (validators as unknown as Record<string, Validator>)[name]!,
    oracle: reference.getSchema(schema) as unknown as Validator,
  }));

  it("is ajv-errors' for every validator, on the examples changed at random", () => {
    for (const pair of pairs) expect(pair.generated, pair.name).toBeTypeOf("function");
    fc.assert(
      fc.property(mutatedPayload, (value) => {
        for (const { generated, oracle } of pairs) agree(generated, oracle, value);
      }),
      fuzzParameters,
    );
  }, fuzzTimeout);

  // 60 emoji: 60 code points, 120 UTF-16 units, against maximums of 100 (found by the property under OMS_LINT_FUZZ_SEED=1).
  // What a user reads there (docs/rules/schema/length-units.md): the warning under a stated limit, nothing under ours.
  const sixtyEmoji = "😀".repeat(60);
  it.each([
    ["a gift recipient (a maximum from outside the documents)", "createOrder", createOrder({ orderGift: { recipient: sixtyEmoji, message: "hi" } }), "/orderGift/recipient", []],
    ["an externalOrderID (a stated maximum)", "createOrder", createOrder({ externalOrderID: sixtyEmoji }), "/externalOrderID", ["schema/length-units"]],
    ["a custom data name (a stated maximum)", "orderCustomData", { name: sixtyEmoji, value: "v" }, "/name", ["schema/length-units"]],
  ] as const)("is ajv-errors' for a string past its maximum by UTF-16 units alone: %s", (_name, kind, value, path, read) => {
    const { generated, oracle } = pairs.find((pair) => pair.name === kind)!;
    agree(generated, oracle, value);
    expect([...pastByUnitsAlone(generated.errors, value)].map((error) => error.instancePath)).toEqual([path]);
    expect(validate(kind, value).diagnostics.map((finding) => [finding.path, finding.ruleId])).toEqual(read.map((ruleId) => [path, ruleId]));
  });

  it("is ajv-errors' for the config file's schema, on any JSON", () => {
    const generated = configValidators.omsLintConfig as unknown as Validator;
    const oracle = configReference.getSchema("config") as unknown as Validator;
    const config = fc.record(
      { rules: hostileJson, settings: hostileJson, files: hostileJson, limits: hostileJson, ignores: hostileJson, overrides: hostileJson, extra: hostileJson },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.oneof(config, hostileJson), (value) => agree(generated, oracle, value)), fuzzParameters);
  }, fuzzTimeout);

  it("words a missing property, a refused value and a list of codes as the schemas do", () => {
    const createOrder = validators.createOrder as unknown as Validator;
    createOrder({ locale: "xx", currency: 5 });
    const lines = said(createOrder.errors);
    expect(lines).toContain("/externalOrderID  externalOrderID is required (a client-generated unique identifier, 1-100 characters)");
    expect(lines.some((line) => line.startsWith("/locale  locale must be one of the documented IETF codes"))).toBe(true);
    expect(lines.some((line) => line.startsWith("/currency  currency must be one of the 35 documented ISO codes: USD RUB"))).toBe(true);
  });
});
