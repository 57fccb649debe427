import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { builtCli, distIsFresh } from "../../codegen/distBuild.js";
import { bundleFile } from "../../codegen/bundleLibrary.js";
import { commonJsTypesFile } from "../../codegen/commonJsTypes.js";
import { distFiles } from "../../codegen/distFreshness.mjs";
import { repoRoot } from "../support/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "oms-lint-dist-fresh-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What dist/ holds that the package runs from. */
const built = ["dist/src/cli/main.js", "dist/oms-lint.js", "dist/cli/main.js", "dist/src/eslint/plugin.d.cts"];
/** A file of each source dist/ is made from, the bundlers (codegen/) and the locked dependencies they bundle among them. */
const sources = ["src/cli/main.ts", "rules/rule.ts", "codegen/bundleCli.ts", "tsconfig.json", "tsconfig.build.json", "package-lock.json"];

/** A clone whose dist/ was built after every source, then `touched` edited after the build. */
function clone(name: string, touched?: string): string {
  const root = join(scratch, name);
  const write = (path: string, at: number) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), "");
    utimesSync(join(root, path), at, at);
  };
  for (const path of sources) write(path, 1_000);
  for (const path of built) write(path, 2_000);
  if (touched !== undefined) write(touched, 3_000);
  // A folder's own time is that of its last change: set after its files, as a checkout leaves it.
  for (const folder of ["src/cli", "src", "rules", "codegen"]) utimesSync(join(root, folder), 1_000, 1_000);
  return root;
}

// Found by the review of the CI commits: only src, rules and the tsconfigs were compared, so a
// change to a bundler or to the locked dependencies left a stale dist/ to the tests and to `prepare`.
describe("distIsFresh: dist/ newer than every source it is made from", () => {
  it("built after every source: fresh", () => {
    expect(distIsFresh(clone("built"))).toBe(true);
  });

  it.each(sources)("%s edited after the build: stale", (touched) => {
    expect(distIsFresh(clone(touched.replace(/\W/g, "-"), touched))).toBe(false);
  });
});

/**
 * The freshness check is plain JavaScript (prepare runs it before tsx is there), so it writes the
 * built files' paths out rather than importing the bundlers': a path that drifted from what the
 * build writes would leave dist/ stale for ever (every pack, ci and test run rebuilding).
 */
describe("the files distIsFresh looks for", () => {
  it("are the files the build writes: tsc's CLI, the library's bundle, the CLI's bundle, the CommonJS types", () => {
    const written = [builtCli, bundleFile, `${repoRoot}dist/cli/main.js`, commonJsTypesFile].map((file) => relative(repoRoot, file));
    expect([...distFiles].sort()).toEqual(written.sort());
    // The global setup has built dist/: each is there.
    for (const file of distFiles) expect(existsSync(join(repoRoot, file)), file).toBe(true);
  });
});
