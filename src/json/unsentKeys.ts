import { answersFieldName } from "../generated/fieldNames.js";

/**
 * Whether an object holds an own key JSON.stringify does not send: one defined without
 * `enumerable` (Object.defineProperty's default), a value or a getter. The validators and the
 * rules read a property by its name (`data.currency`), and would check what the body sent
 * lacks (found by the library audit: `currency` or `orderItems` defined so passed, where the
 * body sent has none and the OMS requires it). A symbol key is neither sent nor read by name.
 * `names`: its own string keys, when the caller has listed them already.
 */
export function holdsUnsentKey(node: object, names: readonly string[] = Object.getOwnPropertyNames(node)): boolean {
  for (const name of names) if (!Object.prototype.propertyIsEnumerable.call(node, name)) return true;
  return false;
}

/**
 * How many own string keys an object holds, sent or not, at the cost of one list and no lookup:
 * where for-in listed fewer of them (on an object whose prototype is Object.prototype or null:
 * its own enumerable keys), one of them is not sent. The quick count asks it of every object,
 * before its for-in (an object of more than maxEntries is left to the full walk unlisted), unless
 * Object.prototype has an enumerable key (listed by for-in on every object, it would make up for
 * an own key not listed): the full walk, which asks holdsUnsentKey, decides then (oversizedPlace).
 */
export const ownNameCount = (node: object): number => Object.getOwnPropertyNames(node).length;

/**
 * Whether Object.prototype holds an enumerable key (a polluted prototype, a bad polyfill):
 * for-in then lists it on every plain object. The quick count's tally of an object's keys
 * against its own (holdsKeysBeyond) proves nothing then: one such key made up for one own key
 * defined not enumerable, which passed again (found by the review of the types work); and a
 * walk by for-in follows it into every object (an object-valued one, forever).
 */
export function prototypeListsKeys(): boolean {
  for (const _key in Object.prototype) return true;
  return false;
}

/**
 * Whether Object.prototype answers the name of a field (a polluted prototype, enumerable or
 * defined with Object.defineProperty, a value or a getter): every plain object then inherits
 * it, and the validators and the rules, reading a field by its name (`data.currency`), found it
 * where the body sent has none (found by the audit of what validate() reads of a caller's
 * value: a Create Order without its currency passed, and the OMS answers Bad Request). The
 * body is then read as sent, into objects that inherit nothing (ownFieldsCopy).
 */
export const prototypeAnswersFields = (): boolean => answersFieldName(inheritor);

/** The names Object.prototype holds of itself (ECMAScript's, and Annex B's accessors): a name beyond them was added. */
const ownPrototypeNames: ReadonlySet<string> = new Set(["constructor", "__defineGetter__", "__defineSetter__", "hasOwnProperty", "__lookupGetter__", "__lookupSetter__", "isPrototypeOf", "propertyIsEnumerable", "toString", "valueOf", "__proto__", "toLocaleString"]);

/**
 * Whether Object.prototype holds a name it does not hold of itself, whatever the name (a polluted
 * prototype): what a reader of JSON whose fields are no payload schema's (a Postman collection's
 * `body`, `disabled`, `raw`) asks, where prototypeAnswersFields asks the schemas' names only.
 */
export function prototypeHoldsAddedNames(): boolean {
  return Object.getOwnPropertyNames(Object.prototype).some((name) => !ownPrototypeNames.has(name));
}

/**
 * An object with no key of its own (frozen: none is ever added) whose prototype is
 * Object.prototype: it answers what Object.prototype answers. Asked in its place: V8 answers
 * that an object of a fixed shape lacks a name from its cache until a prototype of it changes,
 * where each name looked up in Object.prototype's own table cost validate() 3% on the usual
 * path (interleaved runs, best of 300).
 */
const inheritor = Object.freeze({});
