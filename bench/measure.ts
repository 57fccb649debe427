/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Times each task in interleaved rounds (A B A B …, so that machine noise falls on both)
 * and returns each task's median time per call, in nanoseconds.
 */
export function interleaved(
  tasks: Record<string, () => unknown>,
  options: { rounds: number; callsPerRound: number; warmUpMs?: number },
): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  // Warm up (half a second a task by default): V8 optimizes the big generated validators on
  // a background thread, and one round's few hundred calls can end before it has.
  for (const task of Object.values(tasks)) {
    const until = performance.now() + (options.warmUpMs ?? 500);
    do for (let i = 0; i < options.callsPerRound; i++) task();
    while (performance.now() < until);
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const [name, task] of Object.entries(tasks)) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < options.callsPerRound; i++) task();
      samples[name]!.push(Number(process.hrtime.bigint() - start) / options.callsPerRound);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, times]) => [name, median(times)]));
}
