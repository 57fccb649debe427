import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { createOrder } from "../support/payloads.js";
import { bin, repoRoot, runCli } from "../support/cli.js";
import { github } from "../../src/formatters/github.js";
import { sarifCappedAt } from "../../src/formatters/sarif.js";
import { wholeText } from "../../src/formatters/formatter.js";
import { packageInfo } from "../../src/builtIn/packageInfo.js";
import { ruleDescriptions } from "../../src/builtIn/ruleDescriptions.js";
import { warningsThenErrors } from "../support/manyFindings.js";

const dir = mkdtempSync(join(tmpdir(), "oms-lint-ci-reports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Create Order with three safe fixes, one after a non-ASCII name on its line (columns: UTF-16 vs UTF-8). */
const careless = JSON.stringify(
  createOrder({
    orderID: 555555,
    shippingMethod: { shippingType: "standard", shippingClass: "Standard", description: "Überweg 2 Tage", price: 4.95 },
  }),
  null,
  2,
).replace(`"shippingClass": "Standard",\n    "description"`, `"shippingClass": "Standard", "description"`);
writeFileSync(join(dir, "order.json"), careless);
const lint = (argv: readonly string[], env?: Record<string, string>) => runCli(argv, { cwd: dir, env });
/** order.json's kind given by a config's `files` glob: told from its content, its Create Order fixes are held (heldOrderFixes.ts), and the reports would offer none. */
writeFileSync(join(dir, "order-kind.json"), JSON.stringify({ files: [{ glob: "order.json", kind: "createOrder" }] }));
const orderKindGiven = ["--config", "order-kind.json"];

/** What --fix writes: the reference every offered fix must agree with (made once, for the SARIF and the rdjson fixes). */
let fixed: Promise<string> | undefined;
const fixedText = (): Promise<string> => (fixed ??= dryRunApplied());
async function dryRunApplied(): Promise<string> {
  const diff = await lint([...orderKindGiven, "--fix-dry-run", "order.json"]);
  const copy = mkdtempSync(join(tmpdir(), "oms-lint-fixed-"));
  try {
    writeFileSync(join(copy, "order.json"), careless);
    writeFileSync(join(copy, "fix.diff"), diff.stdout);
    execFileSync("git", ["apply", "fix.diff"], { cwd: copy });
    return readFileSync(join(copy, "order.json"), "utf8");
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Applies line/column edits (1-based, end excluded) to a text, last first, columns counted by `unit`. */
function applyEdits(text: string, edits: { line: number; column: number; endLine: number; endColumn: number; text: string }[], unit: "utf16" | "utf8"): string {
  const offset = (line: number, column: number) => {
    const lines = text.split("\n");
    const before = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
    const inLine = unit === "utf16" ? column - 1 : Buffer.from(lines[line - 1]!, "utf8").subarray(0, column - 1).toString("utf8").length;
    return before + inLine;
  };
  const placed = edits.map((e) => ({ from: offset(e.line, e.column), to: offset(e.endLine, e.endColumn), text: e.text })).sort((a, b) => b.from - a.from);
  return placed.reduce((out, e) => out.slice(0, e.from) + e.text + out.slice(e.to), text);
}

/**
 * `  {"items": [` then `"0123456789abcdef", ` 17 × 1024 × 64 times (21 MiB), then `"end"]}` and
 * a line feed: JSON past the 16 MiB an -o file is looked into whole, as bytes.
 */
function jsonOf17MiB(): Buffer {
  const [head, item, end] = ['  {"items": [', '"0123456789abcdef", ', '"end"]}\n'].map((text) => Buffer.from(text));
  const itemsEnd = head!.length + 17 * 1024 * 64 * item!.length;
  const bytes = Buffer.allocUnsafe(itemsEnd + end!.length);
  head!.copy(bytes);
  bytes.fill(item!, head!.length, itemsEnd);
  end!.copy(bytes, itemsEnd);
  return bytes;
}

/**
 * Microsoft's SARIF Multitool, the platform's executable that the package names (what its bin,
 * a Node script, runs through a shell): started directly, without a Node start and a shell (~0.15 CPU-s).
 */
const sarifMultitool = createRequire(join(repoRoot, "package.json"))("@microsoft/sarif-multitool") as string;

/**
 * The errors Microsoft's SARIF validator finds in each log of the test folder, by the log's name:
 * one run of the validator (a .NET process, ~2 s) over all of them.
 */
function validatorErrors(...logs: string[]): Record<string, { ruleId: string; message: { text?: string } }[]> {
  const validated = join(dir, "validated.sarif");
  execFileSync(sarifMultitool, ["validate", ...logs.map((log) => join(dir, log)), "-o", validated], { stdio: "ignore" });
  type Finding = { level?: string; ruleId: string; message: { text?: string }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] };
  const findings = JSON.parse(readFileSync(validated, "utf8")).runs[0].results as Finding[];
  const errors = Object.fromEntries(logs.map((log) => [log, [] as Finding[]]));
  for (const finding of findings) {
    if (finding.level !== "error") continue;
    const uri = finding.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "";
    (errors[logs.find((log) => uri.endsWith(`/${log}`)) ?? uri] ??= []).push(finding);
  }
  return errors;
}

describe("several reports from one run", () => {
  it("-f stylish -f sarif:FILE -f junit:FILE: stylish on stdout, each other report in its file", async () => {
    const run = await lint(["-f", "stylish", "-f", "sarif:reports/out.sarif", "-f", "junit:reports/out.xml", "order.json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/order\.json\n.*read-only/);
    expect(run.stderr).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "reports/out.sarif"), "utf8")).runs[0].results).toHaveLength(3);
    const junit = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(dir, "reports/out.xml"), "utf8"));
    expect(junit.testsuites["@_tests"]).toBe("3");
    expect(junit.testsuites["@_failures"]).toBe("2");
  });

  // Found by the audit of the CI surface: past --max-warnings the run failed, and the report showed every case passing.
  it("JUnit past --max-warnings: the warnings stay passing cases, and one failing case says the run failed on their count", async () => {
    writeFileSync(join(dir, "warned.json"), JSON.stringify({ ...createOrder(), customerIP: "10.0.0.1" }, null, 2));
    const parse = (text: string) => new XMLParser({ ignoreAttributes: false }).parse(text) as { testsuites: Record<string, unknown> & { testsuite: unknown } };
    const within = await lint(["-f", "junit", "--max-warnings", "1", "warned.json"]);
    expect(within.code).toBe(0);
    expect(parse(within.stdout).testsuites).toMatchObject({ "@_tests": "1", "@_failures": "0" });
    const past = await lint(["-f", "junit", "--max-warnings", "0", "warned.json"]);
    expect(past.code).toBe(1);
    const report = parse(past.stdout).testsuites;
    expect(report).toMatchObject({ "@_tests": "2", "@_failures": "1" });
    expect(report.testsuite).toContainEqual(expect.objectContaining({
      "@_name": "oms-lint --max-warnings",
      testcase: expect.objectContaining({ "@_name": "--max-warnings 0", failure: expect.objectContaining({ "@_message": "oms-lint found too many warnings (1; maximum: 0)" }) }),
    }));
  });

  it("with every report in a file, one line on stderr says what the run found and where the reports are", async () => {
    const run = await lint(["-f", "gitlab:gl.json", "-f", "rdjson:rd.json", "order.json"]);
    expect(run).toEqual({ code: 1, stdout: "", stderr: "oms-lint: 3 problems (2 errors, 1 warning) in 1 file; reports written to gl.json, rd.json\n" });
    // A name holding what a terminal acts on (an escape sequence, a carriage return) is said with visible escapes, as every other stderr line says it.
    const odd = await lint(["-f", "gitlab:gl\u001b[31m.json", "-f", "rdjson:rd\r.json", "order.json"]);
    expect(odd.stderr).toBe("oms-lint: 3 problems (2 errors, 1 warning) in 1 file; reports written to gl\\u001b[31m.json, rd\\r.json\n");
  });

  it.each([
    [["-f", "json", "-f", "sarif"], /only one report can go to standard output \(got json, sarif\)/],
    [["-f", "json", "-f", "sarif", "-o", "x"], /only one report can go to --output-file/],
    [["-f", "sarif:"], /give the file after the colon/],
    [["-o", ""], /^oms-lint: --output-file is empty: give the report's file name \(-o report\.json\), or leave -o out for standard output\n$/],
    [["-f", "xml:out.xml"], /unknown format "xml"/],
    [["-f", "sarif:a", "-o", "b"], /--output-file b has no format to take/],
    [["-f", "sarif:a", "-f", "json:a"], /two reports would be written to a/],
  ])("%j is a usage error (exit 2)", async (argv, message) => {
    const run = await lint([...argv, "order.json"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });
});

describe("fixes in the reports", () => {
  /** A log the SARIF writer caps at 10 results, of 30 warnings then 5 errors: what it writes past GitHub's 25,000, at a size the validator reads. */
  const cappedLog = () => {
    const info = packageInfo();
    return wholeText(sarifCappedAt(10))(warningsThenErrors(dir, 30, 5), { cwd: dir, color: false, toolVersion: info.version, rules: ruleDescriptions(info) });
  };

  it("SARIF: applying every result's fix gives what --fix writes", async () => {
    await lint([...orderKindGiven, "-f", "sarif:fixes.sarif", "order.json"]);
    const log = JSON.parse(readFileSync(join(dir, "fixes.sarif"), "utf8"));
    const results = log.runs[0].results as { ruleId: string; fixes?: { artifactChanges: { replacements: { deletedRegion: Record<string, number>; insertedContent?: { text: string } }[] }[] }[] }[];
    expect(results.map((r) => r.ruleId).sort()).toEqual(["read-only-ids", "read-only-shipping-fields", "read-only-shipping-fields"]);
    const edits = results.flatMap((r) =>
      r.fixes!.flatMap((f) =>
        f.artifactChanges.flatMap((c) =>
          c.replacements.map(({ deletedRegion: d, insertedContent }) => ({ line: d.startLine!, column: d.startColumn!, endLine: d.endLine!, endColumn: d.endColumn!, text: insertedContent?.text ?? "" })),
        ),
      ),
    );
    expect(applyEdits(careless, edits, "utf16")).toBe(await fixedText());
  });

  // One run of Microsoft's validator over a log that holds the fixes above and every non-rule id, and the capped log below.
  it("SARIF: Microsoft's validator finds no error in a log of fixes and of every non-rule id (parse, kind, suppressions, postman-info-schema), each with its entry in tool.driver.rules and that entry's ruleIndex, nor in a capped log", async () => {
    mkdirSync(join(dir, "every"), { recursive: true });
    writeFileSync(join(dir, "every/broken.json"), "{");
    writeFileSync(join(dir, "every/unknown.json"), `{"x": 1}`);
    writeFileSync(join(dir, "every/clean.json"), JSON.stringify(createOrder()));
    // A collection told by its name alone: postman-info-schema's warning.
    writeFileSync(join(dir, "every/named.postman_collection.json"), JSON.stringify({ info: { name: "x" }, item: [] }));
    // A negative fixture that no longer trips its rule: an unpruned suppression, ruleId "suppressions".
    writeFileSync(join(dir, "every-neg.json"), JSON.stringify({ "every/clean.json": { "tax-rate-cap": { count: 1 } } }));
    await lint([...orderKindGiven, "-f", "sarif:every.sarif", "--suppressions-location", "every-neg.json", "order.json", "every/broken.json", "every/unknown.json", "every/clean.json", "every/named.postman_collection.json"]);
    const run = JSON.parse(readFileSync(join(dir, "every.sarif"), "utf8")).runs[0] as { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex?: number; fixes?: unknown[] }[] };
    expect(run.results.filter((r) => r.fixes !== undefined)).toHaveLength(3);
    const ids = run.tool.driver.rules.map((rule) => rule.id);
    expect(new Set(run.results.map((r) => r.ruleId))).toEqual(new Set(["read-only-ids", "read-only-shipping-fields", "parse", "kind", "suppressions", "postman-info-schema"]));
    for (const result of run.results) expect(ids[result.ruleIndex!], result.ruleId).toBe(result.ruleId);
    writeFileSync(join(dir, "capped.sarif"), cappedLog());
    expect(validatorErrors("every.sarif", "capped.sarif")).toEqual({ "every.sarif": [], "capped.sarif": [] });
  });

  // Found by the CI audit: GitHub code scanning rejects an upload of more than 25,000 results. The
  // validator skips a log past 10 MB (a capped one is 23 MB, a minute to validate): the same writer, capped at 10, makes the log
  // it reads (in the validator's one run above).
  it("SARIF capped (past GitHub's 25,000 results): the log holds the cap's results and a notification of what was left out", () => {
    const run = JSON.parse(cappedLog()).runs[0] as { results: unknown[]; invocations: { toolExecutionNotifications: { level: string; properties: unknown }[] }[] };
    expect(run.results).toHaveLength(10);
    expect(run.invocations[0]!.toolExecutionNotifications).toMatchObject([{ level: "warning", properties: { resultsLeftOut: 25, errorsLeftOut: 0, warningsLeftOut: 25 } }]);
  });

  it("rdjson: suggestions in UTF-8 byte columns, as reviewdog applies them, give what --fix writes", async () => {
    const run = await lint([...orderKindGiven, "-f", "rdjson", "order.json"]);
    const doc = JSON.parse(run.stdout) as { source: { name: string }; diagnostics: { severity: string; code: { value: string }; location: { path: string }; suggestions?: { range: { start: { line: number; column: number }; end: { line: number; column: number } }; text: string }[] }[] };
    expect(doc.source.name).toBe("oms-lint");
    expect(doc.diagnostics.map((d) => [d.location.path, d.severity, d.code.value])).toContainEqual(["order.json", "ERROR", "read-only-shipping-fields"]);
    const edits = doc.diagnostics.flatMap((d) =>
      (d.suggestions ?? []).map((s) => ({ line: s.range.start.line, column: s.range.start.column, endLine: s.range.end.line, endColumn: s.range.end.column, text: s.text })),
    );
    expect(edits).toHaveLength(3);
    expect(applyEdits(careless, edits, "utf8")).toBe(await fixedText());
  });

  it("rdjson: message ranges count UTF-8 bytes too, and pick out the same text as the UTF-16 columns of -f json", async () => {
    type Place = { line: number; column: number; endLine: number; endColumn: number };
    const rd = JSON.parse((await lint(["-f", "rdjson", "order.json"])).stdout) as { diagnostics: { message: string; location: { range: { start: { line: number; column: number }; end: { line: number; column: number } } } }[] };
    const [json] = JSON.parse((await lint(["-f", "json", "order.json"])).stdout) as { messages: (Place & { message: string })[] }[];
    // The text a range covers, its ends found by the same edit arithmetic as the suggestions above.
    const cut = (place: Place, unit: "utf16" | "utf8") => {
      const open = applyEdits(careless, [{ ...place, endLine: place.line, endColumn: place.column, text: "\u0001" }], unit).indexOf("\u0001");
      const close = applyEdits(careless, [{ ...place, line: place.endLine, column: place.endColumn, text: "\u0001" }], unit).indexOf("\u0001");
      return careless.slice(open, close);
    };
    expect(rd.diagnostics.map((d) => d.message)).toEqual(json!.messages.map((m) => m.message));
    const rdPlaces = rd.diagnostics.map(({ location: { range } }) => ({ line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column }));
    expect(rdPlaces.map((p) => cut(p, "utf8"))).toEqual(json!.messages.map((m) => cut(m, "utf16")));
  });

  it("rdjson: a problem after non-ASCII text on its line is placed in UTF-8 bytes (Ü is two)", async () => {
    writeFileSync(join(dir, "note.json"), `{"value": "Ü", "name": ""}`);
    const rd = JSON.parse((await lint(["-f", "rdjson", "--kind", "orderCustomData", "note.json"])).stdout) as { diagnostics: { location: { range: { start: { column: number }; end: { column: number } } } }[] };
    const [json] = JSON.parse((await lint(["-f", "json", "--kind", "orderCustomData", "note.json"])).stdout) as { messages: { column: number; endColumn: number }[] }[];
    // The value of "name" (`""`) starts at UTF-16 column 24 and byte column 25.
    expect(json!.messages.map((m) => [m.column, m.endColumn])).toEqual([[24, 26]]);
    expect(rd.diagnostics.map((d) => [d.location.range.start.column, d.location.range.end.column])).toEqual([[25, 27]]);
  });
});

describe("-f gitlab in GitLab CI", () => {
  it("run in a subfolder of the repository, location.path names the file from its root ($CI_PROJECT_DIR), as Code Quality reads it", async () => {
    const sub = join(dir, "gitlab-sub");
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, "note.json"), `{"name": "", "value": "v"}`);
    const paths = async (env?: Record<string, string>) =>
      (JSON.parse((await runCli(["-f", "gitlab", "--kind", "orderCustomData", "."], { cwd: sub, env })).stdout) as { location: { path: string } }[]).map((issue) => issue.location.path);
    expect(await paths({ CI_PROJECT_DIR: dir })).toEqual(["gitlab-sub/note.json"]);
    expect(await paths()).toEqual(["note.json"]);
  });
});

