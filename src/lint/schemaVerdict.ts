import type { Diagnostic } from "../engine/diagnostic.js";
import type { AjvError } from "./schemaDiagnostics.js";

/** Whether no finding will show an error (its rule is off): a list's check neither keeps nor counts it (codegen/listTail.ts). */
export type UnseenError = (error: AjvError) => boolean;

/** A precompiled validator of src/generated/validators.ts. */
export type GeneratedValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** A payload validator given, after its instance path, the errors its lists leave uncounted (codegen/listTail.ts). */
type CountingValidator = (data: unknown, instancePath: string, unseen: UnseenError) => boolean;

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
export function schemaVerdict(validator: GeneratedValidator, value: unknown, unseen?: UnseenError): boolean | Diagnostic {
  try {
    return unseen === undefined ? validator(value) : (validator as CountingValidator)(value, "", unseen);
  } catch (error) {
    if (error instanceof RangeError) return schemaCrash(error);
    throw error;
  }
}
