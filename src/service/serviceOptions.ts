import { shownValue } from "../engine/argumentWords.js";
import type { Diagnostic, Severity, ValidationResult } from "../engine/diagnostic.js";
import { checkOptions, optionNames } from "../lint/libraryArguments.js";
import { configureRules } from "../engine/ruleConfig.js";
import { builtInLinter } from "../builtIn/linter.js";
import type { ValidateOptions } from "../lint/validate.js";

/** validate()'s options, and which findings fail a check. */
export interface ServiceOptions extends ValidateOptions {
  /**
   * The least severity that fails isValid, assertValid, a Standard Schema and a pre-submit
   * check: "error" (the default: warnings pass) or "warning" (any finding fails).
   */
  readonly failOn?: Severity | undefined;
}

/** The options isValid, assertValid and standardSchema take. */
export const serviceOptionNames = [...optionNames.validate, "failOn"] as const;

/**
 * Options are a programmer's constants: a misspelt name (`setting`, `failon`) would
 * otherwise change nothing, silently, and a value of the wrong type would fail deep inside
 * with V8's words. `fn` names the function in the message; `known` the options it takes,
 * the names an unknown one is told and offered (checkRequest's drop existing, add baseUrl).
 */
export function checkServiceOptions(fn: string, options: unknown, known: readonly string[] = serviceOptionNames): void {
  if (options === undefined) return;
  checkOptions(fn, options, known);
  // The rules too, so that a wrong level is this function's TypeError, not validate()'s.
  configureRules(builtInLinter.ruleSet, (options as ServiceOptions).rules, fn);
  const failOn = (options as ServiceOptions).failOn;
  if (failOn !== undefined && failOn !== "error" && failOn !== "warning") {
    throw new TypeError(`${fn}: option failOn must be "error" or "warning"; got ${shownValue(failOn)}`);
  }
}

/** The findings that fail the check under `failOn`; none means the payload passes. */
export function failures(result: ValidationResult, failOn: Severity = "error"): readonly Diagnostic[] {
  if (failOn === "warning") return result.diagnostics;
  return result.errorCount === 0 ? [] : result.diagnostics.filter((d) => d.severity === "error");
}
