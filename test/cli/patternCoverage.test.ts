import fc from "fast-check";
import { relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { patternCoverage } from "../../src/cli/patternCoverage.js";

/**
 * What coverage means: a glob (of a path that is not there) covers the paths it matches, seen
 * from cwd as its walk sees them; any other pattern names a root, covering it and what is under it.
 */
function coveredByDefinition(patterns: readonly string[], cwd: string, path: string): boolean {
  return patterns.some((pattern) => {
    if (picomatch.scan(pattern).isGlob) return picomatch.isMatch(relative(cwd, path).split(sep).join("/"), pattern);
    const root = resolve(cwd, pattern);
    return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
  });
}

const cwd = resolve("/work/repo");
const segment = fc.constantFrom("a", "b", "ab", "a.json", "b.json", "..", ".", "x y");
const relativePath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("/"));
const globPart = fc.constantFrom("*", "**", "*.json", "a*", "*.http", "{a,b}", "?");
const glob = fc
  // No "." or "..": a glob that resolves to a path there (`../*/..` is /work) is taken as that path, as discoverFiles takes it.
  .array(fc.oneof(fc.constantFrom("a", "b", "a.json", "x y"), globPart), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join("/"))
  .filter((pattern) => picomatch.scan(pattern).isGlob);
const pattern = fc.oneof(relativePath, relativePath.map((p) => `${p}/**/*.json`), glob, fc.constant("."), fc.constant("/"), fc.constant("*.json"));

describe("patternCoverage (what --prune-suppressions may drop)", () => {
  it("covers a path a glob matches, or a named path's root or what lies under it, as the definition says", () => {
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 6 }), fc.array(relativePath, { minLength: 1, maxLength: 6 }), (patterns, paths) => {
        const looked = patternCoverage(patterns, cwd);
        for (const path of paths.map((p) => resolve(cwd, p))) expect(looked(path)).toBe(coveredByDefinition(patterns, cwd, path));
      }),
      { numRuns: 500 },
    );
  });

  it("a glob covers only what it matches: never all of its static folder (the audit's fx/*.http dropped fx/sub/b.json)", () => {
    fc.assert(
      fc.property(glob, relativePath, (globbed, path) => {
        const absolute = resolve(cwd, path);
        if (patternCoverage([globbed], cwd)(absolute)) expect(picomatch.isMatch(relative(cwd, absolute).split(sep).join("/"), globbed)).toBe(true);
      }),
      { numRuns: 500 },
    );
    const looked = patternCoverage(["fx/*.http", "fx/*.json"], cwd);
    expect([looked(resolve(cwd, "fx/sub/b.json")), looked(resolve(cwd, "fx/a.json")), looked(resolve(cwd, "fx/r.http"))]).toEqual([false, true, true]);
  });

  it("a glob's match that its walk skips (the ignores) is not covered", () => {
    const looked = patternCoverage(["fx/**/*.json"], cwd, (path) => path.includes(`${sep}ignored${sep}`));
    expect([looked(resolve(cwd, "fx/ignored/a.json")), looked(resolve(cwd, "fx/kept/a.json"))]).toEqual([false, true]);
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
