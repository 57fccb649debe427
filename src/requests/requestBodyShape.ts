/** The shape of a request body as read for the rules and the lint (type only: the rule engine imports it, and nothing of the reading). */
import type { BareVariables } from "./bodyVariables.js";

/**
 * A request's body as the request rules and the body's lint read it. Each part is worked out
 * once, when first asked, and shared: a body of millions of values is walked for its variables
 * once and parsed at most once, and one past the run's limits is not parsed at all (its lint
 * refuses it by the count, as it refuses a payload file).
 */
export interface RequestBody {
  /** The body as written. */
  readonly written: string;
  /**
   * Its bare variables (`"manufacturerID": {{mfgId}}`), in text order: `length`, `item(i)` and
   * `startingAt(offset)` (a body may hold millions: no array of them is built).
   */
  readonly variables: BareVariables;
  /** The body with each bare variable standing in as `null` (see bodyVariables.ts). */
  readonly text: string;
  /** Its value, the stand-ins' text parsed within the run's limits; undefined when that is no JSON or passes a limit. */
  readonly parsed: { readonly value: unknown } | undefined;
  /** Whether it passes one of the run's limits: then it is not parsed, though it may be JSON. */
  readonly pastLimits: boolean;
}
