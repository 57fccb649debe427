import type { Limit, StructureLimits } from "../source/entryCount.js";
import { forInKeys, indexedSize, type EntryFrame } from "./entryFrame.js";
import { isContainer, placePointer } from "./jsonPointer.js";
import { answersToJSON, toJSONReader } from "./toJSONMethod.js";
import { isProxyObject } from "./proxyCheck.js";
import { nodeTypes, isWrittenAsPrimitive } from "./nodeTypes.js";
import { holdsUnsentKey, ownNameCount, prototypeAnswersFields, prototypeListsKeys } from "./unsentKeys.js";

/**
 * Where a caller's value first passes a structural limit, as its JSON text would: the
 * container one level too deep, the container with one entry too many, or the value one
 * too many. Text is held to the limits before it is parsed (source/entryCount.ts); a value
 * built in memory has no text, and may share one object between many places: 28 levels of
 * `v = { a: v, b: v }` are 28 objects, but 2^29 values to every reader that walks paths
 * (the schema, the rules, JSON.stringify). So values are counted by path, in the order the
 * text would hold them (keys as for-in reads them, an array-like by index; depth first),
 * and the count stops at the first limit passed: its work is bounded by the limits, not by
 * the paths.
 */
export type OversizedPlace =
  | { readonly path: string; readonly limit: Exclude<Limit, "entries"> | "cycle" }
  | { readonly path: string; readonly limit: "entries"; readonly container: "array" | "object" };

/**
 * What oversizedPlace says of a value within every limit that holds an object JSON.stringify
 * writes otherwise than its own entries (see isWrittenOtherwise): the value the OMS would
 * receive is its JSON text's, not the one in hand.
 */
export const writtenOtherwise = "written otherwise by JSON.stringify";

/**
 * Whether JSON.stringify writes the object as something else than its entries: one with a
 * toJSON method (a Date writes an ISO string, a decimal library's number a string, a Buffer
 * `{"type":"Buffer","data":[…]}`), a boxed primitive (`new String("USD")` writes "USD"), or
 * any object of a class (own enumerable keys only), or a plain object holding a key defined not
 * enumerable (holdsUnsentKey). A plain object or array (what JSON.parse builds) answers at its
 * prototype; its toJSON, which no key may list (a non-enumerable getter, a Proxy's get trap),
 * is read by the walks as JSON.stringify reads it (answersToJSON).
 */
export function isWrittenOtherwise(node: object, names?: readonly string[]): boolean {
  return hasOtherPrototype(node) || (!Array.isArray(node) && holdsUnsentKey(node, names));
}

/**
 * Whether the object's prototype is another than a plain object's or array's. Any other: a
 * class's getter or an inherited property is read by the schema (data.currency) but not
 * written by JSON.stringify (own enumerable keys only), so the value in hand could pass where
 * the body sent lacks a required property. An object that is no array is of another prototype
 * when its prototype is Array.prototype too (Object.setPrototypeOf): JSON.stringify writes its
 * own keys, and a field Array.prototype was given passed as the object's.
 */
function hasOtherPrototype(node: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(node);
  return prototype === Array.prototype ? !Array.isArray(node) : prototype !== Object.prototype && prototype !== null;
}

/**
 * The keys JSON.stringify writes of an object the walk opens: for-in's for a plain object (as
 * the precompiled validators read it, and at no cost more), its own enumerable keys for an
 * object of a class or with any other prototype (an inherited key is never written), or one
 * holding a key defined not enumerable. `ownOnly` (Object.prototype has an enumerable key, which
 * for-in lists on every object: an object-valued one ({ y: 1 }) was walked into as if each object
 * held it, and the value "held itself"; found by the review of the library changes): own keys.
 */
function writtenKeys(node: object, ownOnly: boolean, names: readonly string[]): string[] {
  return ownOnly || isWrittenOtherwise(node, names) ? Object.keys(node) : forInKeys(node);
}

/**
 * Whether JSON.stringify leaves an object's member out: undefined, a function (a toJSON
 * method among them) or a symbol. The schema and the rules would read it (an unknown
 * property, a custom data value "of type undefined", a symbol that "must be a string")
 * where the body sent has no such member.
 */