// Found by the CI audit: the root named through a symbolic link (c3link -> c3) was compared with the run's real folder, so paths were written from the wrong folder.
describe("the CI's root named through a symbolic link", () => {
  const real = join(dir, "linked-real");
  const link = join(dir, "linked");
  mkdirSync(join(real, "fixtures"), { recursive: true });
  writeFileSync(join(real, "fixtures", "y.json"), `{"name": "", "value": "v"}`);
  symlinkSync(real, link);
  const run = (format: string, env: Record<string, string>) => runCli(["-f", format, "--kind", "orderCustomData", "."], { cwd: join(real, "fixtures"), env });

  it("github, gitlab and sarif name the file from the root, as if it were named by its real path", async () => {
    expect((await run("github", { GITHUB_WORKSPACE: link })).stdout).toMatch(/^::error file=fixtures\/y\.json,/);
    const gitlab = JSON.parse((await run("gitlab", { CI_PROJECT_DIR: link })).stdout) as { location: { path: string } }[];
    expect(gitlab.map((issue) => issue.location.path)).toEqual(["fixtures/y.json"]);
    const sarif = JSON.parse((await run("sarif", { GITHUB_WORKSPACE: link })).stdout) as {
      runs: { originalUriBaseIds: { "%SRCROOT%": { uri: string } }; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("fixtures/y.json");
    expect(sarif.runs[0]!.originalUriBaseIds["%SRCROOT%"].uri).toBe(`file://${realpathSync(real)}/`);
  });

  // Found by the fix audit: the root was compared by its real path, the files' own paths word for word, so a file named through the link ("$GITHUB_WORKSPACE/fixtures") was written by its absolute path.
  const other = join(dir, "linked-again");
  symlinkSync(real, other);
  const named = (format: string, file: string, env: Record<string, string>) => runCli(["-f", format, "--kind", "orderCustomData", file], { cwd: real, env });
  const table = [
    { through: "the root as the CI names it", file: join(link, "fixtures", "y.json") },
    { through: "the root's real path", file: join(realpathSync(real), "fixtures", "y.json") },
    { through: "another link to the root", file: join(other, "fixtures", "y.json") },
  ];
  it.each(table)("a file named through $through is named from the root by github, gitlab and sarif", async ({ file }) => {
    expect((await named("github", file, { GITHUB_WORKSPACE: link })).stdout).toMatch(/^::error file=fixtures\/y\.json,/);
    const gitlab = JSON.parse((await named("gitlab", file, { CI_PROJECT_DIR: link })).stdout) as { location: { path: string } }[];
    expect(gitlab.map((issue) => issue.location.path)).toEqual(["fixtures/y.json"]);
    const sarif = JSON.parse((await named("sarif", file, { GITHUB_WORKSPACE: link })).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[];
    };
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: "fixtures/y.json", uriBaseId: "%SRCROOT%" });
  });

  it("a file outside the root keeps its absolute path", async () => {
    const outside = join(dir, "linked-outside.json");
    writeFileSync(outside, `{"name": "", "value": "v"}`);
    expect((await named("github", outside, { GITHUB_WORKSPACE: link })).stdout).toContain(`file=${outside},`);
  });

  // Found by the fix audit: run from the root's parent, `ws/fixtures/a.json` was written from the working folder, on no file of the repository.
  it.each(["linked/fixtures/y.json", "linked-real/fixtures/y.json"])("run from outside the root, %s is named from the root by github, gitlab and sarif; a file outside it by its absolute path", async (file) => {
    const fromParent = (format: string, env: Record<string, string>, path = file) => runCli(["-f", format, "--kind", "orderCustomData", path], { cwd: dir, env });
    expect((await fromParent("github", { GITHUB_WORKSPACE: link })).stdout).toMatch(/^::error file=fixtures\/y\.json,/);
    const gitlab = JSON.parse((await fromParent("gitlab", { CI_PROJECT_DIR: link })).stdout) as { location: { path: string } }[];
    expect(gitlab.map((issue) => issue.location.path)).toEqual(["fixtures/y.json"]);
    const sarif = JSON.parse((await fromParent("sarif", { GITHUB_WORKSPACE: link })).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[];
    };
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: "fixtures/y.json", uriBaseId: "%SRCROOT%" });
    const outside = join(dir, "linked-outside-parent.json");
    writeFileSync(outside, `{"name": "", "value": "v"}`);
    expect((await fromParent("github", { GITHUB_WORKSPACE: link }, "linked-outside-parent.json")).stdout).toContain(`file=${outside},`);
  });
});

