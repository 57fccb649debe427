/**
 * Freezes every object and array of plain data (a copy nullPrototypeCopy made, a table built at
 * module load), walked without recursion, and gives it back: data the library hands out and
 * reads again (a run's settled config, the endpoints table) cannot be changed by the one who
 * holds it.
 */
export function frozenThroughout<T extends object>(value: T): T {
  const pending: object[] = [value];
  while (pending.length > 0) {
    const node = pending.pop()!;
    for (const child of Object.values(node)) if (typeof child === "object" && child !== null) pending.push(child);
    Object.freeze(node);
  }
  return value;
}
