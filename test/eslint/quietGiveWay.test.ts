import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { describe, expect, it } from "vitest";
import { recommendedConfig } from "../support/eslintRun.js";

/**
 * README (ESLint, one cause is one finding): `eslint --quiet` without `--max-warnings` passes a
 * ruleFilter under which ESLint never creates a "warn" rule, and ESLint tells a rule nothing of
 * the rules its config sets (not in context, settings, languageOptions or the language's
 * parse), so a finding that gives way to a warning rule's stands in its place. Found by the
 * audit of the ESLint plugin: "partnumber" for partNumber, unknown-property at "error", was
 * `eslint --quiet`'s error where `eslint` warned and `oms-lint --quiet` said nothing. ESLint's
 * `--quiet --max-warnings <n>` runs every rule and drops the warnings after: the CLI's --quiet.
 */

const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

const text = readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8").replace('"partNumber"', '"partnumber"');
const rules = { "oms-lint/unknown-property": "error" } as const;
/** What ESLint's --quiet passes when --max-warnings is not given (translate-cli-options' quietRuleFilter). */
const quietRuleFilter = ({ severity }: { severity: number }) => severity === 2;

describe.each(majors)("a finding that gives way to a warning rule's, under %s", (_, ESLint) => {
  const lint = async (options: Partial<ESLint.Options>) => {
    const eslint = new ESLint({ cwd: tmpdir(), overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, rules), ...options });
    return (await eslint.lintText(text, { filePath: join(tmpdir(), "pn.json") }))[0]!.messages.map((m) => [m.ruleId, m.severity]);
  };

  it("is the warning rule's alone; --quiet --max-warnings (every rule run, warnings dropped) shows nothing, as oms-lint --quiet", async () => {
    expect(await lint({})).toEqual([["oms-lint/schema/line-item-crucial", 1]]);
    const all = await lint({ ruleFilter: () => true });
    expect(all.filter(([, severity]) => severity === 2)).toEqual([]);
  });

  it("under --quiet alone, where ESLint never creates the warning rule, stands in its place (the README's limit)", async () => {
    expect(await lint({ ruleFilter: quietRuleFilter })).toEqual([["oms-lint/unknown-property", 2]]);
  });
});
