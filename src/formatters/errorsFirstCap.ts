/** What a capped report left out, by level. */
export interface LeftOut {
  errors: number;
  warnings: number;
}

/** A report's entries held to a cap, errors kept before warnings. */
export interface ErrorsFirstCap<T> {
  /** One entry more, in the order found; `weight` counts against the weight limit (bytes, say). */
  offer(entry: T, isError: boolean, weight?: number): void;
  /** The entries held, in the order found. */
  held(): T[];
  /** How many of each level the cap left out. */
  readonly leftOut: LeftOut;
  /** Which limit first left an entry out, if any. */
  bitBy(): "count" | "weight" | undefined;
}

/**
 * Holds at most `countLimit` entries, of `weightLimit` weight in all, in the order found: an error
 * past a limit takes the place of the latest warnings held (an error is what fails the run, so it
 * keeps its place over a warning), and an entry with none to take is left out. Once a warning is
 * left out every later one is, so the warnings held are the first found, with no gap. Each error
 * is tried on its own: an error too heavy for the room left, then a short error and a short
 * warning, left the short error out and held the warning under "errors kept before warnings"
 * (found by the audit of the counted notes). So an error is left out only where it would not fit
 * beside the errors held before it with every warning gone, and no warning is held in a place a
 * left-out error would fit. SARIF's 25,000 results and the step summary's table share it.
 */
export function errorsFirstCap<T>(countLimit: number, weightLimit = Number.POSITIVE_INFINITY): ErrorsFirstCap<T> {
  // A warning an error took the place of is undefined (marked, not spliced out: an error past the cap costs no copy).
  const held: ({ entry: T; weight: number } | undefined)[] = [];
  let count = 0;
  let weight = 0;
  // Where the warnings held stand in `held`, the latest last: the first to give way.
  const warningsHeld: number[] = [];
  let warningWeight = 0;
  const leftOut: LeftOut = { errors: 0, warnings: 0 };
  let bitBy: "count" | "weight" | undefined;
  let warningsClosed = false;
  const fits = (extraCount: number, extraWeight: number) => count + extraCount <= countLimit && weight + extraWeight <= weightLimit;
  const refuse = (isError: boolean) => {
    bitBy ??= count >= countLimit ? "count" : "weight";
    if (!isError) warningsClosed = true;
    leftOut[isError ? "errors" : "warnings"]++;
  };
  const hold = (entry: T, isError: boolean, entryWeight: number) => {
    if (!isError) {
      warningsHeld.push(held.length);
      warningWeight += entryWeight;
    }
    held.push({ entry, weight: entryWeight });
    count++;
    weight += entryWeight;
  };
  return {
    offer(entry, isError, entryWeight = 0) {
      if (!isError && warningsClosed) leftOut.warnings++;
      else if (fits(1, entryWeight)) hold(entry, isError, entryWeight);
      // A warning, or an error that would not fit even with every warning gone: left out.
      else if (!isError || !fits(1 - warningsHeld.length, entryWeight - warningWeight)) refuse(isError);
      else {
        while (!fits(1, entryWeight)) {
          // Which limit bit is read before the warning's place is freed.
          refuse(false);
          const at = warningsHeld.pop()!;
          const given = held[at]!.weight;
          held[at] = undefined;
          count--;
          weight -= given;
          warningWeight -= given;
        }
        hold(entry, isError, entryWeight);
      }
    },
    held: () => held.flatMap((each) => (each === undefined ? [] : [each.entry])),
    leftOut,
    bitBy: () => bitBy,
  };
}
