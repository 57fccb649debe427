import { types } from "node:util";
import { listsCopiedByEntry, isArrayIndex } from "./copiedValues.js";
import { unreadableAt } from "./unreadableValue.js";
import { maxWritableDepth } from "./writableDepth.js";

/** A member's key in a pointer: an array's index, an object's key, a Map's key where it is a string or a number (else the entry's index), a Set's index, "cause". */
type MemberKey = string | number;

/** One value below a copied object, read once, and where its copy goes. */
interface Member {
  readonly key: MemberKey;
  readonly value: unknown;
  readonly put: (copy: unknown) => void;
}

/** An object being copied: its members, read once, and what completes its copy once they are (a Map's entries, a Set's values). */
interface Frame {
  readonly key: MemberKey;
  readonly members: readonly Member[];
  next: number;
  readonly finish?: () => void;
}

const topLevelLists: ReadonlySet<string> = new Set(listsCopiedByEntry);

/**
 * The order as plain data, each value of a library caller's order read once: every object's and
 * array's own enumerable keys, a Map's entries, a Set's values, an Error's name, message, stack and
 * cause, in the order's own order, into objects, arrays, Maps, Sets and Errors of this realm. The
 * split then runs on this copy alone. It read the caller's order at each step, so a value that
 * throws as it is read (a revoked Proxy, a Proxy trap or getter that throws) threw its raw error
 * from wherever split read it (audit of split: a TypeError "Cannot perform 'IsArray' on a proxy
 * that has been revoked" at orderItems[1]), and a getter that changes its value between reads
 * put a P item in the normal items' child. A read that throws here is a SplitError at the value's
 * JSON Pointer.
 *
 * What split never reads is left out: the keys of orderItems, orderPayments, promotions and
 * discounts that are no index (the children's lists are built anew). A value held in two places is
 * copied once and held in both, a cycle stays a cycle (refuseTooDeep measures and refuses them as
 * it did the caller's order), and an object nested deeper than maxWritableDepth is copied empty:
 * its place is past the bound, so refuseTooDeep refuses the order where split needs one, and an
 * order that needs none is given back as it was. The walk keeps a stack of its own (no recursion)
 * and is bounded so: a getter that builds a new object at every read is read at most 1,000 deep.
 *
 * Kinds are told apart by their internal slots (node:util's types), not `instanceof`, so a Map from
 * another realm (node:vm) is walked as one of this realm is (it slipped the walk: a cross-realm Map
 * nested 1,500 deep split, and one holding itself too). A Date, a RegExp, binary data and a boxed
 * primitive hold no object, and are copied as structuredClone copies them. A WeakMap, a WeakSet, a
 * Promise, a generator, a function or a symbol is kept as it is: structuredClone refuses it when a
 * child is copied, a SplitError saying it cannot be copied.
 */
export function orderSnapshot(order: object): Record<string, unknown> {
  const copies = new Map<object, unknown>();
  const stack: Frame[] = [];
  const trail = (key?: MemberKey): MemberKey[] => [...stack.slice(1).map((frame) => frame.key), ...(key === undefined ? [] : [key])];
  /** The copy of `value`, a member of the stack's top at `key` (the order itself: no key), its own members read and pushed. */
  const copyOf = (value: unknown, key?: MemberKey): unknown => {
    if (typeof value !== "object" || value === null) return value;
    const known = copies.get(value);
    if (known !== undefined) return known;
    const level = stack.length + 1;
    const read = readMembers(value, level > maxWritableDepth, level === 2 && typeof key === "string" && topLevelLists.has(key), (thrown, at) => unreadableAt(at === undefined ? trail(key) : trail(key).concat(at), thrown));
    copies.set(value, read.copy);
    if (read.members.length > 0 || read.finish) stack.push({ key: key ?? "", members: read.members, next: 0, finish: read.finish });
    return read.copy;
  };
  const snapshot = copyOf(order) as Record<string, unknown>;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const member = top.members[top.next++];
    if (member !== undefined) {
      member.put(copyOf(member.value, member.key));
      continue;
    }
    stack.pop();
    top.finish?.();
  }
  return snapshot;
}

/** What reading an object gives: its copy (its members put in as they are copied), and the members to copy. */
interface ReadObject {
  readonly copy: unknown;
  readonly members: readonly Member[];
  readonly finish?: () => void;
}

