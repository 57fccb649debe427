import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";

// Found by the audit of the docs: the README said oms-lint "takes ESLint's bulk suppressions, flags
// and semantics", but a count no longer reached is one `suppressions` error per file (exit 1),
// where ESLint exits 2 with one run-level message. The behaviour, and the README naming it.
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe("a recorded count no longer reached", () => {
  it("is one `suppressions` error on each such file, in the report, and the run exits 1 (ESLint: exit 2, one message on stderr)", async () => {
    const root = mkdtempSync(join(tmpdir(), "oms-lint-unreached-"));
    roots.push(root);
    for (const name of ["a.json", "b.json"]) writeFileSync(join(root, name), JSON.stringify(createOrder()));
    const count = { "tax-rate-cap": { count: 1 } };
    writeFileSync(join(root, "oms-lint-suppressions.json"), JSON.stringify({ "a.json": count, "b.json": count }));
    const run = await runCli(["-f", "json", "."], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; severity: number }[] }[];
    expect(results.map((r) => r.messages.map((m) => [m.ruleId, m.severity]))).toEqual([[["suppressions", 2]], [["suppressions", 2]]]);
  });

  it("the README names that difference where it says oms-lint takes ESLint's bulk suppressions", () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const at = readme.indexOf("oms-lint takes ESLint's bulk suppressions");
    expect(at).toBeGreaterThan(0);
    // The sentence and the list of differences after it.
    const paragraph = readme.slice(at, readme.indexOf("\n\n", readme.indexOf("\n\n", at) + 2)).replace(/\s+/g, " ");
    expect(paragraph).toMatch(/one `suppressions` error on each such file[^]*\(exit 1\)[^]*ESLint exits 2 with one run-level message/);
  });
});
