/**
 * A list's last item, or undefined for an empty one, asked by its length: `list[list.length - 1]`
 * of an empty list reads index -1, which a polluted prototype answers (`Object.prototype["-1"] =
 * "x"` threw out of validate() and moved lintText()'s findings; found by the review of the
 * defence against a polluted Object.prototype). `.at(-1)` reads the same.
 */
export function lastItem<T>(list: readonly T[]): T | undefined {
  return list.length === 0 ? undefined : list[list.length - 1];
}
