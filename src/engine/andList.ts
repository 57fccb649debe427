/** `a`, `a and b`, `a, b and c`: names listed in a message. */
export function andList(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] as string}`;
}
