import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { formatters } from "../../src/formatters/index.js";
import { fileFault, lintResult } from "../../src/lint/lintResult.js";
import { builtInLinter } from "../../src/builtIn/linter.js";
import { packageInfo } from "../../src/builtIn/packageInfo.js";
import { ruleDescriptions } from "../../src/builtIn/ruleDescriptions.js";
import { createOrder } from "../support/payloads.js";
import { runCli } from "../support/cli.js";

/**
 * Every SARIF result names its rule by ruleIndex, an entry of tool.driver.rules (the README's
 * promise; Microsoft's validator flags SARIF2012 under its GitHub rules otherwise). Found by the
 * audit of the report formats: a `fix` finding (--fix refusing to write through a link to a file
 * outside the run) had no ruleIndex and no entry.
 */

interface SarifRun {
  readonly tool: { readonly driver: { readonly rules: readonly { readonly id: string; readonly help: { readonly markdown: string } }[] } };
  readonly results: readonly { readonly ruleId: string; readonly ruleIndex?: number }[];
}

const rules = ruleDescriptions(packageInfo());
const context = { cwd: "/work/project", color: false, toolVersion: "1.2.3", rules };

/** The ids of findings that come from no rule: every one the CLI and library make (fileFault's among them). */
const faultIds = ["parse", "kind", "suppressions", "postman-info-schema", "fix"];
const everyId = [...faultIds, ...builtInLinter.ruleSet.rules.map((rule) => rule.meta.id)];

function expectEveryResultIndexed(run: SarifRun): void {
  const ids = run.tool.driver.rules.map((rule) => rule.id);
  for (const result of run.results) {
    expect(result.ruleIndex, result.ruleId).toBeTypeOf("number");
    expect(ids[result.ruleIndex!], result.ruleId).toBe(result.ruleId);
  }
}

describe("SARIF: every result's ruleIndex points at its rule", () => {
  it("for any findings of any rule or fault kind, a fix fault among them", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...everyId), { minLength: 1, maxLength: 12 }), (ids) => {
        const result = lintResult("/work/project/a.json", "createOrder", ids.map((id) => fileFault(id, `a finding of ${id}`)));
        const run = JSON.parse(formatters.sarif([result], context)).runs[0] as SarifRun;
        expect(run.results).toHaveLength(ids.length);
        expectEveryResultIndexed(run);
      }),
      // Each log carries every rule's docs as help: a few dozen logs are enough to draw each id.
      { numRuns: 40, examples: [[["fix"]]] },
    );
  });

  describe("the audit's repro: --fix on a link to a file outside the folder named", () => {
    const dir = mkdtempSync(join(tmpdir(), "oms-lint-sarif-fix-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, "d"));
    writeFileSync(join(dir, "outside.json"), JSON.stringify(createOrder({ orderID: 5 }), null, 2));
    symlinkSync("../outside.json", join(dir, "d", "link.json"));

    it("the fix fault has its rule's entry and ruleIndex", async () => {
      const run = await runCli(["--fix", "--kind", "createOrder", "-f", "sarif", "d"], { cwd: dir });
      const log = JSON.parse(run.stdout).runs[0] as SarifRun;
      expect(log.results.map((r) => r.ruleId)).toContain("fix");
      expectEveryResultIndexed(log);
    });
  });
});
