/**
 * How many non-empty pieces `separator` cuts text[from, to) into, counted no further than
 * `atMost + 1`: a URL's parameters (`&`) or path segments (`/`), counted by `indexOf` alone
 * before anything is made of each one (a URL of 3M parameters cost 9 s and 1 GB to split).
 */
export function pieceCount(text: string, from: number, to: number, separator: string, atMost: number): number {
  let count = 0;
  for (let start = from; start < to && count <= atMost; ) {
    const found = text.indexOf(separator, start);
    const end = found < 0 || found > to ? to : found;
    if (end > start) count++;
    start = end + 1;
  }
  return count;
}
