import { ownOptions } from "../lint/ownOptions.js";
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
export function assertValid<K extends Kind>(kind: K, value: unknown, given: ServiceOptions = {}): asserts value is AcceptedPayloadOf<K> {
  // The caller's own options only (ownOptions): a polluted Object.prototype's failOn or rules are none of them.
  const options = ownOptions(given);
  checkKind(kind, { fn: "assertValid", valueFollows: true });
  checkServiceOptions("assertValid", options);
  const { failOn, ...validateOptions } = withExistingRead("assertValid", options)!;
  const failed = failures(validate(kind, value, validateOptions), failOn);
  if (failed.length > 0) throw new OmsValidationError(kind, failed, value);
}

/** Declared only: no value has this symbol, nor the key AcceptedMark gives with it. */
declare const acceptedMark: unique symbol;

/**
 * A required key no value has, as zod's `.brand()`: isValid narrows a typed value to its own
 * type, the accepted one and this, a type none the program declares is assignable to. Without
 * it a CreateOrderRequest, already a CreateOrderRequestAccepted, would be narrowed to a type it
 * has, and the compiler would take its false branch for `never`.
 */
export interface AcceptedMark<K extends Kind> {
  readonly [acceptedMark]: K;
}

/**
 * What isValid narrows a value of type V to where it passes. An `unknown` or `any` value
 * (Express's `req.body`) becomes the accepted type, with no mark: Extract of it by `unknown`
 * or `any` is that type, written so that the compiler sees it assignable to V. A typed value
 * keeps its type, intersected with the accepted type and AcceptedMark (a union member by
 * member: `undefined` and `null` drop out), and keeps its declared type where it fails.
 */
export type ValidatedAs<K extends Kind, V> = unknown extends V ? Extract<AcceptedPayloadOf<K>, V> : V & AcceptedPayloadOf<K> & AcceptedMark<K>;

/**
 * Whether the value passes, as assertValid decides; a type guard for what passes
 * (CreateOrderRequestAccepted, …; see ValidatedAs). One signature, so a wrong option is the
 * compiler's only complaint, not one of two overloads'. V's default keeps a call that names
 * the kind alone (`isValid<"createOrder">(…)`) compiling, narrowing as it did before V.
 */
export function isValid<K extends Kind, V = unknown>(kind: K, value: V, options?: ServiceOptions): value is ValidatedAs<K, V>;
export function isValid<K extends Kind>(kind: K, value: unknown, given: ServiceOptions = {}): boolean {
  // The caller's own options only (ownOptions): a polluted Object.prototype's failOn or rules are none of them.
  const options = ownOptions(given);
  checkKind(kind, { fn: "isValid", valueFollows: true });
  checkServiceOptions("isValid", options);
  const { failOn, ...validateOptions } = withExistingRead("isValid", options)!;
  return failures(validate(kind, value, validateOptions), failOn).length === 0;
}
