import { types } from "node:util";
import { ownField } from "../engine/ownField.js";
import { placePointer } from "../json/jsonPointer.js";
import { shorten } from "../engine/messageTemplate.js";
import { defaultMaxValues } from "../source/parseSource.js";
import { listsCopiedByEntry, isArrayIndex } from "./copiedValues.js";
import { SplitError } from "./splitError.js";
import { unreadableAt } from "./unreadableValue.js";
import { maxWritableDepth, refuseDeep } from "./writableDepth.js";

/** A member's key in a pointer: an array's index, an object's key, a Map's key where it is a string or a number (else the entry's index), a Set's index, "cause". */
type MemberKey = string | number;

/** An object's copy, and its members, each read once: their keys in a pointer, their values, and where each one's copy goes. */
interface ReadObject {
  readonly copy: unknown;
  readonly keys: readonly MemberKey[];
  readonly values: readonly unknown[];
  readonly put: (member: number, copy: unknown) => void;
  /** What completes the copy once its members are copied (a Map's entries, a Set's values). */
  readonly finish?: () => void;
}

/** An object being copied, on the walk's stack: its key in its holder, and its next member to copy. */
interface Frame extends ReadObject {
  readonly key: MemberKey;
  next: number;
}

const topLevelLists: ReadonlySet<string> = new Set(listsCopiedByEntry);

/**
 * The most values the read of an order takes in: as many as the CLI lets a file hold
 * (defaultMaxValues, its --max-values), so every order it splits is read whole. A getter that
 * builds a new object at every read makes values without end: two such getters an object are
 * 2^1000 objects within the depth bound, and the read ran out of heap (the audit of c6e782e1:
 * "heap out of memory" at 256 MB after 7.6 s). Each value counts, as the CLI counts them.
 */
export const maxSnapshotValues = defaultMaxValues;

/** A library caller's order, read guarded: its top-level keys once, and each top-level value once, as it is asked for. */
export interface OrderReader {
  /** The order's own enumerable keys, in its order. */
  readonly keys: readonly string[];
  /** The copy of the value at the order's own `key` (see orderSnapshot): read and copied at the first call, the same copy after. */
  valueAt(key: string): unknown;
  /**
   * The order as plain data, for a split: every top-level key's copy, in the order's order. A value
   * not read before and nested past maxWritableDepth is refused where it is met (refuseDeep), as
   * refuseTooDeep would refuse it: a getter that builds a new object at every read made 2^1000
   * objects within the bound, read until the heap ran out (the audit of c6e782e1).
   */
  snapshot(): Record<string, unknown>;
}

/**
 * The order as plain data, each value of a library caller's order read once: every object's and
 * array's own enumerable keys, a Map's entries, a Set's values, an Error's name, message, stack and
 * cause, in the order's own order, into objects that inherit nothing (Object.create(null)), arrays,
 * Maps, Sets and Errors of this realm. The split then runs on this copy alone, and reads its fields
 * by name: copied into plain `{}`, a field the order does not hold was answered by a polluted
 * Object.prototype (`Object.prototype.externalOrderID = "WEB-1"` split an order that has none into
 * children "WEB-1-1"…, which carried none of their own; `shippingTax`, a line's `shipping`, a
 * payment's `transactionID` were read the same way). The children are structuredClone's copies,
 * ordinary objects, as before. It read the caller's order at each step, so a value that
 * throws as it is read (a revoked Proxy, a Proxy trap or getter that throws) threw its raw error
 * from wherever split read it (audit of split: a TypeError "Cannot perform 'IsArray' on a proxy
 * that has been revoked" at orderItems[1]), and a getter that changes its value between reads
 * put a P item in the normal items' child. A read that throws here is a SplitError at the value's
 * JSON Pointer, whatever it threw (a revoked Proxy thrown, whose prototype cannot be read, was let
 * out raw: the audit of c6e782e1).
 *
 * The top-level values are read as split asks for them (valueAt), so an order that needs no split
 * is decided from orderItems and externalOrderID alone, and the rest is never read: copying it
 * whole first made a no-split order with a 1e6-key object take seconds, not milliseconds (the
 * audit of c6e782e1). What split never reads is left out: the keys of orderItems, orderPayments,
 * promotions and discounts that are no index (the children's lists are built anew). A value held in
 * two places is copied once and held in both, a cycle stays a cycle (refuseTooDeep measures and
 * refuses them as it did the caller's order), and an object nested deeper than maxWritableDepth is
 * copied empty: its place is past the bound, so refuseTooDeep refuses the order where split needs
 * one. The walk keeps a stack of its own (no recursion), reads at most 1,000 deep and at most
 * `maxValues` values in all (maxSnapshotValues): past them, a SplitError at the value past them.
 *
 * Kinds are told apart by their internal slots (node:util's types), not `instanceof`, so a Map from
 * another realm (node:vm) is walked as one of this realm is (it slipped the walk: a cross-realm Map
 * nested 1,500 deep split, and one holding itself too). A Date, a RegExp, binary data and a boxed
 * primitive hold no object, and a WeakMap, a WeakSet, a Promise, a generator, a function or a symbol
 * no value split reads: each is kept as it is, and structuredClone copies it, or refuses it, when a
 * child is copied (a SplitError saying it cannot be copied: a boxed Symbol or a detached
 * ArrayBuffer was said to be one that "cannot be read", and refused in orders that need no split).
 */
