/**
 * The values last made for a few keys, oldest dropped first: what is costly to make and asked for
 * again within one run (globMatcher's compiled expressions), without growing in a long-lived process.
 */
export class RecentValues<T> {
  private readonly values = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  /** The value kept for the key, or the one `make` gives (kept if make returns; an error is not kept). */
  get(key: string, make: () => T): T {
    const kept = this.values.get(key);
    if (kept !== undefined) {
      this.values.delete(key);
      this.values.set(key, kept);
      return kept;
    }
    const made = make();
    this.values.set(key, made);
    if (this.values.size > this.capacity) this.values.delete(this.values.keys().next().value!);
    return made;
  }
}