function isLeftOut(member: unknown): boolean {
  return member === undefined || typeof member === "function" || typeof member === "symbol";
}

/**
 * Whether JSON.stringify writes a primitive otherwise than it stands: a BigInt, which it
 * throws on or, with BigInt.prototype.toJSON defined (a common polyfill), writes as that answers
 * (found by the review of the stop: a BigInt the polyfill writes as a number was an error).
 */
const isBigInt = (member: unknown): boolean => typeof member === "bigint";

/**
 * Whether a number is NaN or ±Infinity, which JSON.stringify writes as null: checked as null,
 * a field that takes null takes it (found by the audit of a checkout service's pre-submit check:
 * shippingTax -Infinity "reads as -Infinity", where the body sent holds null).
 */
const isNonFinite = (member: unknown): boolean => typeof member === "number" && !Number.isFinite(member);

/**
 * Whether the object is a boxed primitive, told by its internal slot as JSON.stringify tells it
 * (SerializeJSONProperty), whatever its prototype: one of a null prototype or Object.prototype
 * was read as the plain object it looks like, where JSON.stringify writes its conversion or
 * throws (found by the audit of how validate() reads a caller's value: a null-prototype
 * `new Number(5)` quantity passed, JSON.stringify throwing on it; a String object of millions of
 * characters was listed key by key, for a false "more than 100000 members").
 */
const isBoxed = (node: object): boolean => nodeTypes().isBoxedPrimitive(node);

/**
 * Levels the quick count follows: no payload nests past a dozen (the documents' examples,
 * five). A value that shares or repeats its objects deeper is left to the full walk.
 */
const quickDepth = 12;

/**
 * The quick count: whether the value is surely within the limits, by a recursion that keeps
 * no trail and allocates one list of own keys per object. It answers false (the full walk
 * decides) past a limit, past `quickDepth`, at an object that holds itself, at one holding a
 * key for-in does not list (ownNameCount), or at one JSON.stringify writes as its
 * toJSON answers. That toJSON is read of every object, as JSON.stringify reads it: a Proxy
 * is not told from a plain object, and no key for-in lists asks its get trap for toJSON, nor
 * finds a non-enumerable getter or one Object.prototype was given (a miss costs a lookup per
 * object). for-in lists all of an object's keys before it reads the first, and lists a
 * large one (kept by V8 as a dictionary) anew each time (100,000 keys: 20 ms): an object met
 * again on its own path is listed at each level it is met, which the depth bounds here, and
 * the full walk lists it once. Returns the values left of the budget, or -1.
 */
function quickCount(node: object, budget: number, depth: number, limits: StructureLimits): number {
  // An object JSON writes otherwise is left to the full walk too, which says so once it has counted everything.
  if (depth > quickDepth || depth > limits.maxDepth || hasOtherPrototype(node) || answersToJSON(node) || isBoxed(node)) return -1;
  let left = budget;
  const size = indexedSize(node, true);
  if (size !== undefined) {
    if (size > limits.maxEntries || !((left -= size) >= 0)) return -1;
    for (let i = 0; i < size; i++) {
      const child: unknown = (node as unknown[])[i];
      if (typeof child === "object" && child !== null && (child === node || (left = quickCount(child, left, depth + 1, limits)) < 0)) return -1;
      if (isBigInt(child) || isNonFinite(child)) return -1;
    }
  } else {
    // Asked before for-in, which lists (and, of a Proxy, reads the descriptor of) every key before the first is read:
    // an object of more names than entries allowed is left to the full walk, which reads no more of it than the limit.
    const names = ownNameCount(node);
    if (names > limits.maxEntries) return -1;
    let entries = 0;
    for (const key in node) {
      if (++entries > limits.maxEntries || --left < 0) return -1;
      const child: unknown = (node as Record<string, unknown>)[key];
      if (typeof child === "object" && child !== null) {
        if (child === node || (left = quickCount(child, left, depth + 1, limits)) < 0) return -1;
      } else if (isLeftOut(child) || isBigInt(child) || isNonFinite(child)) return -1;
    }
    // A key for-in did not list (defined not enumerable) is read by name, and not sent.
    if (names !== entries) return -1;
  }
  return left;
}

