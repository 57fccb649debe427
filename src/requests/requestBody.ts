import { ownsKey } from "../engine/ownField.js";
import { parseBounded, type BoundedParse } from "../source/boundedParse.js";
import type { StructureLimits } from "../source/entryCount.js";
import { bareVariables, withStandIns, type BareVariables } from "./bodyVariables.js";
import type { RequestBody } from "./requestBodyShape.js";
import type { VariableReading } from "./requestEntry.js";

/** A body read lazily (see RequestBody): its variables, stand-ins and value each worked out when first asked, then kept. */
export function requestBody(body: string, reading: VariableReading, limits: StructureLimits): RequestBody {
  let variables: BareVariables | undefined;
  let text: string | undefined;
  let read: BoundedParse | undefined;
  const readWithinLimits = (standIns: string) => (read ??= parseBounded(standIns, limits));
  return {
    written: body,
    get variables() {
      return (variables ??= bareVariables(body, reading));
    },
    get text() {
      if (text === undefined) text = this.variables.length === 0 ? body : withStandIns(body, this.variables);
      return text;
    },
    get parsed() {
      const parsed = readWithinLimits(this.text);
      return ownsKey(parsed, "value") ? parsed : undefined;
    },
    get pastLimits() {
      // Told by its own key: `"oversized" in` was answered by a polluted Object.prototype for a body that is not JSON.
      return ownsKey(readWithinLimits(this.text), "oversized");
    },
  };
}
