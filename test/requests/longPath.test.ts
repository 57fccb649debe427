import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { matchEndpoint, maxNearestPathLength } from "../../src/requests/matchEndpoint.js";

const host = "https://integration.shopatron.com";

describe("an unknown endpoint's nearest one is looked for only on a path of a typo's length", () => {
  it("a request to a 200 kB path (within the entries limit) is one unknown-endpoint warning, with no nearest endpoint named", () => {
    // The edit distance's table is the path times each template: a 3 MB path took 27 s and 600 MB a template.
    const result = lintHttpFile(`GET ${host}/api/v2${"/x".repeat(99_000)}\n`, "long.http");
    expect(result.messages.map((m) => [m.ruleId, m.messageId])).toEqual([["request/unknown-endpoint", "noEndpoint"]]);
    expect(result.messages[0]!.message.length).toBeLessThan(400);
  }, 60_000);

  it("names the nearest endpoint up to the bound, and none past it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: maxNearestPathLength }), (length) => {
        // "/api/v2/orderz" and then "/a" segments: the normalized path is 14 + 2 × segments long.
        const segments = Math.max(Math.floor((length - 14) / 2), 0);
        const given = 14 + 2 * segments;
        const match = matchEndpoint(`${host}/api/v2/orderz${"/a".repeat(segments)}`);
        expect(match.endpoint).toBeUndefined();
        expect(match.nearest !== undefined).toBe(given <= maxNearestPathLength);
        expect(matchEndpoint(`${host}/api/v2/orderz${"/a".repeat(segments + maxNearestPathLength)}`).nearest).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});
