import { placePointer } from "../json/jsonPointer.js";
import { shorten } from "../engine/messageTemplate.js";
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
 * A SplitError, at the first object or array (in the order's own order) nested deeper than
 * maxWritableDepth along any of its places, naming how deep the order nests at its deepest: split
 * neither copies nor writes it (a RangeError, "Maximum call stack size exceeded", from the library;
 * "internal error" and exit 2 from `oms-lint split`, which promises neither for any input).
 *
 * A value the order holds in more than one place is measured at each: split copies each item and
 * each top-level value with a structuredClone of its own, and JSON.stringify writes every place,
 * so a value shared by a shallow place and a deep one is copied and written under the deep one
 * too (found by the audit of this refusal: measured once, at its first place, 960 levels shared
 * by two items, one wrapping them in 960 more, threw a RangeError). Each value's height (the
 * levels from it to its deepest member) is kept once worked out, so the walk stays linear in the
 * values, not in the places. A cycle (a value met again on the path to it) is refused with a
 * SplitError at the place that closes it: JSON cannot hold one (see heightsBelow).
 *
 * The members are those structuredClone copies: an array's entries and its other own enumerable
 * keys, an object's own enumerable keys, and (a library caller's order may hold them) a Map's
 * keys and values, a Set's values and an Error's cause; a Date, a RegExp or binary data has none. These are walked, not refused: a
 * shallow Map splits today, copied whole into each child, and only its depth runs out of stack
 * (a Map nested 5,000 deep at legacyNotes threw a RangeError, Object.keys seeing no member).
 * Cost, measured on an order of 50,000 items on this shared machine: 0.14-0.24 s, against
 * 0.06-0.15 s for the walk it replaces (a set of values seen, each visited once) and 0.7-1.2 s
 * for the whole splitOrder.
 */
export function refuseTooDeep(order: object): void {
  const heights = heightsBelow(order);
  const depth = heights.get(order) as number;
  if (depth <= maxWritableDepth) return;
  const place = placePointer(firstPast(order, heights));
  throw new SplitError(
    `the order must be split, but it nests ${depth} levels deep, and from ${shorten(place)} on its values are nested deeper than the ${maxWritableDepth} levels split copies and writes (past about 1,900, copying or writing them runs out of stack), so the order is not split: flatten or remove that value, or split the order by hand`,
    { pointer: place },
  );
}

/** A member's key in a pointer: an array's index, an object's key, a Map's key where it is a string or a number (else the entry's index), a Set's index, "cause". */
type MemberKey = string | number;

/** Calls `visit` with each object or array structuredClone copies below `value`, in its order. */
function forEachMember(value: object, visit: (key: MemberKey, member: object) => void): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visitIfObject(visit, i, value[i]);
    // structuredClone copies an array's other own enumerable keys too (`a.extra`): a nest 5,000 deep there threw a RangeError (fix audit).
    for (const key of Object.keys(value)) if (!isArrayIndex(key)) visitIfObject(visit, key, Reflect.get(value, key));
  } else if (value instanceof Map) {
    let i = 0;
    for (const [key, member] of value) {
      const named = typeof key === "string" || typeof key === "number" ? key : i;
      visitIfObject(visit, i, key);
      visitIfObject(visit, named, member);
      i++;
    }
  } else if (value instanceof Set) {
    let i = 0;
    for (const member of value) visitIfObject(visit, i++, member);
  } else if (value instanceof Error) {
    // structuredClone copies an Error's name, message, stack and cause, not its other keys.
    if (Object.hasOwn(value, "cause")) visitIfObject(visit, "cause", value.cause);
  } else if (!(value instanceof Date || value instanceof RegExp || value instanceof ArrayBuffer || ArrayBuffer.isView(value))) {
    for (const key of Object.keys(value)) visitIfObject(visit, key, Reflect.get(value, key));
  }
}

/** Whether an own key of an array is one of its indices (ECMAScript's array index: a canonical integer below 2^32 - 1). */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}

function visitIfObject(visit: (key: MemberKey, member: object) => void, key: MemberKey, member: unknown): void {
  if (typeof member === "object" && member !== null) visit(key, member);
}

interface Frame {
  readonly value: object;
  /** The key the value is held under in the frame below (none for the order). */
  readonly key: MemberKey | undefined;
  readonly members: { readonly key: MemberKey; readonly member: object }[];
  next: number;
  height: number;
}

/**
 * Each value's height: 1 for a value with no object or array below it, else one more than its
 * highest member's. Worked out with a stack of its own (no recursion, whatever the depth), each
 * value once.
 *
 * A member on the current path is a cycle: a SplitError at the place that closes it. JSON holds
 * no cycle, so `oms-lint split` never meets one and no child holding one could be written; and a
 * value's height kept while a cycle through it was left out is wrong at its other places: B =
 * {deep: 990 levels}, C = {b: B}, B.c = C, B at item 0 and C under 990 levels at item 1 kept C's
 * height as 1 (B on the path), so item 1 passed the bound and structuredClone threw a RangeError
 * (fix audit).
 */
function heightsBelow(order: object): Map<object, number> {
  const heights = new Map<object, number>();
  const onPath = new Set<object>([order]);
  const frameOf = (value: object, key: MemberKey | undefined): Frame => {
    const members: Frame["members"] = [];
    forEachMember(value, (memberKey, member) => members.push({ key: memberKey, member }));
    return { value, key, members, next: 0, height: 1 };
  };
  const stack: Frame[] = [frameOf(order, undefined)];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    if (top.next < top.members.length) {
      const { key, member } = top.members[top.next++] as Frame["members"][number];
      const known = heights.get(member);
      if (known !== undefined) top.height = Math.max(top.height, known + 1);
      else if (onPath.has(member)) refuseCycle(stack, key, member);
      else {
        onPath.add(member);
        stack.push(frameOf(member, key));
      }
      continue;
    }
    stack.pop();
    onPath.delete(top.value);
    heights.set(top.value, top.height);
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.height = Math.max(parent.height, top.height + 1);
  }
  return heights;
}

/** A SplitError at the place (`key` of the stack's top) that holds `member` again, a value on the path the stack is. */
function refuseCycle(stack: readonly Frame[], key: MemberKey, member: object): never {
  const keys = stack.flatMap((frame) => (frame.key === undefined ? [] : [frame.key]));
  const place = placePointer([...keys, key]);
  const holder = placePointer(keys.slice(0, stack.findIndex((frame) => frame.value === member)));
  throw new SplitError(
    `the order must be split, but the value at ${shorten(place)} is the one at ${shorten(holder === "" ? "the order's top" : holder)}, which holds it: a cycle, which JSON cannot hold and split could never write, so the order is not split: replace that value with a copy or remove it`,
    { pointer: place },
  );
}

/**
 * The keys from the order down to the first value, in the order's own order, at level
 * maxWritableDepth + 1: at each level the first member whose height reaches past the bound (one
 * does, as the value's own height came from it), down one path, not the whole order.
 */
function firstPast(order: object, heights: ReadonlyMap<object, number>): MemberKey[] {
  const trail: MemberKey[] = [];
  let value = order;
  for (let level = 1; level <= maxWritableDepth; level++) {
    let next: { key: MemberKey; member: object } | undefined;
    forEachMember(value, (key, member) => {
      if (next === undefined && level + (heights.get(member) ?? 0) > maxWritableDepth) next = { key, member };
    });
    if (next === undefined) break;
    trail.push(next.key);
    value = next.member;
  }
  return trail;
}
