import { withExistingRead } from "../lint/existingRecord.js";
import { checkKind, type Kind } from "../kinds/kinds.js";
import { validate } from "../builtIn/linter.js";
import { OmsValidationError } from "./omsValidationError.js";
import type { AcceptedPayloadOf } from "./payloadTypes.js";
import { checkServiceOptions, failures, type ServiceOptions } from "./serviceOptions.js";

/**
 * Throws OmsValidationError unless the value passes (no error; no warning either under
 * `failOn: "warning"`); after it returns, the value has the type of what passes with
 * warnings: `assertValid("createOrder", body)` makes `body` a CreateOrderRequestAccepted, in
 * which a field whose type only our reading gives (an empty orderItems, a number postalCode:
 * warnings) is no more than the documents state.
 */
export function assertValid<K extends Kind>(kind: K, value: unknown, options: ServiceOptions = {}): asserts value is AcceptedPayloadOf<K> {
  checkKind(kind, { fn: "assertValid", valueFollows: true });
  checkServiceOptions("assertValid", options);
  const { failOn, ...validateOptions } = withExistingRead("assertValid", options)!;
  const failed = failures(validate(kind, value, validateOptions), failOn);
  if (failed.length > 0) throw new OmsValidationError(kind, failed, value);
}

/**
 * V, when some type V may be is already assignable to the kind's accepted type (a value
 * declared CreateOrderRequest, or CreateOrderRequest | undefined); never otherwise, and never
 * for `any` (Express's `req.body`), which matches every type.
 */
type AlreadyAccepted<V, K extends Kind> = 0 extends 1 & V ? never : [Extract<V, AcceptedPayloadOf<K>>] extends [never] ? never : V;

/**
 * Whether the value passes, as assertValid decides; a type guard for what passes
 * (CreateOrderRequestAccepted, …). A value whose declared type is already accepted (a body
 * built as a CreateOrderRequest) is not narrowed: a guard to a type it already has narrows
 * its false branch to `never`, where the body that failed is still the one the program built.
 */
export function isValid<K extends Kind, V>(kind: K, value: AlreadyAccepted<V, K>, options?: ServiceOptions): boolean;
export function isValid<K extends Kind>(kind: K, value: unknown, options?: ServiceOptions): value is AcceptedPayloadOf<K>;
export function isValid<K extends Kind>(kind: K, value: unknown, options: ServiceOptions = {}): value is AcceptedPayloadOf<K> {
  checkKind(kind, { fn: "isValid", valueFollows: true });
  checkServiceOptions("isValid", options);
  const { failOn, ...validateOptions } = withExistingRead("isValid", options)!;
  return failures(validate(kind, value, validateOptions), failOn).length === 0;
}
