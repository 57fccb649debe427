/**
 * The first index in [0, length) at which `isPast` holds, or `length` if it holds nowhere, by
 * binary search: `isPast` must be false up to some index and true from there on (a sorted
 * list's "past the value sought"). The one search the line index, the request files' places
 * and the secret redaction share; each had written it out (the thirty-seventh stop's re-read).
 */
export function firstIndex(length: number, isPast: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The element just before the first one `isPast` holds of (the last one at or before the value
 * sought), undefined when `isPast` holds of the first. Asked by index: `list[-1]` would answer a
 * polluted Object.prototype["-1"], which made a request file's body columns a crash.
 */
export function lastBefore<T>(list: readonly T[], isPast: (item: T) => boolean): T | undefined {
  const index = firstIndex(list.length, (i) => isPast(list[i] as T)) - 1;
  return index < 0 ? undefined : list[index];
}
