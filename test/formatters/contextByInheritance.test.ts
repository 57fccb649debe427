import { describe, expect, it } from "vitest";
import { formatters, type FormatContext } from "../../src/index.js";
import { lintResult, type LintResult } from "../../src/lint/lintResult.js";

const results: LintResult[] = [
  lintResult("/work/project/orders/a.json", "createOrder", [
    { ruleId: "unknown-property", messageId: "unknown", severity: 1, evidence: "inferred", message: "unknown property", path: "/x", line: 2, column: 3, endLine: 2, endColumn: 6 },
  ]),
];

/** A caller's context whose every field comes from its class, as getters. */
class ProjectContext {
  get cwd(): string {
    return "/work/project";
  }
  get toolVersion(): string {
    return "9.8.7";
  }
}

/**
 * Found by the review of the formats' own-field reads: the library's formatContext read a
 * caller's context as its own fields only, so a context given by inheritance (a class's getter,
 * `Object.create(defaults)`) lost its cwd and version in silence, where the README honours an
 * option so given and keeps out only what a built-in prototype answers.
 */
describe("a library formatter reads the context a caller gives by inheritance", () => {
  it.each<[string, () => Partial<FormatContext>]>([
    ["a class's getters", () => new ProjectContext()],
    ["Object.create(defaults)", () => Object.create({ cwd: "/work/project", toolVersion: "9.8.7" }) as Partial<FormatContext>],
  ])("%s: the path is the cwd's, the version the caller's", (_name, context) => {
    expect(formatters.compact(results, context())).toBe("orders/a.json:2:3: warning unknown property [unknown-property]\n");
    const sarif = JSON.parse(formatters.sarif(results, context())) as { runs: { tool: { driver: { version: string } } }[] };
    expect(sarif.runs[0]!.tool.driver.version).toBe("9.8.7");
  });
});
