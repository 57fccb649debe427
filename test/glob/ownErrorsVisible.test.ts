import picomatch from "picomatch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { globMatcher } from "../../src/glob/globMatcher.js";
import { UnreadableGlob } from "../../src/glob/unreadableGlob.js";

/**
 * Audit of 1c5f7c3e..c0e2eed0: globMatcher turned every TypeError and RangeError into an
 * UnreadableGlob, so a bug of oms-lint's own read as "the glob cannot be matched". Only what
 * picomatch and the regular-expression engine refuse, and a stack overflow, are the glob's.
 */
describe("an error of oms-lint's own code stays one", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a TypeError in oms-lint's handling of picomatch's answer is not the glob's fault", () => {
    // An answer oms-lint's own code then trips over (its source read as text): a TypeError there.
    vi.spyOn(picomatch, "makeRe").mockReturnValue({ source: undefined, flags: "" } as unknown as ReturnType<typeof picomatch.makeRe>);
    let thrown: unknown;
    try {
      globMatcher("own-error-*.json", { dot: true });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown).not.toBeInstanceOf(UnreadableGlob);
  });

  // Re-read of the fortieth stop: any error of the engine's compile was the glob's, a broken expression of oms-lint's own writing too.
  it("an expression the engine finds broken (not too large) is not the glob's fault: a SyntaxError, not an UnreadableGlob", () => {
    vi.spyOn(picomatch, "makeRe").mockReturnValue({ source: "^(?:own-error", flags: "" } as unknown as ReturnType<typeof picomatch.makeRe>);
    let thrown: unknown;
    try {
      globMatcher("broken-*.json", { dot: true });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SyntaxError);
    expect(thrown).not.toBeInstanceOf(UnreadableGlob);
  });

  it("picomatch's own refusal is still the glob's", () => {
    vi.spyOn(picomatch, "makeRe").mockImplementation(() => {
      throw new TypeError("Expected a string");
    });
    expect(() => globMatcher("refused-*.json", { dot: true })).toThrow(UnreadableGlob);
  });
});
