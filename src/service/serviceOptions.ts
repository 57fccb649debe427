import type { Diagnostic, Severity, ValidationResult } from "../engine/diagnostic.js";
import { unknownName } from "../engine/nearestName.js";
import { checkSettings } from "../domain/settings.js";
import { checkOptions, describeArgument } from "../lint/libraryArguments.js";
import type { ValidateOptions } from "../lint/validate.js";

/** validate()'s options, and which findings fail a check. */
export interface ServiceOptions extends ValidateOptions {
  /**
   * The least severity that fails isValid, assertValid, a Standard Schema and a pre-submit
   * check: "error" (the default: warnings pass) or "warning" (any finding fails).
   */
  readonly failOn?: Severity | undefined;
}

const serviceOptionNames = ["rules", "settings", "existing", "source", "maxDepth", "maxEntries", "maxValues", "failOn"] as const;

/**
 * Options are a programmer's constants: a misspelt name (`setting`, `failon`) would
 * otherwise change nothing, silently, and a value of the wrong type would fail deep inside
 * with V8's words. `fn` names the function in the message; `more` names the keys a caller
 * adds (baseUrl, …).
 */
export function checkServiceOptions(fn: string, options: unknown, more: readonly string[] = []): void {
  if (options === undefined) return;
  checkOptions(fn, options);
  const given = options as Record<string, unknown>;
  const known = [...serviceOptionNames, ...more];
  for (const name of Object.keys(given)) if (!known.includes(name)) throw unknownName("option", name, known);
  // A service's settings are its own constants: a value of the wrong shape is a TypeError too.
  checkSettings(given.settings, { shapes: true });
  for (const name of ["existing", "source"] as const) {
    const value = given[name];
    if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value))) {
      throw new TypeError(`${fn}: options.${name} must be an object; got ${describeArgument(value)}`);
    }
  }
  const failOn = given.failOn;
  if (failOn !== undefined && failOn !== "error" && failOn !== "warning") {
    throw new TypeError(`option failOn must be "error" or "warning"; got ${JSON.stringify(failOn) ?? typeof failOn}`);
  }
}

/** The findings that fail the check under `failOn`; none means the payload passes. */
export function failures(result: ValidationResult, failOn: Severity = "error"): readonly Diagnostic[] {
  if (failOn === "warning") return result.diagnostics;
  return result.errorCount === 0 ? [] : result.diagnostics.filter((d) => d.severity === "error");
}
