import type { JsonObject } from "../domain/payloadParts.js";
import { trailPointer } from "../json/jsonPointer.js";
import { findUnsafeIntegers, mayHoldUnsafeInteger } from "../json/unsafeIntegers.js";

/** The keys down to where the walk stands (pushed and popped: copy what is kept). */
export type Trail = (string | number)[];

/** What the walk reports to; the flags say which findings anyone listens to. */
export interface WalkListener {
  readonly parts: boolean;
  readonly unknownKeys: boolean;
  readonly unsafeNumbers: boolean;
  /** Each part, at the place the trail names. */
  item(object: JsonObject, trail: Trail): void;
  payment(object: JsonObject, trail: Trail): void;
  customDataHash(object: JsonObject, trail: Trail): void;
  /** A key of the object at `trail` that its shape does not know; `known` are the names it knows. */
  unknownKey(key: string, known: readonly string[], trail: Trail): void;
  unsafeNumber(path: string, value: number): void;
}

/**
 * Beneath the shape (an open map, an unknown property, a value of the wrong type): only the
 * numbers beyond 2^53, when anyone listens. A quick scan first, which most values pass;
 * then a walk with an explicit stack (a value may nest 100,000 deep).
 */
export function scanHere(value: object, trail: Trail, listener: WalkListener): void {
  if (!listener.unsafeNumbers || !mayHoldUnsafeInteger(value, 0)) return;
  const at = trailPointer(trail);
  findUnsafeIntegers(value, (path, number) => listener.unsafeNumber(at + path, number));
}

/** A number beyond ±(2^53 − 1) at `trail`/`key`: reported when it is an integer and anyone listens. */
export function unsafeHere(value: number, trail: Trail, key: string | number, listener: WalkListener): void {
  if (listener.unsafeNumbers && Number.isInteger(value)) listener.unsafeNumber(trailPointer(trail, key), value);
}

export const hasOwn = Object.prototype.hasOwnProperty;
