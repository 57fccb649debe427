import type { Diagnostic } from "../engine/diagnostic.js";
import { parentPointer } from "../json/jsonPointer.js";

/** The rules' findings by place, as the give-way step asks them from a problem's place up to the root. */
export interface FindingPlaces {
  /** The findings at a place, in the order given; none, an empty list. */
  at(place: string): readonly Diagnostic[];
  /** The places among `path` and those above it (parentPointer's climb) that hold a finding, `path` first; `path` a JSON Pointer. */
  upFrom(path: string): string[];
}

const none: readonly Diagnostic[] = [];

/**
 * Indexed once for a payload. The list's check asks the give-way step of each problem it meets
 * past its note (countedGiveWay.ts), and the step climbed from each problem's place through every
 * place above it, a lookup and a new string each, for 100,000 lines of `partnumber` for
 * `partNumber` (found by the library's speed audit). The walk goes down from the root instead and
 * stops at the first place that neither holds a finding nor is above one: for a line no rule
 * found anything in, the line itself.
 */
export function findingPlaces(findings: readonly Diagnostic[]): FindingPlaces {
  /** The places that hold a finding, with them, and those above one, with none: one lookup a place on the way down. */
  const holding = new Map<string, readonly Diagnostic[]>();
  for (const finding of findings) {
    const here = holding.get(finding.path);
    if (here === undefined || here === none) holding.set(finding.path, [finding]);
    else (here as Diagnostic[]).push(finding);
    for (let at = parentPointer(finding.path); at !== undefined && !holding.has(at); at = parentPointer(at)) holding.set(at, none);
  }
  return {
    at: (place) => holding.get(place) ?? none,
    upFrom(path) {
      const places: string[] = [];
      // The root, then each place down to `path`: the prefixes of a pointer that end before one of its slashes.
      for (let end = 0; ; ) {
        const at = path.slice(0, end);
        const here = holding.get(at);
        if (here === undefined) break;
        if (here !== none) places.push(at);
        if (end === path.length) break;
        const slash = path.indexOf("/", end + 1);
        end = slash < 0 ? path.length : slash;
      }
      return places.reverse();
    },
  };
}
