import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../bin/oms-lint.cjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "oms-lint-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A name put on Object.prototype before the CLI loads (a module preloaded with `node -r`)
 * stops the bundle's own loading, and the CLI blamed the build: "cannot load the built CLI
 * (run `npm run build`)", which rebuilding does not cure (found by the review of the
 * prototype defence).
 */
describe("the CLI that cannot load", () => {
  it("under a prototype polluted before it loads: says so, not that the build is missing, exit 2", () => {
    const pollute = join(dir, "pollute.cjs");
    writeFileSync(pollute, 'Object.prototype.rules = { schema: "off" };\n');
    const run = spawnSync(process.execPath, ["-r", pollute, bin, "--version"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^oms-lint: the built CLI failed as it loaded: .*polluted before oms-lint loads/);
    expect(run.stderr).not.toMatch(/npm run build/);
  });
});
