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
