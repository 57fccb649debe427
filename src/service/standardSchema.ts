import { ownOptions } from "../lint/ownOptions.js";
import { withExistingRead } from "../lint/existingRecord.js";
import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import { checkKind, kinds, type Kind } from "../kinds/kinds.js";
import { validate } from "../builtIn/linter.js";
import { toIssues } from "./issues.js";
import { kindJsonSchema } from "./jsonSchema.js";
import type { AcceptedPayloadOf, PayloadOf } from "./payloadTypes.js";
import { checkServiceOptions, failures, type ServiceOptions } from "./serviceOptions.js";

/**
 * The Standard Schema of a kind: a validator (V1) that also gives its JSON Schema; it validates
 * synchronously. Its input is the type to build a payload with (PayloadOf), its output the
 * type of what passes, warnings allowed (AcceptedPayloadOf), as isValid narrows to.
 */
export interface OmsStandardSchema<K extends Kind> {
  readonly "~standard": Omit<StandardSchemaV1.Props<PayloadOf<K>, AcceptedPayloadOf<K>>, "validate"> &
    StandardJSONSchemaV1.Props<PayloadOf<K>, AcceptedPayloadOf<K>> & {
      readonly validate: (value: unknown, options?: StandardSchemaV1.Options) => StandardSchemaV1.Result<AcceptedPayloadOf<K>>;
    };
}

/**
 * A kind as a Standard Schema (https://standardschema.dev), for the frameworks that take
 * one: Hono's `sValidator("json", standardSchema("createOrder"))`, tRPC's `.input(…)`, and
 * others. It checks what validate() checks; the findings that fail (errors, or warnings
 * too under `failOn: "warning"`) are its issues, each with its path as property keys and
 * array indexes as numbers. The value passes through as it came, typed as what passes
 * (AcceptedPayloadOf). `~standard.jsonSchema` gives the kind's JSON Schema (draft-07 or 2020-12).
 */
export function standardSchema<K extends Kind>(kind: K, given: ServiceOptions = {}): OmsStandardSchema<K> {
  // The caller's own options only (ownOptions): a polluted Object.prototype's failOn or rules are none of them.
  const options = ownOptions(given);
  checkKind(kind, { fn: "standardSchema" });
  checkServiceOptions("standardSchema", options);
  const { failOn, ...validateOptions } = options;
  // A typo in the rules or settings, or a record without its name, is a TypeError now, not at the first request.
  validate(kind, null, withExistingRead("standardSchema", validateOptions));
  return {
    "~standard": {
      version: 1,
      vendor: "oms-lint",
      validate(value: unknown): StandardSchemaV1.Result<AcceptedPayloadOf<K>> {
        const failed = failures(validate(kind, value, validateOptions), failOn);
        return failed.length === 0 ? { value: value as AcceptedPayloadOf<K> } : { issues: toIssues(value, failed) };
      },
      jsonSchema: {
        // Called as input() by mistake, it says which targets there are, not "cannot destructure".
        input: (options) => kindJsonSchema(kind, options?.target),
        output: (options) => kindJsonSchema(kind, options?.target),
      },
    },
  };
}
