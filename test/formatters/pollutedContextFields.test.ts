import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatters, formatNames, lintText } from "../../src/index.js";
import { lintResult, type LintResult } from "../../src/lint/lintResult.js";
import { repoRoot, runCli } from "../support/cli.js";
import { hostileValues, onObjectPrototype, withPolluted } from "../support/prototypePollution.js";

const brokenOrder = "examples/broken/createOrder-business-rules.json";

/** The broken example's findings, and a file of twelve warnings (past the ten a step GitHub annotates). */
function results(): LintResult[] {
  const warning = (line: number) => ({ ruleId: "unknown-property", messageId: "unknown", severity: 1 as const, evidence: "inferred" as const, message: "unknown property", path: "/x", line, column: 3, endLine: line, endColumn: 6 });
  return [
    lintText(readFileSync(join(repoRoot, brokenOrder), "utf8"), { filePath: join(repoRoot, brokenOrder) }),
    lintResult(join(repoRoot, "many.json"), "createOrder", Array.from({ length: 12 }, (_, i) => warning(i + 2))),
  ];
}

/** Every library format's text of the results, with no context given and with an empty one. */
const libraryReports = () => {
  const held = results();
  return formatNames.flatMap((name) => [formatters[name](held), formatters[name](held, {})]);
};

/** The CLI in this process: junit, sarif, rdjson and github over the broken example. */
const cliReports = () => Promise.all(["junit", "sarif", "rdjson", "github"].map((format) => runCli(["-f", format, brokenOrder], { cwd: repoRoot, env: { GITHUB_STEP_SUMMARY: "" } })));

/** The optional fields of a format's context, its totals and its rules' descriptions, and the fields a caller's context may leave out. */
const names = ["cwd", "color", "toolVersion", "rules", "informationUri", "maxWarnings", "githubStepSummary", "warningsCounted", "stepSummaryRows", "stepSummaryWritten", "helpUri", "helpMarkdown", "evidence"];

/**
 * Found by the audit of the output formats: a format read its context, its totals and its rules'
 * descriptions as properties, and what a caller (or the CLI) left out a polluted Object.prototype
 * answered: `maxWarnings = 0` failed a JUnit report that had no --max-warnings, `helpUri`,
 * `helpMarkdown` and `evidence` were written into every SARIF rule, `color = true` wrote ANSI
 * escapes into the library's stylish, `cwd = 0` and `rules = "x"` threw.
 */
describe("the formats read only what a context, a totals record or a rule's description holds as its own", () => {
  it.each(names.flatMap((name) => hostileValues.map(([label, value]) => [name, label, [label, value]] as const)))(
    "Object.prototype.%s holding %s: every library format's text, and the CLI's reports, are the clean prototype's",
    async (name, _label, value) => {
      const clean = { library: libraryReports(), cli: await cliReports() };
      expect(clean.cli.map((run) => run.code)).toEqual([1, 1, 1, 1]);
      const polluted = await withPolluted([onObjectPrototype(name, value)], async () => {
        let library: string[] | string;
        try {
          library = libraryReports();
        } catch (error) {
          library = String(error);
        }
        return { library, cli: await cliReports() };
      });
      expect(polluted).toEqual(clean);
    },
  );
});
