/**
 * A copy of a value JSON.parse built whose objects inherit nothing (their prototype is null),
 * arrays kept as arrays: with Object.prototype polluted (prototypeAnswersFields), a plain
 * object answers a field it does not hold, and the validators and the rules read fields by
 * name. Iterative: JSON.parse builds any depth, past what recursion takes. A "__proto__" key is
 * an own member, as JSON.parse makes it (on an object with no prototype, assignment defines it).
 */
export function nullPrototypeCopy(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const copyOf = (node: object): unknown[] | Record<string, unknown> => (Array.isArray(node) ? [] : (Object.create(null) as Record<string, unknown>));
  const root = copyOf(value);
  const pending: [object, unknown[] | Record<string, unknown>][] = [[value, root]];
  while (pending.length > 0) {
    const [node, copy] = pending.pop()!;
    for (const key of Object.keys(node)) {
      const child: unknown = (node as Record<string, unknown>)[key];
      if (typeof child === "object" && child !== null) {
        const childCopy = copyOf(child);
        (copy as Record<string, unknown>)[key] = childCopy;
        pending.push([child, childCopy]);
      } else (copy as Record<string, unknown>)[key] = child;
    }
  }
  return root;
}
