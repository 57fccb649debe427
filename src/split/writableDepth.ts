import { types } from "node:util";
import { placePointer } from "../json/jsonPointer.js";
import { shorten } from "../engine/messageTemplate.js";
import { copiedValues, isArrayIndex } from "./copiedValues.js";
import { SplitError } from "./splitError.js";

/**
 * The deepest nesting, in levels of objects and arrays counted as lint's --max-depth counts them
 * (the order itself is level 1), that split copies and writes. A split copies each child's values
 * with structuredClone and `oms-lint split` writes them with JSON.stringify, and both recurse in
 * C++ on the thread's stack. Measured on Node 20.20 with its default stack (984 KB, a fresh
 * process): structuredClone ran out of stack from 1,923 levels of nested objects (3,237 of
 * arrays); JSON.stringify from 2,200 levels of the values structuredClone made (4,105 of values
 * fresh from JSON.parse); `oms-lint split --max-depth 100000` printed "internal error: Maximum
 * call stack size exceeded" from 1,961 levels of objects and 2,246 of arrays (the audit saw 2,500).
 * 1,000 is about half the lowest of these: the other half is left for the stack a library caller
 * has used before it calls splitOrder, and for another Node version's larger frames. It is also
 * lint's default --max-depth, so every file lint reads within its default limits split writes.
 */
export const maxWritableDepth = 1000;

/**
 * A SplitError, at the first object or array (in the order's own order) that split copies nested
 * deeper than maxWritableDepth: split neither copies nor writes it (a RangeError, "Maximum call
 * stack size exceeded", from the library; "internal error" and exit 2 from `oms-lint split`, which
 * promises neither for any input).
 *
 * What is measured is what split copies (copiedValues): each item, payment, promotion and discount
 * entry, and each other top-level value, at its own level (an item is level 3). The order was
 * measured as one value, so a cycle or a nest 5,000 deep under orderItems.extra, a key split never
 * copies, refused an order 5c5ed5f4 split into two children (audit of 0d73417f).
 *
 * A value split copies in more than one place is measured at each: each copied value gets a
 * structuredClone of its own, and JSON.stringify writes every place, so a value shared by a shallow
 * place and a deep one is copied and written under the deep one too (found by the audit of this
 * refusal: 960 levels shared by two items, one wrapping them in 960 more, threw a RangeError). Each
 * value's height (the levels from it to its deepest member) is kept once worked out, so the walk
 * stays linear in the values, not in the places. A cycle (a value met again on the path to it) is
 * refused with a SplitError at the place that closes it: JSON cannot hold one (see heightsBelow).
 *
 * The walk stops at the first value past the bound, so the message says "more than" the bound. It
 * measures the order's snapshot (orderReader), plain data read once, which copies no deeper than
 * one level past the bound, and refuses there (refuseDeep) once the order is to be split: a getter that builds a new object at every read
 * (`mk = () => ({ get g() { return mk() } })`) ran the walk out of heap (exit 134).
 *
 * The members are those structuredClone copies: an array's entries and its other own enumerable
 * keys, an object's own enumerable keys, and (a library caller's order may hold them) a Map's
 * keys and values, a Set's values and an Error's cause; a Date, a RegExp or binary data has none.
 * These are walked, not refused: a shallow Map splits today, copied whole into each child, and
 * only its depth runs out of stack (a Map nested 5,000 deep at legacyNotes threw a RangeError).
 */
export function refuseTooDeep(order: Readonly<Record<string, unknown>>): void {
  const heights = new Map<object, number>();
  for (const { keys, value } of copiedValues(order)) {
    if (typeof value === "object" && value !== null) measure(keys, value, heights);
  }
}

/** A member's key in a pointer: an array's index, an object's key, a Map's key where it is a string or a number (else the entry's index), a Set's index, "cause". */
type MemberKey = string | number;

/**
 * Calls `visit` with each object or array structuredClone copies below `value`, in its order. Kinds
 * are told by their internal slots (node:util's types), as structuredClone tells them: `instanceof`
 * let a Map of another realm (node:vm) pass as a plain object with no members (audit of split).
 */
function forEachMember(value: object, visit: (key: MemberKey, member: object) => void): void {
  if (Array.isArray(value)) {
    // Object.keys once, indices first: an index loop over a sparse array of length 2^32 - 1 ran past 20 s (audit of 0d73417f);
    // structuredClone copies an array's other own enumerable keys too (`a.extra`): a nest 5,000 deep there threw a RangeError.
    for (const key of Object.keys(value)) visitIfObject(visit, isArrayIndex(key) ? Number(key) : key, Reflect.get(value, key));
  } else if (types.isMap(value)) {
    let i = 0;
    for (const [key, member] of value) {
      const named = typeof key === "string" || typeof key === "number" ? key : i;
      visitIfObject(visit, i, key);
      visitIfObject(visit, named, member);
      i++;
    }
  } else if (types.isSet(value)) {
    let i = 0;
    for (const member of value) visitIfObject(visit, i++, member);
  } else if (types.isNativeError(value)) {
    // structuredClone copies an Error's name, message, stack and cause, not its other keys.
    if (Object.hasOwn(value, "cause")) visitIfObject(visit, "cause", value.cause);
  } else if (!(types.isDate(value) || types.isRegExp(value) || types.isAnyArrayBuffer(value) || ArrayBuffer.isView(value) || types.isBoxedPrimitive(value))) {
    for (const key of Object.keys(value)) visitIfObject(visit, key, Reflect.get(value, key));
  }
}