describe("-f github in GitHub Actions", () => {
  const many = join(dir, "many");
  // Twelve files of one error each: two more than GitHub annotates from one step.
  mkdirSync(many, { recursive: true });
  for (let i = 0; i < 12; i++) writeFileSync(join(many, `note-${String(i).padStart(2, "0")}.json`), `{"name": "", "value": "v${i}"}`);

  it("ends with a summary that says how many errors GitHub will not annotate, and writes a Markdown step summary", async () => {
    const summary = join(dir, "step-summary.md");
    writeFileSync(summary, "earlier step\n");
    const run = await lint(["-f", "github", "--kind", "orderCustomData", "many"], { GITHUB_STEP_SUMMARY: summary });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(12);
    expect(lines.at(-1)).toBe(
      "oms-lint: 12 problems (12 errors, 0 warnings) in 12 files; GitHub shows 10 error and 10 warning annotations a step, so 2 errors are not annotated: every problem is listed above and in the step summary",
    );
    const markdown = readFileSync(summary, "utf8");
    expect(markdown.startsWith("earlier step\n\n### oms-lint\n\n12 problems (12 errors, 0 warnings) in 12 files.\n")).toBe(true);
    const rows = markdown.split("\n").filter((l) => l.startsWith("| many\\/"));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatch(/^\| many\\\/note\\-00\\\.json \| 1:10 \| error \| .+ \| schema \|$/);
  });

  // Found by the CI audit: appended after an earlier step's unended line, the heading ran into it (`earlier### oms-lint`) and was not rendered.
  it("a $GITHUB_STEP_SUMMARY whose text does not end with a line break: the summary starts after a blank line, the earlier text kept", async () => {
    const summary = join(dir, "step-summary-unended.md");
    writeFileSync(summary, "earlier");
    await lint(["-f", "github", "--kind", "orderCustomData", "many/note-00.json"], { GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, "utf8")).toMatch(/^earlier\n\n### oms-lint\n\n1 problem /);
  });

  it("a step summary past its byte cap lists the first problems within 1 MiB, and the log's last line says how many it holds", async () => {
    // 150 errors under a path of 3,765 underscores (each escaped as \_ in the table): 1.1 MB of rows, which GitHub would refuse whole.
    const deep = join(dir, "long-paths", ...Array.from({ length: 15 }, () => "_".repeat(250)));
    mkdirSync(deep, { recursive: true });
    for (let i = 0; i < 150; i++) writeFileSync(join(deep, `n${String(i).padStart(3, "0")}.json`), `{"name": "", "value": "v"}`);
    const summary = join(dir, "step-summary-long.md");
    writeFileSync(summary, "");
    const run = await lint(["-f", "github", "--kind", "orderCustomData", "long-paths"], { GITHUB_STEP_SUMMARY: summary });
    expect(run.code).toBe(1);
    const markdown = readFileSync(summary, "utf8");
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
    const rows = markdown.split("\n").filter((l) => l.startsWith("| long\\-paths\\/")).length;
    expect(rows).toBeGreaterThan(0);
    expect(markdown).toContain(`\n… and ${150 - rows} more problems (${150 - rows} errors, 0 warnings), past the 960 KiB a step summary is kept to (GitHub takes 1 MiB), errors kept before warnings: see the step's log.\n`);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      `oms-lint: 150 problems (150 errors, 0 warnings) in 150 files; GitHub shows 10 error and 10 warning annotations a step, so 140 errors are not annotated: every problem is listed above, ${rows} of them in the step summary (errors before warnings)`,
    );
  });

  it("a $GITHUB_STEP_SUMMARY that is no regular file (a FIFO nobody reads, a folder) is a note, never a wait", async () => {
    const fifo = join(dir, "summary-fifo");
    execFileSync("mkfifo", [fifo]);
    // Said in words, as every other write failure is (the bare code was all it gave).
    for (const [target, why] of [[fifo, "it is a pipe or device that no process reads (ENXIO)"], [many, "it is a folder (EISDIR)"], ["/dev/null", "it is not a regular file (a device, pipe or socket)"]] as const) {
      const run = await lint(["-f", "github", "--kind", "orderCustomData", "many"], { GITHUB_STEP_SUMMARY: target });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: ${why}\n`);
    }
  });

  it("a $GITHUB_STEP_SUMMARY that names a file the run reads (a payload, the config) is a note, and the file is untouched", async () => {
    const payload = join(many, "note-00.json");
    const before = readFileSync(payload, "utf8");
    const run = await lint(["-f", "github", "--kind", "orderCustomData", "many"], { GITHUB_STEP_SUMMARY: payload });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: it names a file this run reads or writes (many/note-00.json), not GitHub's summary\n");
    expect(readFileSync(payload, "utf8")).toBe(before);
  });

  it("a $GITHUB_STEP_SUMMARY that names --stdin-filename's file, or another name (a hard link) of a payload the run reads: the file is untouched", async () => {
    const payload = join(many, "note-01.json");
    const before = readFileSync(payload, "utf8");
    const piped = await runCli(["-f", "github", "--kind", "orderCustomData", "--stdin", "--stdin-filename", "many/note-01.json"], { cwd: dir, input: before, env: { GITHUB_STEP_SUMMARY: payload } });
    expect(piped.code).toBe(1);
    expect(piped.stderr).toMatch(/cannot write the step summary to \$GITHUB_STEP_SUMMARY: it names a file this run reads or writes/);
    expect(readFileSync(payload, "utf8")).toBe(before);
    const link = join(dir, "summary-link.md");
    linkSync(payload, link);
    const linked = await lint(["-f", "github", "--kind", "orderCustomData", "many"], { GITHUB_STEP_SUMMARY: link });
    expect(linked.code).toBe(1);
    expect(linked.stderr).toMatch(/cannot write the step summary to \$GITHUB_STEP_SUMMARY: it names a file this run reads or writes/);
    expect(readFileSync(payload, "utf8")).toBe(before);
  });

  // Found by the audit of the session's changes: the name -o, the cache and the suppressions file refuse made a config of the summary.
  it("a $GITHUB_STEP_SUMMARY named oms-lint.config.json, there or not, is a note: no Markdown made as every later run's config", async () => {
    writeFileSync(join(dir, "r.json"), JSON.stringify(createOrder()));
    const run = await runCli(["-f", "github", "r.json"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: join(dir, "sub", "oms-lint.config.json") } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: it is named as oms-lint's config (oms-lint.config.json), which every later run there would read as its config, not GitHub's summary\n");
    expect(existsSync(join(dir, "sub"))).toBe(false);
  });

  it("a $GITHUB_STEP_SUMMARY named as a request file (.http, .rest) that is not there yet is a note, and no file is made, as -o refuses the name", async () => {
    writeFileSync(join(dir, "r.json"), JSON.stringify(createOrder()));
    for (const name of ["new.http", "later/new.REST"]) {
      const run = await runCli(["-f", "github", "r.json"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: join(dir, name) } });
      expect(run.stderr).toBe("oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: it names a request file (.http or .rest), not GitHub's summary (Markdown)\n");
      expect(existsSync(join(dir, name))).toBe(false);
    }
  });

  // Found by the CI audit: `GITHUB_STEP_SUMMARY=s.txt oms-lint -f github a.json > s.txt` appended the
  // summary, then the report overwrote its head from offset 0: the summary lost, and no note said so.
  // Standard error alike (`2> s.txt`, left by that fix): a note written after the summary would overwrite its head.
  it.each([
    ["standard output", "stdoutFile"],
    ["standard error", "stderrFile"],
  ] as const)("a $GITHUB_STEP_SUMMARY that names the file %s goes to is a note, and the file holds no summary", async (stream, option) => {
    const file = join(dir, `${option}-summary.txt`);
    writeFileSync(file, "");
    writeFileSync(join(dir, "q.json"), JSON.stringify(createOrder()));
    const run = await runCli(["-f", "github", "q.json"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: file }, [option]: statSync(file) });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: it names the file this run's ${stream} goes to (${option}-summary.txt), not GitHub's summary\n`);
    expect(readFileSync(file, "utf8")).toBe("");
  });

  it("GITHUB_STEP_SUMMARY=/dev/stdout with standard output sent to a file: the file holds the report alone, and a note says why", () => {
    // Only a real process has a descriptor 1 that /dev/stdout names.
    writeFileSync(join(dir, "a.json"), `{"name": "n", "value": "v"}\n`);
    const out = join(dir, "dev-stdout.txt");
    const fd = openSync(out, "w");
    const run = spawnSync(process.execPath, [bin, "-f", "github", "a.json"], { cwd: dir, env: { ...process.env, NO_COLOR: "1", GITHUB_STEP_SUMMARY: "/dev/stdout" }, stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
    closeSync(fd);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: it names the file this run's standard output goes to (dev-stdout.txt), not GitHub's summary\n");
    expect(readFileSync(out, "utf8")).toBe("oms-lint: no problems in 1 file\n");
  });

  // Found by the data-safety audit: only this run's files were refused, so a payload elsewhere got "### oms-lint …" appended, exit 0.
  it.each([
    ["a payload the run does not read", () => Buffer.from(JSON.stringify({ name: "x", value: "y" })), "it holds an orderCustomData payload, not GitHub's summary (Markdown)"],
    ["JSON that is no payload", () => Buffer.from(`{"a": [1, 2]}\n`), "it holds JSON, not GitHub's summary (Markdown)"],
    ["an earlier oms-lint json report", () => Buffer.from("[]\n"), "it holds JSON, not GitHub's summary (Markdown)"],
    // Found by the review of the CI commits: past 16 MiB the file was no longer looked into, and got Markdown appended.
    ["JSON of 17 MiB, told by its head", () => jsonOf17MiB(), "it holds JSON, not GitHub's summary (Markdown)"],
    // Found by the audit of what oms-lint writes: Markdown went after a JUnit report's </testsuites>, and into a .http request file.
    ["a JUnit report", () => Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest"></testsuites>\n'), "it holds XML, not GitHub's summary (Markdown)"],
    ["a JUnit report with no XML declaration", () => Buffer.from('\n<testsuite name="pytest" tests="1"></testsuite>\n'), "it holds XML, not GitHub's summary (Markdown)"],
    ["requests, named .http", () => Buffer.from("POST https://t.example/api/v2/createOrder/\n\n{}\n"), "it names a request file (.http or .rest), not GitHub's summary (Markdown)", "r2.http"],
  ])("a $GITHUB_STEP_SUMMARY that holds %s, as -o refuses it: a note, the file untouched, the exit code that of the problems", async (label, bytes, why, name = "other.json") => {
    const other = join(dir, name);
    const text = bytes();
    writeFileSync(other, text);
    writeFileSync(join(dir, "q.json"), JSON.stringify(createOrder()));
    const run = await lint(["-f", "github", "q.json"], { GITHUB_STEP_SUMMARY: other });
    expect(run.stderr).toBe(`oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: ${why}\n`);
    expect(run.code).toBe(0);
    // Byte for byte (a 17 MiB string built, written, read back and compared cost ~0.6 CPU-s; these bytes, a memset and a memcmp).
    expect(Buffer.compare(readFileSync(other), text), label).toBe(0);
  });

  it.each([
    ["empty", ""],
    ["an earlier step's Markdown", "## Tests\n\n| a | b |\n|---|---|\n"],
    ["an earlier oms-lint summary", "### oms-lint\n\nNo problems in 1 file.\n"],
    // A bare number, true or null is JSON but no payload, and Markdown too (`echo 42 >> $GITHUB_STEP_SUMMARY`): refused, it was.
    ["holding a number an earlier step echoed", "42\n"],
    ["holding null", "null\n"],
    ["starting with a Markdown link", "[the docs](https://example.com/docs) say so\n"],
    ["starting with a bracketed list that is no JSON", "[1, 2] are the shards\n"],
    // HTML in Markdown is no XML report.
    ["starting with HTML", "<details><summary>Tests</summary>\n\nall passed\n</details>\n"],
    ["starting with an HTML comment", "<!-- coverage -->\n| a | b |\n"],
  ])("a $GITHUB_STEP_SUMMARY %s is appended to", async (_label, text) => {
    const summary = join(dir, "appended.md");
    writeFileSync(summary, text);
    writeFileSync(join(dir, "q.json"), JSON.stringify(createOrder()));
    const run = await lint(["-f", "github", "q.json"], { GITHUB_STEP_SUMMARY: summary });
    expect(run.stderr).toBe("");
    expect(readFileSync(summary, "utf8")).toMatch(new RegExp(`^${text.replace(/[|\\[\]().*+?^$]/g, "\\$&")}${text === "" ? "" : "\n"}### oms-lint\n`));
  });

  it("past the step summary's 1,000 rows, the note says the summary holds the first 1,000 (the log every one)", () => {
    const end = (errors: number, warnings: number) => github({ cwd: repoRoot, color: false, toolVersion: "1.2.3", rules: [], githubStepSummary: true }).end({ files: 3, errors, warnings });
    expect(end(995, 5)).toMatch(/: every problem is listed above and in the step summary\n$/);
    expect(end(995, 6)).toBe(
      "oms-lint: 1001 problems (995 errors, 6 warnings) in 3 files; GitHub shows 10 error and 10 warning annotations a step, so 985 errors are not annotated: every problem is listed above, 1,000 of them in the step summary (errors before warnings)\n",
    );
    // The run's own count, when the summary's byte cap left rows out before its thousandth.
    const written = (rows: number) => github({ cwd: repoRoot, color: false, toolVersion: "1.2.3", rules: [] }).end({ files: 3, errors: 500, warnings: 0, stepSummaryWritten: true, stepSummaryRows: rows });
    expect(written(120)).toMatch(/: every problem is listed above, 120 of them in the step summary \(errors before warnings\)\n$/);
    expect(written(500)).toMatch(/: every problem is listed above and in the step summary\n$/);
  });

  it("run in a subfolder of the repository (the action's working-directory), annotations, the step summary and SARIF name files from its root ($GITHUB_WORKSPACE)", async () => {
    // GitHub places an annotation by its path from the repository's root: "note-00.json" from many/ was attached to no file of the pull request.
    const summary = join(dir, "step-summary-sub.md");
    writeFileSync(summary, "");
    const run = await runCli(["-f", "github", "--kind", "orderCustomData", "."], { cwd: many, env: { GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: summary } });
    expect(run.stdout.split("\n")[0]).toMatch(/^::error file=many\/note-00\.json,line=1,endLine=1,col=10,/);
    expect(readFileSync(summary, "utf8")).toMatch(/^\| many\\\/note\\-00\\\.json \| 1:10 \| error \|/m);
    // So does the SARIF report, which code scanning reads from the checkout (upload-sarif's checkout_path) too.
    const sarif = JSON.parse((await runCli(["-f", "sarif", "--kind", "orderCustomData", "."], { cwd: many, env: { GITHUB_WORKSPACE: dir } })).stdout) as {
      runs: { originalUriBaseIds: { "%SRCROOT%": { uri: string } }; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("many/note-00.json");
    expect(sarif.runs[0]!.originalUriBaseIds["%SRCROOT%"].uri).toBe(`file://${dir}/`);
    // Outside $GITHUB_WORKSPACE (a run in another folder), paths stay as the working folder sees them.
    expect((await runCli(["-f", "github", "--kind", "orderCustomData", "."], { cwd: many, env: { GITHUB_WORKSPACE: join(dir, "elsewhere") } })).stdout).toMatch(/^::error file=note-00\.json,/);
  });

  it("a $GITHUB_STEP_SUMMARY refused or not written (a payload of the run, a folder, a missing folder): the note points at the log alone", async () => {
    // Found by the CLI audit: the note said "and in the step summary" while stderr said it was not written.
    for (const target of [join(many, "note-00.json"), many, join(dir, "no-such-folder", "summary.md")]) {
      const run = await lint(["-f", "github", "--kind", "orderCustomData", "many"], { GITHUB_STEP_SUMMARY: target });
      expect(run.stderr).toMatch(/^oms-lint: cannot write the step summary/);
      expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(/so 2 errors are not annotated: every problem is listed above$/);
    }
  });

  it("without $GITHUB_STEP_SUMMARY, the note points at the log alone", async () => {
    const run = await lint(["-f", "github", "--kind", "orderCustomData", "many"]);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(/so 2 errors are not annotated: every problem is listed above$/);
  });
});
