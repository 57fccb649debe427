/**
 * A property an object holds as its own, or undefined (so too for no object at all): what oms-lint reads of the objects it
 * makes and of those rules hand it (a report, a finding), whose optional properties would
 * otherwise be answered by a polluted Object.prototype (`Object.prototype.fix = "x"` threw out
 * of lintText; `Object.prototype.constraint = …` gave every message a constraint). Found by the
 * review of what a polluted prototype reaches.
 */
export function ownField<T extends object, K extends keyof T>(object: T | undefined, name: K): T[K] | undefined {
  return object !== undefined && Object.hasOwn(object, name) ? object[name] : undefined;
}

/** A copy of an object's own enumerable properties in one that inherits nothing: each optional one then reads as its own or undefined. */
export function ownFields<T extends object>(object: T): T {
  return Object.assign(Object.create(null) as T, object);
}

/** The members of a union that declare `name`: what `name in object` narrows to. */
type DeclaringKey<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T : never) : never;

/**
 * Whether an object oms-lint made holds `name` as its own: what `name in object` asks to tell
 * one kind of finding from another, where a polluted Object.prototype answers every name
 * (`Object.prototype.onDoubles = "x"` made the tax cap an internal error). Narrows as `in` does.
 */
export function ownsKey<T extends object, K extends string>(object: T, name: K): object is DeclaringKey<T, K> {
  return Object.hasOwn(object, name);
}
