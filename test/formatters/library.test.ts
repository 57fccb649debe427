import { describe, expect, it } from "vitest";
import { formatNames, formatters, lintText } from "../../src/index.js";
import { formatContext } from "../../src/formatters/defaultContext.js";

describe("formatters from the library, with no context built by hand", () => {
  const result = lintText('{"name": "", "value": "b"}', { kind: "orderCustomData", filePath: "body.json" });

  it("compact prints file:line:column: severity message [rule]", () => {
    expect(formatters.compact([result])).toMatch(/^body\.json:1:10: error .* \[schema\]\n$/);
  });

  it("every format runs, and SARIF describes the rules and names this package's version", () => {
    for (const name of formatNames) expect(formatters[name]([result]).length, name).toBeGreaterThan(0);
    const sarif = JSON.parse(formatters.sarif([result])) as { runs: { tool: { driver: { version: string; rules: { id: string }[] } } }[] };
    expect(sarif.runs[0]!.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toContain("tax-rate-cap");
  });

  it("the package and every rule's docs page are read once a process, not at each call (a service formatting each request's SARIF read 40 files a call)", () => {
    const first = formatContext();
    const second = formatContext({ cwd: "/srv/app" });
    expect(second.rules).toBe(first.rules);
    expect(second.rules.length).toBeGreaterThan(30);
    expect(formatContext({ rules: [] }).rules).toEqual([]);
  });

  it("a field the caller gives wins: colour, the folder paths are relative to", () => {
    expect(formatters.stylish([result])).not.toContain("\u001b[");
    expect(formatters.stylish([result], { color: true })).toContain("\u001b[");
    const placed = lintText('{"name": "", "value": "b"}', { kind: "orderCustomData", filePath: "/srv/app/body.json" });
    expect(formatters.compact([placed], { cwd: "/srv/app" })).toMatch(/^body\.json:/);
  });
});

/**
 * Found by the audit of the report formats: a hand-made result whose messages lack `path`,
 * `endLine` or `endColumn` (as an ESLint message may lack its end) was taken, and junit printed
 * `(undefined)`, rdjson `"end":{}`. The check at the edge requires them, as LintMessage's type does.
 */
describe("a hand-made result missing a field every format reads: a TypeError naming it, from every format", () => {
  const [whole] = lintText('{"name": "", "value": "b"}', { kind: "orderCustomData", filePath: "body.json" }).messages;
  const cases = formatNames.flatMap((name) =>
    (
      [
        ["path", "a string (a JSON Pointer; \"\" for the whole document)"],
        ["endLine", "a whole number"],
        ["endColumn", "a whole number"],
      ] as const
    ).map(([field, what]) => [name, field, what] as const),
  );
  it.each(cases)("%s without %s", (name, field, what) => {
    const { [field]: _left, ...message } = whole!;
    const result = { filePath: "body.json", kind: "orderCustomData", errorCount: 1, warningCount: 0, messages: [message] };
    expect(() => formatters[name]([result as never])).toThrow(new TypeError(`formatters.${name}: results[0].messages[0].${field} must be ${what}; got undefined`));
  });
});