/**
 * The first `limits.maxEntries + 1` keys JSON.stringify writes of an object holding more than
 * that (its own enumerable string keys, in the order for-in and Object.keys list them), or
 * undefined for any other. The walk refuses such an object at its entry past the limit, unless
 * a limit inside its first entries comes first: the keys after that one are never read, nor is
 * what JSON.stringify would make of the object (holdsUnsentKey). Listing all its keys (for-in),
 * and asking each whether it is sent, cost time and memory in proportion to its size (the audit
 * of the service API: a hash of 1,000,000 keys took 2.4 s; a Proxy of 3,000,000, each key's
 * descriptor read three times, 15.9 s and 849 MB). A Proxy's ownKeys answers every name at once,
 * which nothing bounds; each descriptor is read one at a time, and no more are read than needed.
 */
function keysPastLimit(node: object, names: readonly string[], limits: StructureLimits): string[] | undefined {
  if (names.length <= limits.maxEntries) return undefined;
  const keys: string[] = [];
  for (const name of names) {
    if (Object.prototype.propertyIsEnumerable.call(node, name) && keys.push(name) > limits.maxEntries) return keys;
  }
  return undefined;
}

/**
 * Whose keys the full walk keeps once read, for the next path to the same object: every
 * object's until this many are kept (a value that shares its objects has few), then only
 * a large object's (enumerating one again is what costs: a million keys take half a
 * second), so that a value of millions of distinct objects is not copied key by key.
 * The same bound holds the record of walked containers (WalkedContainer).
 */
const keptObjects = 65_536;
const largeObject = 64;

/** A container being read, with what its entries have added up to so far. */
interface WalkFrame extends EntryFrame {
  /** The count of values when the container was opened. */
  readonly valuesBefore: number;
  /** The levels of containers below the deepest entry read so far (0: none). */
  below: number;
}

/**
 * A container walked to its end within every limit: what its paths add up to wherever it is
 * met again. Its values and its levels (itself included) do not depend on where it stands,
 * no limit of entries was passed in it, and what JSON writes otherwise in it was seen (and
 * said) the first time; it holds no cycle either (one would have been met), so no object
 * above it can lie within it. So the next path to it adds its count at once when the count
 * and the depth stay within their limits, and is walked only when a limit is passed inside,
 * to find the place: a value that shares its objects (`v = { a: v, b: v }` 25 times, 2^26
 * paths) costs a walk of its objects, not of its paths.
 */
interface WalkedContainer {
  readonly values: number;
  readonly levels: number;
}

/**
 * The full walk: the place of the first limit passed, with an explicit stack (the limits
 * may allow any depth). Each path is walked, as the text would hold it, except through a
 * container walked already that passes no limit there (WalkedContainer).
 */
