import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureText, fixtures, runCli, valuePosition } from "../support/cli.js";

const target = ["payloads", "warnings"];
const asJson = JSON.parse((await runCli(["--format", "json", ...target])).stdout) as {
  filePath: string;
  messages: { ruleId: string; severity: number; line: number; column: number; endLine: number; endColumn: number; message: string }[];
}[];
const problems = asJson.flatMap((r) => r.messages.map((m) => ({ file: r.filePath, ...m })));
const relative = (file: string) => file.slice(fixtures.length);

describe("every format on the same files", () => {
  it("stylish (the default) groups problems under absolute paths, as $eslint-stylish reads them", async () => {
    const run = await runCli(target);
    expect(run.code).toBe(1);
    const fileLine = /^((?:[a-zA-Z]:)*[./\\]+.*?)$/;
    const problemLine = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/;
    const found: string[] = [];
    let file = "";
    for (const line of run.stdout.split("\n")) {
      const problem = problemLine.exec(line);
      if (problem) found.push(`${file}:${problem[1]}:${problem[2]} ${problem[3]} [${problem[5]}]`);
      else if (fileLine.test(line)) file = line;
    }
    expect(found).toEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity === 2 ? "error" : "warning"} [${p.ruleId}]`));
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings?\)/);
    expect(run.stdout).not.toContain("\u001b[");
    expect((await runCli(["--color", ...target])).stdout).toContain("\u001b[31merror");
  });

  it("compact: one line a problem, in the same order", async () => {
    const run = await runCli(["--format", "compact", ...target]);
    expect(run.stdout.trimEnd().split("\n")).toEqual(
      problems.map((p) => `${relative(p.file)}:${p.line}:${p.column}: ${p.severity === 2 ? "error" : "warning"} ${p.message} [${p.ruleId}]`),
    );
  });

  it("github: a workflow command a problem, paths relative to the workspace", async () => {
    const lines = (await runCli(["--format", "github", ...target])).stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(problems.length + 1);
    const errors = problems.filter((p) => p.severity === 2).length;
    expect(lines.pop()).toBe(`oms-lint: ${problems.length} problems (${errors} errors, ${problems.length - errors} warnings) in ${asJson.length} files`);
    lines.forEach((line, i) => {
      const p = problems[i]!;
      // Columns only where the problem stands on one line (actions/toolkit: they "Cannot be sent when `startLine` and `endLine` are different values").
      const columns = p.endLine === p.line ? `,col=${p.column},endColumn=${p.endColumn}` : "";
      expect(line.startsWith(`::${p.severity === 2 ? "error" : "warning"} file=${relative(p.file)},line=${p.line},endLine=${p.endLine}${columns},title=oms-lint ${p.ruleId}::`)).toBe(true);
    });
  });

  it("sarif: SARIF 2.1.0 with rules (help, levels) and results with regions", async () => {
    const run = await runCli(["--format", "sarif", ...target]);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe("2.1.0");
    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    expect(driver.name).toBe("oms-lint");
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+$/);
    const ruleIds = driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds.slice(0, 2)).toEqual(["parse", "kind"]);
    expect(ruleIds).toEqual(expect.arrayContaining(["schema", "schema/gift-recipient-length", "duplicate-key", "request/content-type"]));
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.help.text.length).toBeGreaterThan(10);
      expect(rule.help.markdown.length).toBeGreaterThan(10);
      expect(["error", "warning"]).toContain(rule.defaultConfiguration.level);
    }
    expect(sarifRun.results).toHaveLength(problems.length);
    sarifRun.results.forEach((result: any, i: number) => {
      const p = problems[i]!;
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(result).toMatchObject({ ruleId: p.ruleId, level: p.severity === 2 ? "error" : "warning", message: { text: p.message } });
      expect(result.locations[0].physicalLocation).toEqual({
        artifactLocation: { uri: relative(p.file), uriBaseId: "%SRCROOT%" },
        region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
      });
    });
    expect(sarifRun.originalUriBaseIds["%SRCROOT%"].uri).toBe(`file://${fixtures}`);
  });

  it("junit: well-formed XML, a suite a file and a failure a problem", async () => {
    const run = await runCli(["--format", "junit", ...target]);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" || name === "testcase" }).parse(run.stdout);
    expect(doc.testsuites.testsuite.map((s: any) => s["@_name"])).toEqual(asJson.map((r) => relative(r.filePath)));
    // Warnings pass (the run's exit code does not count them either): only errors fail.
    expect(Number(doc.testsuites["@_failures"])).toBe(problems.filter((p) => p.severity === 2).length);
  });
});

