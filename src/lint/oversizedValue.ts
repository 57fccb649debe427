import type { Diagnostic } from "../engine/diagnostic.js";
import type { OversizedPlace } from "../json/oversizedPlace.js";
import type { StructureLimits } from "../source/entryCount.js";
import { limitEvidence, limitMessage, valueWording } from "../source/limitMessages.js";
import { defaultMaxDepth, defaultMaxEntries, defaultMaxValues } from "../source/parseSource.js";

/** validate()'s limit options, as given (checked by checkOptions). */
export interface LimitOptions {
  /** Levels of arrays and objects allowed; a deeper value (or text) is one finding. Default 1000. */
  readonly maxDepth?: number | undefined;
  /** Elements of one array, or members of one object, allowed; more is one finding. Default 100,000. */
  readonly maxEntries?: number | undefined;
  /** Values allowed in all, an object reached by several paths counted once a path; more is one finding. Default 5,000,000. */
  readonly maxValues?: number | undefined;
}

/** The limits a value is held to: the options given, the text's defaults for the rest. */
export function limitsOf(options: LimitOptions | undefined): StructureLimits {
  return {
    maxDepth: options?.maxDepth ?? defaultMaxDepth,
    maxEntries: options?.maxEntries ?? defaultMaxEntries,
    maxValues: options?.maxValues ?? defaultMaxValues,
  };
}

/**
 * A value past a limit: the `parse` verdict its JSON text would get, at the place where the
 * limit was passed (limitEvidence: the limits are oms-lint's own); a value that holds itself
 * has no JSON text at all, and JSON is the documents' format (stated). The message quotes
 * nothing of the value, so it needs no redaction.
 */
export function oversizedDiagnostic(place: OversizedPlace, limits: StructureLimits): Diagnostic {
  const message =
    place.limit === "cycle"
      ? "the value holds itself here (an object inside itself): it has no JSON text (JSON.stringify throws on it), so oms-lint stops"
      : limitMessage(valueWording, limits, place.limit, place.limit === "entries" ? place.container : undefined);
  return { ruleId: "parse", messageId: "parse", severity: "error", evidence: place.limit === "cycle" ? "stated" : limitEvidence, message, path: place.path };
}
