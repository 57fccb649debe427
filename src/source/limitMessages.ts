/**
 * What oms-lint says when a payload passes one of its structural limits, for JSON text
 * (the CLI, lintText) and for a value handed to validate(): one wording, so the two cannot
 * drift apart. Each names the limit passed and how to raise it.
 */
import type { Limit, StructureLimits } from "./entryCount.js";

/** Who a message speaks of ("the JSON", "the value") and how its reader raises each limit. */
export interface LimitWording {
  readonly subject: string;
  readonly option: Readonly<Record<Limit, string>>;
  /** Said after "N values by this one": how they were counted, where that is not plain. */
  readonly valuesCounted: string;
}

/** Text: its brackets and commas are the count, and the command line raises the limits. */
export const textWording: LimitWording = {
  subject: "the JSON",
  option: { depth: "--max-depth", entries: "--max-entries", values: "--max-values" },
  valuesCounted: "",
};

/**
 * A value: validate()'s options raise the limits. An object the value reaches by several
 * paths is counted once a path, as its JSON text would repeat it: 28 levels of `{ a: v, b: v }`
 * are 28 objects in memory and 2^29 values on the wire.
 */
export const valueWording: LimitWording = {
  subject: "the value",
  option: { depth: "the maxDepth option", entries: "the maxEntries option", values: "the maxValues option" },
  valuesCounted: " (an object it reaches by several paths counts once a path, as its JSON text would repeat it)",
};

/** The closing words a caller gives for each limit (parseSource's limitHints: the ESLint plugin's options, a config's fixed limits). */
export interface LimitHints {
  readonly maxDepth: string;
  readonly maxEntries: string;
  readonly maxValues: string;
}

const closingKey: Readonly<Record<Limit, keyof LimitHints>> = { depth: "maxDepth", entries: "maxEntries", values: "maxValues" };

/**
 * The message for a limit passed; `container` says what holds too many entries. It closes
 * with where the reader raises the limit: the caller's own words when given, else the
 * wording's option.
 */
export function limitMessage(wording: LimitWording, limits: StructureLimits, limit: Limit, container: "array" | "object" = "array", closing?: LimitHints): string {
  const stops = `so oms-lint stops (${closing?.[closingKey[limit]] ?? `the limit is ${wording.option[limit]}`})`;
  if (limit === "depth") return `${wording.subject} nests deeper than ${limits.maxDepth} levels here: no payload nests this deep, ${stops}`;
  if (limit === "values") return `${wording.subject} holds more than ${limits.maxValues} values by this one${wording.valuesCounted}: no payload holds this many, ${stops}`;
  const what = container === "object" ? `object holds more than ${limits.maxEntries} members` : `array holds more than ${limits.maxEntries} elements`;
  return `this ${what}: no payload holds this many, ${stops}`;
}