export function orderReader(order: object, maxValues: number = maxSnapshotValues): OrderReader {
  // Weak: a getter that builds a new object at every read made millions of objects no copy holds again, and a Map kept every one (4 GB of heap at 5 million values).
  const copies = new WeakMap<object, unknown>();
  // The SplitErrors this read made: told from what a read threw without looking at the thrown value (instanceof reads its prototype, which a revoked Proxy throws on).
  const ours = new WeakSet<object>();
  const ourOwn = (error: SplitError): SplitError => (ours.add(error), error);
  let values = 1;
  let keys: readonly string[];
  try {
    keys = Object.keys(order);
  } catch (thrown) {
    throw ourOwn(unreadableAt([], thrown));
  }
  const read = new Map<string, unknown>();
  // Set once a split is sure (snapshot): then a value past the bound is refused, not copied empty.
  let splitting = false;

  /** The copy of `start`, the value at `path`, its members read and copied, depth first. */
  const walk = (start: unknown, path: readonly MemberKey[]): unknown => {
    const base = path.slice(0, -1);
    const stack: Frame[] = [];
    // Built only when a read throws: a pointer for every value read cost a copy of the path each.
    const trail = (key: MemberKey, at: MemberKey | undefined): MemberKey[] => [...base, ...stack.map((frame) => frame.key), key, ...(at === undefined ? [] : [at])];
    /** The copy of `value`, the member at `key` of the stack's top (the start: the last of its path), its members read and pushed. */
    const copyOf = (value: unknown, key: MemberKey): unknown => {
      if (++values > maxValues) throw ourOwn(tooManyValues(trail(key, undefined), maxValues));
      if (typeof value !== "object" || value === null) return value;
      const known = copies.get(value);
      if (known !== undefined) return known;
      const level = base.length + stack.length + 2;
      if (splitting && level > maxWritableDepth) refuseDeep(trail(key, undefined));
      const indexesOnly = level === 2 && typeof key === "string" && topLevelLists.has(key);
      const unreadable: Unreadable = (thrown, at) => ourOwn(unreadableAt(trail(key, at), thrown));
      let members: ReadObject;
      try {
        members = readObject(value, level > maxWritableDepth, indexesOnly, unreadable);
      } catch (thrown) {
        throw ours.has(thrown as object) ? thrown : unreadable(thrown);
      }
      copies.set(value, members.copy);
      // Its own, or none: read by name, an object's or an array's (which have none) was a polluted Object.prototype's, and called.
      const finish = ownField(members, "finish");
      if (members.values.length > 0 || finish !== undefined) stack.push({ copy: members.copy, keys: members.keys, values: members.values, put: members.put, finish, key, next: 0 });
      return members.copy;
    };
    const copy = copyOf(start, path[path.length - 1]!);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const member = top.next++;
      if (member < top.values.length) {
        top.put(member, copyOf(top.values[member], top.keys[member]!));
        continue;
      }
      stack.pop();
      top.finish?.();
    }
    return copy;
  };

  const valueAt = (key: string): unknown => {
    if (read.has(key)) return read.get(key);
    let value: unknown;
    try {
      value = (order as Record<string, unknown>)[key];
    } catch (thrown) {
      throw ourOwn(unreadableAt([key], thrown));
    }
    const copy = walk(value, [key]);
    read.set(key, copy);
    return copy;
  };
  const snapshot = (): Record<string, unknown> => {
    splitting = true;
    const copy = Object.create(null) as Record<string, unknown>;
    for (const key of keys) putOwn(copy, key, valueAt(key));
    return copy;
  };
  return { keys, valueAt, snapshot };
}

/** The SplitError for an order read past `maxValues` values, at the first value past them. */
function tooManyValues(keys: readonly MemberKey[], maxValues: number): SplitError {
  const place = placePointer(keys);
  return new SplitError(
    `split cannot read the order: it holds more than ${maxValues.toLocaleString("en-US")} values (the value at ${shorten(place)} is past them), the most a JSON order oms-lint reads may hold (the CLI's --max-values): a getter that builds a new object at every read makes values without end, so the order is not split: replace that value with plain data`,
    { pointer: place },
  );
}

/** A read of an object that threw `thrown`, at the object (`at` undefined) or at its member `at`. */
type Unreadable = (thrown: unknown, at?: MemberKey) => Error;

