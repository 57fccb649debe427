import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { damerauLevenshtein } from "../../src/engine/nearestName.js";
import { endpoints, type Endpoint } from "../../src/requests/endpoints.js";
import { nearestEndpoint, nearestEndpointTolerance } from "../../src/requests/matchEndpoint.js";

/**
 * An unknown path's "did you mean" names the endpoint fewest edits away, as it always did, when
 * one is within the tolerance; a path farther from every endpoint is named none, found by
 * bounds without the distance's table (found by the request files audit: 4,000 unknown paths
 * of 300 characters took 2.7 s, each computing a table however far it was).
 */

/** A template as paths are compared with it: `{name}` segments one token, lower case. */
const normalized = (endpoint: Endpoint) => "/" + endpoint.path.split("/").filter((s) => s !== "").map((s) => (/^\{\w+\}$/.test(s) ? "{}" : s.toLowerCase())).join("/");

/** What was named before the tolerance: the endpoint fewest edits away, however far, the first listed on a tie. */
function nearestHowFar(given: string): Endpoint | undefined {
  let nearest: Endpoint | undefined;
  let best = Infinity;
  for (const endpoint of endpoints) {
    const distance = damerauLevenshtein(given, normalized(endpoint));
    if (distance < best) [best, nearest] = [distance, endpoint];
  }
  return nearest;
}

const character = fc.constantFrom(..."abcdeimortvz/{}0129-_.");
type Edit = { kind: "insert" | "delete" | "substitute" | "transpose"; at: number; character: string };
const edit = fc.record({ kind: fc.constantFrom("insert", "delete", "substitute", "transpose"), at: fc.nat(), character }) as fc.Arbitrary<Edit>;

/** A template with a few typing mistakes made in it. */
function misspelt(template: string, edits: readonly Edit[]): string {
  let path = template;
  for (const { kind, at, character } of edits) {
    const i = at % (path.length + 1);
    if (kind === "insert") path = path.slice(0, i) + character + path.slice(i);
    else if (kind === "delete") path = path.slice(0, i) + path.slice(i + 1);
    else if (kind === "substitute") path = path.slice(0, i) + character + path.slice(i + 1);
    else if (i + 1 < path.length) path = path.slice(0, i) + path[i + 1] + path[i] + path.slice(i + 2);
  }
  return path;
}

describe("the nearest endpoint of an unknown path", () => {
  it("a near miss (a few edits of a template) is told the same endpoint as before", () => {
    fc.assert(
      fc.property(fc.constantFrom(...endpoints.map(normalized)), fc.array(edit, { minLength: 1, maxLength: 10 }), (template, edits) => {
        const path = misspelt(template, edits);
        expect(nearestEndpoint(path)?.id).toBe(nearestHowFar(path)?.id);
      }),
    );
  });

  it("any path no longer than the tolerance is told the same endpoint as before, however far", () => {
    // Half of them of any length to the tolerance (size "max"): fast-check's default size draws at
    // most 10 characters, nearer to none of the templates (14 to 34 characters) than their lengths.
    const path = fc.oneof(fc.string({ unit: character, maxLength: nearestEndpointTolerance }), fc.string({ unit: character, maxLength: nearestEndpointTolerance, size: "max" }));
    fc.assert(
      fc.property(path, (path) => {
        expect(nearestEndpoint(path)?.id).toBe(nearestHowFar(path)?.id);
      }),
      { numRuns: 60 },
    );
  });

  it("a path farther than the tolerance from every endpoint is told none", () => {
    fc.assert(
      fc.property(fc.string({ unit: character, minLength: 2 * nearestEndpointTolerance + 1, maxLength: 400 }), (path) => {
        expect(nearestEndpoint(path)).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it("a request to a 300-character unknown path is one unknown-endpoint warning naming no endpoint", () => {
    const path = `/api/v2/${"orders".repeat(49)}z`;
    const result = lintHttpFile(`GET https://integration.shopatron.com${path}\n`, "far.http");
    expect(result.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([["request/unknown-endpoint", "noEndpoint", 1, 5]]);
    expect(result.messages[0]!.message).toContain("is none of the OMS v2 endpoints the documents describe (they mention other calls");
  });
});