/** A read of the object that threw `thrown`, at the object (`at` undefined) or at its member `at`. */
type Unreadable = (thrown: unknown, at?: MemberKey) => Error;

/**
 * Reads `value`'s members once each, each read guarded at its place. `empty`: past the bound, read
 * nothing. `indexesOnly`: a top-level list split rebuilds, whose other keys it never reads.
 */
function readMembers(value: object, empty: boolean, indexesOnly: boolean, unreadable: Unreadable): ReadObject {
  const guarded = <T>(read: () => T, at?: MemberKey): T => {
    try {
      return read();
    } catch (thrown) {
      throw unreadable(thrown, at);
    }
  };
  if (guarded(() => Array.isArray(value))) {
    const list = value as unknown[];
    const copy: unknown[] = [];
    if (empty) return { copy, members: [] };
    copy.length = guarded(() => list.length);
    const keys = guarded(() => Object.keys(list)).filter((key) => !indexesOnly || isArrayIndex(key));
    return { copy, members: keys.map((key) => ownMember(copy, isArrayIndex(key) ? Number(key) : key, guarded(() => Reflect.get(list, key), key))) };
  }
  if (types.isMap(value)) return mapMembers(value, empty, guarded);
  if (types.isSet(value)) {
    const copy = new Set<unknown>();
    if (empty) return { copy, members: [] };
    const values = guarded(() => [...Set.prototype.values.call(value)]);
    const copied: unknown[] = [];
    return { copy, members: values.map((member, i) => ({ key: i, value: member, put: (c: unknown) => (copied[i] = c) })), finish: () => copied.forEach((c) => copy.add(c)) };
  }
  if (types.isNativeError(value)) return errorMembers(value, empty, guarded);
  if (types.isDate(value) || types.isRegExp(value) || types.isAnyArrayBuffer(value) || ArrayBuffer.isView(value) || types.isBoxedPrimitive(value)) {
    return { copy: guarded(() => structuredClone(value)), members: [] };
  }
  if (types.isWeakMap(value) || types.isWeakSet(value) || types.isPromise(value) || types.isGeneratorObject(value)) return { copy: value, members: [] };
  const copy: Record<string, unknown> = {};
  if (empty) return { copy, members: [] };
  return { copy, members: guarded(() => Object.keys(value)).map((key) => ownMember(copy, key, guarded(() => Reflect.get(value, key), key))) };
}

/** A member put in its copy as an own data property: a "__proto__" key stays data, as JSON.parse and structuredClone keep it. */
function ownMember(copy: object, key: MemberKey, value: unknown): Member {
  return { key, value, put: (c) => Object.defineProperty(copy, key, { value: c, writable: true, enumerable: true, configurable: true }) };
}

type Guarded = <T>(read: () => T, at?: MemberKey) => T;

/** A Map's keys and values, named in a pointer as the depth walk names them: an entry's key by its index, its value by its key where that is a string or a number. */
function mapMembers(value: Map<unknown, unknown>, empty: boolean, guarded: Guarded): ReadObject {
  const copy = new Map<unknown, unknown>();
  if (empty) return { copy, members: [] };
  const entries = guarded(() => [...Map.prototype.entries.call(value)] as [unknown, unknown][]);
  const copied = entries.map((): [unknown, unknown] => [undefined, undefined]);
  const members = entries.flatMap(([key, member], i): Member[] => [
    { key: i, value: key, put: (c) => (copied[i]![0] = c) },
    { key: typeof key === "string" || typeof key === "number" ? key : i, value: member, put: (c) => (copied[i]![1] = c) },
  ]);
  return { copy, members, finish: () => copied.forEach(([key, member]) => copy.set(key, member)) };
}

/** An Error's name, message and stack, and its own cause as a member: what structuredClone copies of one. */
function errorMembers(value: Error, empty: boolean, guarded: Guarded): ReadObject {
  const [name, message, stack] = (["name", "message", "stack"] as const).map((key) => guarded(() => Reflect.get(value, key), key));
  const copy = new Error(typeof message === "string" ? message : "");
  for (const [key, text] of [["name", name], ["stack", stack]] as const) {
    if (typeof text === "string") Object.defineProperty(copy, key, { value: text, writable: true, configurable: true });
  }
  if (empty || !guarded(() => Object.hasOwn(value, "cause"))) return { copy, members: [] };
  return { copy, members: [ownMember(copy, "cause", guarded(() => Reflect.get(value, "cause"), "cause"))] };
}