/** The values at `keys` of `source`, each read once, in one guard (a closure a key cost a third of the snapshot's time). */
function valuesAt(source: object, keys: readonly MemberKey[], unreadable: Unreadable): unknown[] {
  const values = new Array<unknown>(keys.length);
  let i = 0;
  try {
    for (; i < keys.length; i++) values[i] = (source as Record<MemberKey, unknown>)[keys[i]!];
  } catch (thrown) {
    throw unreadable(thrown, keys[i]);
  }
  return values;
}

/** Puts `value` in `copy` at `key` as an own data property: a "__proto__" key stays data, as JSON.parse and structuredClone keep it. */
function putOwn(copy: Record<MemberKey, unknown>, key: MemberKey, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(copy, key, { value, writable: true, enumerable: true, configurable: true });
  else copy[key] = value;
}

const nothing: readonly never[] = [];

/** A copy with no members to read: past the bound, or a kind that holds no object. */
const leaf = (copy: unknown): ReadObject => ({ copy, keys: nothing, values: nothing, put: () => undefined });

/**
 * Reads `value`'s members once each; a read of a member that throws is an Unreadable at it, any
 * other read's error the caller's to place at the object. `empty`: past the bound, read nothing.
 * `indexesOnly`: a top-level list split rebuilds, whose other keys it never reads.
 */
function readObject(value: object, empty: boolean, indexesOnly: boolean, unreadable: Unreadable): ReadObject {
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    if (empty) return leaf(copy);
    copy.length = value.length;
    const keys = Object.keys(value).flatMap((key): MemberKey[] => (isArrayIndex(key) ? [Number(key)] : indexesOnly ? [] : [key]));
    return { copy, keys, values: valuesAt(value, keys, unreadable), put: (i, c) => putOwn(copy as unknown as Record<MemberKey, unknown>, keys[i]!, c) };
  }
  // A plain object (of Object.prototype, as JSON.parse makes every object, or of none) is no other kind: its slots need no look.
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) {
    const kind = otherKind(value, empty, unreadable);
    if (kind !== undefined) return kind;
  }
  const copy = Object.create(null) as Record<MemberKey, unknown>;
  if (empty) return leaf(copy);
  const keys = Object.keys(value);
  return { copy, keys, values: valuesAt(value, keys, unreadable), put: (i, c) => putOwn(copy, keys[i]!, c) };
}

/** A Map, a Set, an Error, a kind that holds no object, or one structuredClone refuses; undefined for any other object (its own enumerable keys are read). */
function otherKind(value: object, empty: boolean, unreadable: Unreadable): ReadObject | undefined {
  if (types.isMap(value)) return empty ? leaf(new Map()) : mapMembers(value);
  if (types.isSet(value)) return empty ? leaf(new Set()) : setMembers(value);
  if (types.isNativeError(value)) return errorMembers(value, empty, unreadable);
  if (types.isDate(value) || types.isRegExp(value) || types.isAnyArrayBuffer(value) || ArrayBuffer.isView(value) || types.isBoxedPrimitive(value)) return leaf(value);
  if (types.isWeakMap(value) || types.isWeakSet(value) || types.isPromise(value) || types.isGeneratorObject(value)) return leaf(value);
  return undefined;
}

/** A Map's keys and values, named in a pointer as the depth walk names them: an entry's key by its index, its value by its key where that is a string or a number. */
function mapMembers(value: Map<unknown, unknown>): ReadObject {
  const copy = new Map<unknown, unknown>();
  const entries = [...Map.prototype.entries.call(value)] as [unknown, unknown][];
  const keys = entries.flatMap(([key], i) => [i, typeof key === "string" || typeof key === "number" ? key : i]);
  const copied: unknown[] = [];
  return { copy, keys, values: entries.flat(), put: (i, c) => (copied[i] = c), finish: () => entries.forEach((_, i) => copy.set(copied[2 * i], copied[2 * i + 1])) };
}

function setMembers(value: Set<unknown>): ReadObject {
  const copy = new Set<unknown>();
  const values = [...Set.prototype.values.call(value)];
  const copied: unknown[] = [];
  return { copy, keys: values.map((_, i) => i), values, put: (i, c) => (copied[i] = c), finish: () => copied.forEach((c) => copy.add(c)) };
}

/** An Error's name, message and stack, and its own cause as a member: what structuredClone copies of one. */
function errorMembers(value: Error, empty: boolean, unreadable: Unreadable): ReadObject {
  const [name, message, stack] = valuesAt(value, ["name", "message", "stack"], unreadable);
  const copy = new Error(typeof message === "string" ? message : "");
  for (const [key, text] of [["name", name], ["stack", stack]] as const) {
    if (typeof text === "string") Object.defineProperty(copy, key, { value: text, writable: true, configurable: true });
  }
  if (empty || !Object.hasOwn(value, "cause")) return leaf(copy);
  const keys = ["cause"];
  return { copy, keys, values: valuesAt(value, keys, unreadable), put: (_, c) => Object.defineProperty(copy, "cause", { value: c, writable: true, configurable: true }) };
}
