import fc from "fast-check";
import { resolve, sep } from "node:path";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { patternCoverage } from "../../src/cli/patternCoverage.js";

/** What coverage means: the path is a root, or lies under one. */
function coveredByDefinition(patterns: readonly string[], cwd: string, path: string): boolean {
  const roots = patterns.map((pattern) => resolve(cwd, picomatch.scan(pattern).base || "."));
  return roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`));
}

const cwd = resolve("/work/repo");
const segment = fc.constantFrom("a", "b", "ab", "a.json", "b.json", "..", ".", "x y");
const relativePath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("/"));
const pattern = fc.oneof(relativePath, relativePath.map((p) => `${p}/**/*.json`), fc.constant("."), fc.constant("/"), fc.constant("*.json"));

describe("patternCoverage (what --prune-suppressions may drop)", () => {
  it("covers a path when it is a pattern's root or lies under one, as the definition says", () => {
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 6 }), fc.array(relativePath, { minLength: 1, maxLength: 6 }), (patterns, paths) => {
        const looked = patternCoverage(patterns, cwd);
        for (const path of paths.map((p) => resolve(cwd, p))) expect(looked(path)).toBe(coveredByDefinition(patterns, cwd, path));
      }),
      { numRuns: 500 },
    );
  });

  it("answers 50,000 recorded files against 50,000 named ones by lookups, not by comparing every pair", () => {
    // `git diff --name-only | xargs oms-lint --prune-suppressions`: each path compared with each root took
    // 7.4 s for 10,000 of each and 50 s for 20,000 (quadratic); minutes here.
    const count = 50_000;
    const patterns = Array.from({ length: count }, (_, i) => `fixtures/negative/case-${i}.json`);
    const looked = patternCoverage(patterns, cwd);
    let covered = 0;
    for (let i = 0; i < count; i++) if (looked(resolve(cwd, `fixtures/negative/gone-${i}.json`))) covered++;
    expect(covered).toBe(0);
    expect(looked(resolve(cwd, "fixtures/negative/case-7.json"))).toBe(true);
  }, 60_000);
});
