import type { Diagnostic } from "../engine/diagnostic.js";
import { searchParameterCount } from "../kinds/searchQuery.js";
import type { StructureLimits } from "../source/entryCount.js";
import { limitEvidence, limitMessage, type LimitHints, type LimitWording } from "../source/limitMessages.js";

/**
 * A search URL or query string of more parameters than maxEntries: the `parse` verdict a
 * payload past a limit gets, before any parameter is split or decoded. A limit of oms-lint
 * (no search holds this many), not of the OMS, which takes "Any amount of additional
 * parameters".
 */
export function oversizedSearchQuery(text: string, limits: StructureLimits, wording: LimitWording, closing?: LimitHints): Diagnostic | undefined {
  if (searchParameterCount(text, limits.maxEntries) <= limits.maxEntries) return undefined;
  const message = limitMessage(wording, limits, "entries", "query", closing);
  return { ruleId: "parse", messageId: "parse", severity: "error", evidence: limitEvidence, message, path: "" };
}
