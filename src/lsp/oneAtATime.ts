/**
 * `run`, never twice at once: a call while it runs asks for one more run once it is done (what
 * it reads may have changed after it started), and shares that run's end. Calls that come
 * meanwhile add nothing more: however many come, at most one run waits behind the one under way.
 */
export function oneAtATime(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running !== undefined) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again);
    })().finally(() => (running = undefined));
    return running;
  };
}
