import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/cli.js";
import { taxedOrder } from "../support/payloads.js";

const work = mkdtempSync(join(tmpdir(), "oms-lint-eslint-cjs-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A project that is CommonJS writes `eslint.config.cjs` and takes plugins with require(), as
 * their READMEs show (`const json = require("@eslint/json")`). Node 20.19 and later require an
 * ES module: the plugin must be what require() returns, not a namespace holding it as default.
 */
describe("oms-lint/eslint in a CommonJS config (eslint.config.cjs)", () => {
  writeFileSync(
    join(work, "eslint.config.cjs"),
    `const omsLint = require(${JSON.stringify(join(repoRoot, "dist/src/eslint/plugin.js"))});\nmodule.exports = [{ files: ["**/*.json"], ...omsLint.configs.recommended }];\n`,
  );
  writeFileSync(join(work, "order.json"), taxedOrder());

  for (const [name, Eslint] of [["ESLint 10", ESLint], ["ESLint 9", ESLint9]] as const) {
    it(`${name}: const omsLint = require("oms-lint/eslint") is the plugin, and its recommended config lints`, async () => {
      const [result] = await new Eslint({ cwd: work }).lintFiles(["order.json"]);
      expect(result!.messages.map((m) => m.ruleId)).toEqual(["oms-lint/tax-rate-cap", "oms-lint/max-amount-null-preferred"]);
    });
  }
});