function findOversizedPlace(root: object, limits: StructureLimits): OversizedPlace | typeof writtenOtherwise | undefined {
  const kept = new Map<object, readonly string[]>();
  // Asked once a walk, not once an object.
  const ownOnly = prototypeListsKeys();
  const keysOf = (node: object): readonly string[] => {
    let keys = kept.get(node);
    if (keys === undefined) {
      // Listed once for both (a Proxy's ownKeys answers them all at once).
      const names = Object.getOwnPropertyNames(node);
      keys = keysPastLimit(node, names, limits) ?? writtenKeys(node, ownOnly, names);
      if (kept.size < keptObjects || keys.length >= largeObject) kept.set(node, keys);
    }
    return keys;
  };
  // Nothing of it but its answer is written, so nothing else of it is counted (found by the audit
  // of a checkout service's pre-submit check: an entity's back-reference to itself, a Buffer or
  // 2,000 levels beside its toJSON refused a body JSON.stringify writes): asSent counts the answer,
  // or finds the place where reading its toJSON throws.
  // Each prototype chain looked through once a walk: 200 objects sharing 100,000 prototypes took a minute.
  const answersToJSONOf = toJSONReader(isProxyObject);
  if (answersToJSONOf(root) || isWrittenAsPrimitive(root)) return writtenOtherwise;
  const walked = new Map<object, WalkedContainer>();
  let values = 1;
  const open = (node: object): WalkFrame => {
    // Built whole, one shape for every frame (a spread of openFrame's made the 100,000-deep walk 3-6 times slower).
    const indexed = indexedSize(node);
    const keys = indexed === undefined ? keysOf(node) : null;
    return { node, keys, size: indexed ?? keys!.length, next: 0, valuesBefore: values, below: 0 };
  };
  const frames: WalkFrame[] = [open(root)];
  /** Whether JSON.stringify writes it otherwise, asked only of one within maxEntries: one past it is refused (keysPastLimit). */
  const writtenOtherwiseWithin = (frame: WalkFrame): boolean => frame.size <= limits.maxEntries && isWrittenOtherwise(frame.node);
  /** The objects from the root down to where the walk stands: one met again there holds itself, and has no JSON text. */
  const onPath = new Set<object>([root]);
  /** The keys down to the entry being read. */
  const trail: (string | number)[] = [];
  let rewritten = writtenOtherwiseWithin(frames[0]!);
  for (;;) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.size) {
      frames.pop();
      onPath.delete(frame.node);
      const done: WalkedContainer = { values: values - frame.valuesBefore, levels: frame.below + 1 };
      if (walked.size < keptObjects) walked.set(frame.node, done);
      // Asked by the length, not by a read of index -1, which a polluted prototype's "-1" answers.
      if (frames.length === 0) return rewritten ? writtenOtherwise : undefined;
      const parent = frames[frames.length - 1]!;
      parent.below = Math.max(parent.below, done.levels);
      trail.pop();
      continue;
    }
    const index = frame.next++;
    if (index >= limits.maxEntries) return { path: placePointer(trail), limit: "entries", container: frame.keys ? "object" : "array" };
    const key = frame.keys ? frame.keys[index]! : index;
    trail.push(key);
    if (++values > limits.maxValues) return { path: placePointer(trail), limit: "values" };
    // [[Get]], as JSON.stringify reads an entry, by Reflect.get: a read in the code's own cache
    // (node[key]) of an object over a long prototype chain walked the whole chain on each miss
    // (200 line items over 20,000 prototypes: 1.4 s, each read 0.7 ms).
    const child: unknown = Reflect.get(frame.node, key);
    if (!isContainer(child)) {
      // A plain object with a toJSON method of its own is written as what the method answers;
      // a member that is undefined, a function or a symbol is not written at all.
      rewritten ||= (frame.keys !== null && isLeftOut(child)) || isBigInt(child) || isNonFinite(child);
      trail.pop();
      continue;
    }
    // A String, Number, Boolean or BigInt object is written as its primitive, never by its entries (see isBoxed).
    if (answersToJSONOf(child) || isWrittenAsPrimitive(child)) {
      rewritten = true;
      trail.pop();
      continue;
    }
    if (onPath.has(child)) return { path: placePointer(trail), limit: "cycle" };
    if (frames.length >= limits.maxDepth) return { path: placePointer(trail), limit: "depth" };
    const before = walked.get(child);
    // The child's containers stand from frames.length + 1 levels down: the deepest at frames.length + levels.
    if (before !== undefined && values + before.values <= limits.maxValues && frames.length + before.levels <= limits.maxDepth) {
      values += before.values;
      frame.below = Math.max(frame.below, before.levels);
      trail.pop();
      continue;
    }
    const opened = open(child);
    rewritten ||= writtenOtherwiseWithin(opened);
    frames.push(opened);
    onPath.add(child);
  }
}

/**
 * Where the value first passes a limit; undefined when it is within every one (the root is
 * the first value), or writtenOtherwise when it is and holds an object JSON writes otherwise.
 */
export function oversizedPlace(value: unknown, limits: StructureLimits): OversizedPlace | typeof writtenOtherwise | undefined {
  if (!isContainer(value)) return undefined;
  // A field Object.prototype answers is read of every object that lacks it: the value is read as sent.
  const inherits = prototypeAnswersFields();
  if (!inherits && !prototypeListsKeys() && quickCount(value, limits.maxValues - 1, 1, limits) >= 0) return undefined;
  const place = findOversizedPlace(value, limits);
  return inherits && place === undefined ? writtenOtherwise : place;
}
