import type { Diagnostic, Severity } from "../engine/diagnostic.js";
import type { AjvError } from "./schemaDiagnostics.js";

/**
 * The severity of the finding an error will be under the configuration; undefined when no
 * finding shows it (its rule is off). A list's check keeps its errors past the limit, counts its
 * warnings, and neither keeps nor counts the others (codegen/listTail.ts).
 */
export type ErrorSeverity = (error: AjvError) => Severity | undefined;

/** A precompiled validator of src/generated/validators.ts. */
export type GeneratedValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** A payload validator given, after its instance path, the severity each error will have (codegen/listTail.ts). */
type CountingValidator = (data: unknown, instancePath: string, severityOf: ErrorSeverity) => boolean;

/** The schema check could not finish: the payload is neither passed nor refused by it. */
function schemaCrash(error: RangeError): Diagnostic {
  return {
    ruleId: "schema",
    messageId: "internalError",
    severity: "error",
    evidence: "stated",
    message: `internal error in the schema check (please report it): ${error.message}; the payload was not checked against its schema, so it is not passed`,
    path: "",
  };
}

/**
 * Whether the value passes the validator, or the one finding of a validator that ran out of
 * V8's stack or a regexp's backtrack stack (a RangeError) on a value within the limits. Such
 * a throw is oms-lint's own, and unlessUnreadable rethrows those (it looks for a caller's
 * getter or trap that threw), so it reached validate()'s caller and ended the CLI, the
 * ESLint run and the language server's lint (found by the hostile-input audit: a search of
 * 2 million order IDs). Any other throw is left to unlessUnreadable, which finds a caller's
 * throwing getter and checks a value that throws at no place as JSON.stringify sends it.
 */
export function schemaVerdict(validator: GeneratedValidator, value: unknown, severityOf: ErrorSeverity): boolean | Diagnostic {
  try {
    return (validator as CountingValidator)(value, "", severityOf);
  } catch (error) {
    if (error instanceof RangeError) return schemaCrash(error);
    throw error;
  }
}
