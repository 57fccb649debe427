import picomatch from "picomatch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { globMatcher } from "../../src/glob/globMatcher.js";
import { UnreadableGlob } from "../../src/glob/unreadableGlob.js";
import { thrownError } from "../support/thrownError.js";

/**
 * Audit of 1c5f7c3e..c0e2eed0: globMatcher turned every TypeError and RangeError into an
 * UnreadableGlob, so a bug of oms-lint's own read as "the glob cannot be matched". Only what
 * picomatch and the regular-expression engine refuse, and a stack overflow, are the glob's.
 */
describe("an error of oms-lint's own code stays one", () => {
  afterEach(() => vi.restoreAllMocks());

  // The second row, from the re-read of the fortieth stop: any error of the engine's compile was the glob's, a broken
  // expression of oms-lint's own writing too.
  it.each([
    ["a TypeError in oms-lint's handling of picomatch's answer (its source read as text)", undefined, TypeError],
    ["an expression the engine finds broken (not too large): a SyntaxError", "^(?:own-error", SyntaxError],
  ] as const)("%s is not the glob's fault, not an UnreadableGlob", (_, source, kind) => {
    vi.spyOn(picomatch, "makeRe").mockReturnValue({ source, flags: "" } as unknown as ReturnType<typeof picomatch.makeRe>);
    const thrown = thrownError(() => globMatcher("own-error-*.json", { dot: true }));
    expect(thrown).toBeInstanceOf(kind);
    expect(thrown).not.toBeInstanceOf(UnreadableGlob);
  });

  it("an expression linearRegex's parser cannot read is the glob's (picomatch wrote [\\a-zA-Z] for x[\\[:alpha:]]), named in one line", () => {
    vi.spyOn(picomatch, "makeRe").mockReturnValue({ source: "^(?:x[\\a-zA-Z])$", flags: "" } as unknown as ReturnType<typeof picomatch.makeRe>);
    const thrown = thrownError(() => globMatcher("x[\\[:alpha:]]", { dot: true }));
    expect(thrown).toBeInstanceOf(UnreadableGlob);
    expect((thrown as Error).message).toBe('the glob "x[\\[:alpha:]]" cannot be matched: linearRegex: the escape \\a at 8 of /^(?:x[\\a-zA-Z])$/');
  });

  it("picomatch's own refusal is still the glob's", () => {
    vi.spyOn(picomatch, "makeRe").mockImplementation(() => {
      throw new TypeError("Expected a string");
    });
    expect(() => globMatcher("refused-*.json", { dot: true })).toThrow(UnreadableGlob);
  });
});
