import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { droppedProblem } from "../../src/lsp/droppedMessage.js";
import { fuzzParameters } from "../fuzz/arbitraries.js";

/** The dropped notification's params, as a client may send them too: a version past LSP's integer would recover a lost document at it, and every later change be ignored. */
describe("droppedProblem", () => {
  it("property: takes a version only within LSP's integer (|v| ≤ 2^31)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 2 ** 31 - 2, max: 2 ** 31 + 2 }), fc.integer({ min: -(2 ** 31) - 2, max: -(2 ** 31) + 2 }), fc.constantFrom(2 ** 40, Number.MAX_SAFE_INTEGER)), (version) => {
        const problem = droppedProblem({ method: "textDocument/didChange", uri: "file:///a.json", version, why: "past the limit" });
        expect(problem).toBe(Math.abs(version) <= 2 ** 31 ? undefined : "version must be an integer");
      }),
      fuzzParameters,
    );
  });
});
