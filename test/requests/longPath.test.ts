import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { matchEndpoint, nearestEndpointTolerance } from "../../src/requests/matchEndpoint.js";

const host = "https://integration.shopatron.com";

describe("an unknown endpoint's nearest one is looked for only on a path of a typo's length", () => {
  it("a request to a 200 kB path (within the entries limit) is one unknown-endpoint warning, with no nearest endpoint named", () => {
    // The edit distance's table is the path times each template: a 3 MB path took 27 s and 600 MB a template.
    const result = lintHttpFile(`GET ${host}/api/v2${"/x".repeat(99_000)}\n`, "long.http");
    expect(result.messages.map((m) => [m.ruleId, m.messageId])).toEqual([["request/unknown-endpoint", "noEndpoint"]]);
    expect(result.messages[0]!.message.length).toBeLessThan(400);
  }, 60_000);

  it("names a nearest endpoint for every path as long as the tolerance, and none for a path twice as long", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 * nearestEndpointTolerance }), (length) => {
        // "/api/v2/orderz" and then "/a" segments: the normalized path is 14 + 2 × segments long.
        const segments = Math.max(Math.floor((length - 14) / 2), 0);
        const given = 14 + 2 * segments;
        const match = matchEndpoint(`${host}/api/v2/orderz${"/a".repeat(segments)}`);
        expect(match.endpoint).toBeUndefined();
        if (given <= nearestEndpointTolerance) expect(match.nearest).toBeDefined();
        if (given > 2 * nearestEndpointTolerance) expect(match.nearest).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});