describe("machine formats print their document and nothing else, even when there is nothing to report", () => {
  const clean = ["payloads/customData.json"];
  it.each([
    ["json", (out: string) => expect(JSON.parse(out)).toHaveLength(1)],
    ["sarif", (out: string) => expect(JSON.parse(out).runs[0].results).toEqual([])],
    ["junit", (out: string) => expect(XMLValidator.validate(out)).toBe(true)],
    ["github", (out: string) => expect(out).toBe("oms-lint: no problems in 1 file\n")],
    ["compact", (out: string) => expect(out).toBe("")],
    ["stylish", (out: string) => expect(out).toBe("")],
  ])("%s", async (format, check) => {
    const run = await runCli(["--format", format, ...clean]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    check(run.stdout);
  });
});

describe("--output-file", () => {
  const dir = mkdtempSync(join(tmpdir(), "oms-lint-out-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the report to the file (folders made), nothing to stdout; the exit code still says", async () => {
    const file = join(dir, "reports", "oms-lint.sarif");
    const run = await runCli(["--format", "sarif", "--output-file", file, "payloads/orders/createOrder-bad.json"]);
    // The log still says why the step failed: one line on stderr.
    expect(run).toMatchObject({ code: 1, stdout: "", stderr: `oms-lint: 2 problems (1 error, 1 warning) in 1 file; report written to ${file}\n` });
    expect(existsSync(file)).toBe(true);
    const region = JSON.parse(readFileSync(file, "utf8")).runs[0].results[0].locations[0].physicalLocation.region;
    const text = fixtureText("payloads/orders/createOrder-bad.json");
    expect(region).toMatchObject({ startLine: valuePosition(text, "catalogID").line, startColumn: valuePosition(text, "catalogID").column });
  });

  it("a report of many blocks (it is written as files are linted) is the same in the file as on stdout", async () => {
    const many = join(dir, "many");
    mkdirSync(many);
    // 400 files of one problem each: some 100 kB of JSON, written in blocks of 64 kB.
    for (let i = 0; i < 400; i++) writeFileSync(join(many, `note-${String(i).padStart(3, "0")}.json`), `{"name": "n${i}", "value": "v", "orderID": 1}`);
    const file = join(dir, "many.json");
    const toFile = await runCli(["--format", "json", "--kind", "orderCustomData", "--output-file", file, many]);
    const toStdout = await runCli(["--format", "json", "--kind", "orderCustomData", many]);
    expect(toFile).toMatchObject({ code: 0, stdout: "", stderr: `oms-lint: 400 problems (0 errors, 400 warnings) in 400 files; report written to ${file}\n` });
    expect(toStdout.stdout.length).toBeGreaterThan(64 * 1024);
    expect(readFileSync(file, "utf8")).toBe(toStdout.stdout);
    expect((JSON.parse(toStdout.stdout) as unknown[]).length).toBe(400);
  });

  it("a folder that cannot be made is one line and exit 2: under a file, or under /proc (where Node's recursive mkdir loops)", async () => {
    writeFileSync(join(dir, "a-file"), "");
    const underFile = join(dir, "a-file", "sub", "r.json");
    const cases: [string, string][] = [[underFile, `oms-lint: cannot write --output-file ${underFile}: a part of its path is not a folder (ENOTDIR)\n`]];
    // Refused before any folder is made: a path under /proc or /dev names a process's stream or a device.
    const underProc = "/proc/oms-lint-nope/r.json";
    const refused = "names a device or a process's stream, not a file: leave -o out to write the report to standard output (or redirect it: > report)";
    if (existsSync("/proc/self")) cases.push([underProc, `oms-lint: --output-file ${underProc} ${refused}\n`]);
    for (const [file, stderr] of cases) {
      const run = await runCli(["--format", "json", "--output-file", file, "payloads/orders/createOrder-bad.json"]);
      expect(run).toMatchObject({ code: 2, stdout: "", stderr });
    }
  });

  it("a usage error writes no report: no file, nothing on stdout", async () => {
    const file = join(dir, "never.json");
    const run = await runCli(["--format", "json", "--output-file", file, "no-such-folder/"]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(existsSync(file)).toBe(false);
  });
});
