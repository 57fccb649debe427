/** A run of consecutive indexes: the first and last index, and the first item of the run. */
export interface IndexRun<T> {
  readonly first: number;
  readonly last: number;
  readonly item: T;
}

/**
 * The items in runs of consecutive indexes, in order; an item continues the run before it only where
 * its index follows that run's last and `together` holds of the run's first item and it (the same
 * shown value, the same list). One walk for lint's plan, split's lists and its notes' entries,
 * which each had a copy of it.
 */
export function consecutiveRuns<T>(items: readonly T[], indexOf: (item: T) => number, together: (run: T, next: T) => boolean = () => true): IndexRun<T>[] {
  const runs: { first: number; last: number; item: T }[] = [];
  for (const item of items) {
    const index = indexOf(item);
    const run = runs.at(-1);
    if (run !== undefined && run.last === index - 1 && together(run.item, item)) run.last = index;
    else runs.push({ first: index, last: index, item });
  }
  return runs;
}

/** "5" or "0-2": a run as a message writes it. */
export function runText({ first, last }: { readonly first: number; readonly last: number }): string {
  return first === last ? String(first) : `${first}-${last}`;
}
