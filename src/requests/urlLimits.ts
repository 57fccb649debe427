import type { RequestFinding } from "../engine/ruleEngine.js";
import type { StructureLimits } from "../source/entryCount.js";
import { limitMessage, textWording, type Container, type LimitHints } from "../source/limitMessages.js";
import { pieceCount } from "../source/pieceCount.js";
import { urlSections } from "./matchEndpoint.js";

/**
 * A request URL whose path holds more segments, or whose query more parameters, than
 * maxEntries: the one finding its request gets, counted (by `/` and `&`) before any segment
 * or parameter is split, decoded or matched. A limit of oms-lint, not of the OMS (the search
 * document lets "Any amount of additional parameters" be appended).
 */
export function oversizedUrl(url: string, limits: StructureLimits, closing?: LimitHints): RequestFinding | undefined {
  const { pathText, queryText } = urlSections(url);
  const past = (text: string, separator: string) => pieceCount(text, 0, text.length, separator, limits.maxEntries) > limits.maxEntries;
  const container: Container | undefined = past(pathText, "/") ? "path" : past(queryText, "&") ? "query" : undefined;
  if (container === undefined) return undefined;
  const message = limitMessage(textWording, limits, "entries", container, closing);
  return { ruleId: "parse", messageId: "parse", severity: "error", evidence: "stated", message, part: "url" };
}