function visitIfObject(visit: (key: MemberKey, member: object) => void, key: MemberKey, member: unknown): void {
  if (typeof member === "object" && member !== null) visit(key, member);
}

interface Frame {
  readonly value: object;
  /** The key the value is held under in the frame below (the copied value's last key for the first frame). */
  readonly key: MemberKey;
  readonly members: { readonly key: MemberKey; readonly member: object }[];
  next: number;
  height: number;
}

/**
 * Measures the copied value `root`, at `keys` (its level: one more than their count), keeping each
 * value's height in `heights`: 1 for a value with no object or array below it, else one more than
 * its highest member's. Worked out with a stack of its own (no recursion), each value once, and
 * never deeper than the bound: the first value past it is refused where it is met.
 *
 * A member on the current path is a cycle: a SplitError at the place that closes it. JSON holds
 * no cycle, so `oms-lint split` never meets one and no child holding one could be written; and a
 * value's height kept while a cycle through it was left out is wrong at its other places: B =
 * {deep: 990 levels}, C = {b: B}, B.c = C, B at item 0 and C under 990 levels at item 1 kept C's
 * height as 1 (B on the path), so item 1 passed the bound and structuredClone threw a RangeError.
 */
function measure(keys: readonly MemberKey[], root: object, heights: Map<object, number>): void {
  const rootLevel = keys.length + 1;
  const rootHeight = heights.get(root);
  if (rootHeight !== undefined) {
    if (rootLevel + rootHeight - 1 > maxWritableDepth) refuseDeep([...keys, ...firstPast(root, rootLevel, heights)]);
    return;
  }
  const onPath = new Set<object>([root]);
  const frameOf = (value: object, key: MemberKey): Frame => {
    const members: Frame["members"] = [];
    forEachMember(value, (memberKey, member) => members.push({ key: memberKey, member }));
    return { value, key, members, next: 0, height: 1 };
  };
  const stack: Frame[] = [frameOf(root, keys.at(-1) as MemberKey)];
  const trail = (key: MemberKey) => [...keys.slice(0, -1), ...stack.map((frame) => frame.key), key];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    if (top.next < top.members.length) {
      const { key, member } = top.members[top.next++] as Frame["members"][number];
      const level = rootLevel + stack.length;
      const known = heights.get(member);
      if (known !== undefined) {
        if (level + known - 1 > maxWritableDepth) refuseDeep([...trail(key), ...firstPast(member, level, heights)]);
        top.height = Math.max(top.height, known + 1);
      } else if (onPath.has(member)) refuseCycle(keys, stack, key, member);
      else if (level > maxWritableDepth) refuseDeep(trail(key));
      else {
        onPath.add(member);
        stack.push(frameOf(member, key));
      }
      continue;
    }
    stack.pop();
    onPath.delete(top.value);
    heights.set(top.value, top.height);
    // Asked by the stack's length: the root's `stack[-1]` was a polluted Object.prototype["-1"], and every split threw.
    if (stack.length > 0) {
      const parent = stack[stack.length - 1]!;
      parent.height = Math.max(parent.height, top.height + 1);
    }
  }
}

/** The SplitError for a value at `keys`, the first split copies past the bound. */
export function refuseDeep(keys: readonly (string | number)[]): never {
  const place = placePointer(keys);
  throw new SplitError(
    `the order must be split, but it nests more than ${maxWritableDepth} levels deep, and from ${shorten(place)} on its values are nested deeper than the ${maxWritableDepth} levels split copies and writes (past about 1,900, copying or writing them runs out of stack), so the order is not split: flatten or remove that value, or split the order by hand`,
    { pointer: place },
  );
}

/** A SplitError at the place (`key` of the stack's top) that holds `member` again, a value on the path the stack is, below the copied value at `keys`. */
function refuseCycle(keys: readonly MemberKey[], stack: readonly Frame[], key: MemberKey, member: object): never {
  const path = [...keys.slice(0, -1), ...stack.map((frame) => frame.key)];
  const place = placePointer([...path, key]);
  const holder = placePointer(path.slice(0, keys.length + stack.findIndex((frame) => frame.value === member)));
  throw new SplitError(
    `the order must be split, but the value at ${shorten(place)} is the one at ${shorten(holder === "" ? "the order's top" : holder)}, which holds it: a cycle, which JSON cannot hold and split could never write, so the order is not split: replace that value with a copy or remove it`,
    { pointer: place },
  );
}

/**
 * The keys from `value`, at `level`, down to the first value below it, in the order's own order,
 * at level maxWritableDepth + 1: at each level the first member whose height reaches past the bound
 * (one does, as the value's own height came from it), down one path.
 */
function firstPast(value: object, level: number, heights: ReadonlyMap<object, number>): MemberKey[] {
  const trail: MemberKey[] = [];
  for (let at = level; at <= maxWritableDepth; at++) {
    let next: { key: MemberKey; member: object } | undefined;
    forEachMember(value, (key, member) => {
      if (next === undefined && at + (heights.get(member) ?? 0) > maxWritableDepth) next = { key, member };
    });
    if (next === undefined) break;
    trail.push(next.key);
    value = next.member;
  }
  return trail;
}
