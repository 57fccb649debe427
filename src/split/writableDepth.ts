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
 * maxWritableDepth, naming how deep the order nests at its deepest: split neither copies nor
 * writes it (a RangeError, "Maximum call stack size exceeded", from the library; "internal
 * error" and exit 2 from `oms-lint split`, which promises neither for any input). The walk keeps
 * its own stack, and visits a value met twice (an object a caller's payload shares) once, as
 * structuredClone copies it once, and a cycle, which structuredClone copies, ends. Its cost,
 * measured on an order of 50,000 items: 0.22-0.26 s against 0.96-1.16 s for the whole
 * splitOrder (0.07-0.14 s without the set of values seen, which a cycle would walk forever).
 */
export function refuseTooDeep(order: object): void {
  const found = deepest(order);
  if (found.firstPast === undefined) return;
  const place = placePointer(trailOf(found.firstPast));
  throw new SplitError(
    `the order must be split, but it nests ${found.depth} levels deep, and from ${shorten(place)} on its values are nested deeper than the ${maxWritableDepth} levels split copies and writes (past about 1,900, copying or writing them runs out of stack), so the order is not split: flatten or remove that value, or split the order by hand`,
    { pointer: place },
  );
}

interface Visit {
  readonly value: object;
  readonly level: number;
  readonly parent: Visit | undefined;
  readonly key: string | number;
}

/**
 * How deep the order nests at its deepest, and the first value nested past maxWritableDepth.
 * A value is counted where it is first reached in the order's own order (marked when taken, not
 * when pushed), as structuredClone, which copies depth first, first reaches it.
 */
function deepest(order: object): { depth: number; firstPast: Visit | undefined } {
  const seen = new Set<object>();
  const stack: Visit[] = [{ value: order, level: 1, parent: undefined, key: "" }];
  let depth = 0;
  let firstPast: Visit | undefined;
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    if (seen.has(visit.value)) continue;
    seen.add(visit.value);
    if (visit.level > depth) depth = visit.level;
    if (visit.level > maxWritableDepth) firstPast ??= visit;
    // Pushed last to first, so that they are taken first to last: firstPast is the first in the order's own order.
    const { value } = visit;
    if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) pushMember(stack, visit, i, value[i]);
    else for (const key of Object.keys(value).reverse()) pushMember(stack, visit, key, Reflect.get(value, key));
  }
  return { depth, firstPast };
}

/** A member that is an object or an array, to be visited one level below its parent. */
function pushMember(stack: Visit[], parent: Visit, key: string | number, member: unknown): void {
  if (typeof member === "object" && member !== null) stack.push({ value: member, level: parent.level + 1, parent, key });
}

/** The keys and indexes from the order down to the visit. */
function trailOf(visit: Visit): (string | number)[] {
  const trail: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) trail.push(at.key);
  return trail.reverse();
}
