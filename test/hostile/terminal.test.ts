import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseJsonc } from "jsonc-parser";
import { afterAll, describe, expect, it } from "vitest";
import { escapeControls } from "../../src/formatters/displayText.js";
import { repoRoot } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";
import { formats, hostileRun, scratch } from "./support.js";

/**
 * SPEC §6, control characters and ANSI escapes in names, keys, values and broken text:
 * never echoed raw to a terminal. stylish, compact and github write them as visible
 * escapes; JUnit is well-formed XML 1.0 with them escaped; SARIF and JSON stay valid JSON
 * (and keep the exact text), with the characters a terminal acts on written as \u escapes.
 */

const csi = "\u001b[31m";
const osc8 = "\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007";
const c1Csi = "\u009b2J";
const bidi = "\u202egnp.exe";
// A file name holds no "/": the hyperlink's target is a bare word there.
const names = [`red${csi}.json`, `link${osc8.replace("https://evil.example/", "evil")}.json`, `carriage\rreturn.json`, `new\nline.json`, `c1${c1Csi}.json`, `bidi${bidi}.json`, `bell\u0007del\u007f.json`];
/** Keys and values a payload could carry: JSON escapes in the text, raw characters once parsed. */
const payload = JSON.stringify({ name: "a", value: `v${csi}${c1Csi}\r\u2028`, [`key${csi}`]: 1, [`k${c1Csi}${bidi}`]: 2, [`\u0000\u0085`]: 3 });
/** Broken text holding raw characters JSON allows outside strings nowhere: a parse fault quotes them. */
const broken = `{"name": "a" ${"\u009b"}31m, "value": "${"\u202e"}"}`;

/** What a terminal would act on: C0 controls except the line feed, DEL, C1, bidirectional controls, line separators. */
const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const task = (parseJsonc(readFileSync(join(repoRoot, ".vscode/tasks.json"), "utf8")) as { tasks: { problemMatcher: { pattern: { regexp: string } } }[] }).tasks[0]!;
const problemMatcher = new RegExp(task.problemMatcher.pattern.regexp);

describe("control characters and ANSI escapes, in every format (SPEC §6)", () => {
  const folder = scratch("terminal");
  afterAll(folder.remove);
  for (const name of names) folder.write(name, payload);
  folder.write("broken.json", broken);
  const files = names.length + 1;

  it.each(["stylish", "compact", "github"])("%s: nothing raw on stdout, the escapes visible", async (format) => {
    const run = await hostileRun(["--format", format, "--color", "."], { cwd: folder.dir });
    expect(run.code).toBe(1);
    // --color: the formatter's own colours are the only escapes it writes.
    const uncoloured = run.stdout.replace(/\u001b\[[0-9;]*m/g, "");
    expect(uncoloured).not.toMatch(raw);
    expect(run.stdout).not.toContain(`red${csi}`);
    expect(run.stdout).toContain("\\u001b[31m");
    expect(run.stdout).toContain("\\u009b2J");
    expect(run.stdout).toContain("\\u202e");
  });

  it("compact: every line is one problem the VS Code problem matcher reads", async () => {
    const run = await hostileRun(["--format", "compact", "."], { cwd: folder.dir });
    const json = await hostileRun(["--format", "json", "."], { cwd: folder.dir });
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(json.results!.reduce((n, r) => n + r.messages.length, 0));
    for (const line of lines) expect(line, line).toMatch(problemMatcher);
  });

  it("github: one workflow command a line", async () => {
    const lines = (await hostileRun(["--format", "github", "."], { cwd: folder.dir })).stdout.trimEnd().split("\n");
    expect(lines.pop()).toMatch(/^oms-lint: \d+ problems /);
    // Columns only on one line (actions/toolkit: they "Cannot be sent when `startLine` and `endLine` are different values").
    for (const line of lines) expect(line).toMatch(/^::(error|warning) (?:file=[^,]*,line=(\d+),endLine=(?:\2,col=\d+,endColumn=\d+|\d+),)?title=[^:]*::/);
    // A name holding an ESC: escaped, it would name another file, so the annotation names none, and its message names the file.
    const named = lines.filter((line) => line.includes("red\\u001b[31m.json"));
    expect(named.length).toBeGreaterThan(0);
    for (const line of named) expect(line).toMatch(/^::(error|warning) title=[^:]*::red\\u001b\[31m\.json \d+:\d+ \(its name holds a control or invisible character/);
  });

  it("junit: well-formed XML 1.0, names and messages escaped", async () => {
    const run = await hostileRun(["--format", "junit", "."], { cwd: folder.dir });
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout.replace(/\n/g, "")).not.toMatch(raw);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" }).parse(run.stdout);
    const suites = (doc.testsuites.testsuite as { "@_name": string }[]).map((s) => s["@_name"]);
    expect(suites).toHaveLength(files);
    expect(suites).toContain("red\\u001b[31m.json");
  });

  it("json: valid, the exact names and paths (escaped as JSON), nothing a terminal acts on", async () => {
    const run = await hostileRun(["--format", "json", "."], { cwd: folder.dir });
    expect(run.stdout.trimEnd()).not.toMatch(raw);
    const results = run.results!;
    expect(results.map((r) => r.filePath.slice(folder.dir.length + 1)).sort()).toEqual([...names, "broken.json"].sort());
    const paths = results.flatMap((r) => r.messages.map((m) => m.path));
    expect(paths).toContain(`/key${csi}`);
    expect(paths).toContain(`/k${c1Csi}${bidi}`);
  });

  it("sarif: valid JSON, the same escapes", async () => {
    const run = await hostileRun(["--format", "sarif", "."], { cwd: folder.dir });
    expect(run.stdout.trimEnd()).not.toMatch(raw);
    const log = JSON.parse(run.stdout);
    const uris = new Set(log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].map((u) => decodeURIComponent(u as string)).sort()).toEqual([...names, "broken.json"].sort());
  });

  it("stderr: a pattern, a --kind or a config key with escapes is echoed escaped", async () => {
    for (const args of [[`nothing${csi}here.json`], ["--kind", `x${osc8}`, "."], ["--format", `f${c1Csi}`, "."], [`glob${bidi}/*.json`]]) {
      const run = await hostileRun(args, { cwd: folder.dir });
      expect(run.code).toBe(2);
      expect(run.stderr.replace(/\n/g, "")).not.toMatch(raw);
      expect(run.stderr).toMatch(/\\u(001b|009b|202e)/);
    }
    folder.write("config/oms-lint.config.json", JSON.stringify({ rules: { [`rule${csi}`]: "off" }, files: [{ glob: `x${osc8}`, kind: "nope" }] }));
    folder.write("config/a.json", payload);
    const config = await hostileRun(["a.json"], { cwd: folder.path("config") });
    expect(config.code).toBe(2);
    expect(config.stderr.replace(/\n/g, "")).not.toMatch(raw);
  });
});

/**
 * Default-ignorable code points that draw nothing alone but shape their neighbours: a
 * variation selector (❤ U+FE0F is the emoji ❤️), the zero-width joiner (👨‍👩‍👧 is one family)
 * and non-joiner (Persian می‌خواهم needs it). Escaped, a file name no longer names its file
 * (GitHub undoes only %XX escapes in file=) and a key no longer reads as written.
 */
describe("emoji and joined scripts: file names and keys as they are written, in every format", () => {
  const folder = scratch("terminal-shaping");
  afterAll(folder.remove);
  const shaped = ["❤\ufe0f-order.json", "👨\u200d👩\u200d👧.json", "می\u200cخواهم.json"];
  const key = "❤\ufe0f gift";
  for (const name of shaped) folder.write(name, JSON.stringify(createOrder({ customOrderData: { [key]: 1 } })));
  const escaped = /\\u(fe0f|200d|200c)/i;

  it.each(formats)("%s: no variation selector or joiner escaped", async (format) => {
    const run = await hostileRun(["--no-config", "--kind", "createOrder", "--format", format, "."], { cwd: folder.dir });
    expect(run.stdout).not.toMatch(escaped);
  });

  it.each(["stylish", "compact", "github", "junit"])("%s: each file named as it is, the key quoted as it is", async (format) => {
    const run = await hostileRun(["--no-config", "--kind", "createOrder", "--format", format, "."], { cwd: folder.dir });
    // JUnit writes the key's quotes as XML entities.
    const text = format === "junit" ? run.stdout.replace(/&quot;/g, '"') : run.stdout;
    for (const name of shaped) expect(text).toContain(name);
    expect(text).toContain(`"${key}"`);
  });

  it("github: every file= names a file that is there", async () => {
    const run = await hostileRun(["--no-config", "--kind", "createOrder", "--format", "github", "."], { cwd: folder.dir });
    const files = [...run.stdout.matchAll(/^::\w+ file=([^,]*),/gm)].map((m) => m[1]!);
    expect(new Set(files)).toEqual(new Set(shaped));
    for (const file of files) expect(existsSync(folder.path(file)), file).toBe(true);
  });

  it("junit: each suite and case names its file as it is", async () => {
    const run = await hostileRun(["--no-config", "--kind", "createOrder", "--format", "junit", "."], { cwd: folder.dir });
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" || name === "testcase" }).parse(run.stdout);
    const suites = doc.testsuites.testsuite as { "@_name": string; testcase: { "@_classname": string }[] }[];
    expect(new Set(suites.map((s) => s["@_name"]))).toEqual(new Set(shaped));
    for (const suite of suites) for (const c of suite.testcase) expect(c["@_classname"]).toBe(suite["@_name"]);
  });

  it("json: the names and the key's message parse back as they are", async () => {
    const run = await hostileRun(["--no-config", "--kind", "createOrder", "--format", "json", "."], { cwd: folder.dir });
    expect(run.results!.map((r) => r.filePath.slice(folder.dir.length + 1)).sort()).toEqual([...shaped].sort());
    for (const r of run.results!) expect(r.messages.map((m) => m.message).join("\n")).toContain(`"${key}"`);
  });
});

/**
 * But a joiner or a variation selector that shapes nothing (at the start of a text, after
 * ASCII, after another hidden character) is as hidden as a zero-width space: the key
 * "currency\u200d" read "currency", the same as the suggestion beside it, and a key "\ufe0f"
 * read "" (found by the re-read of f5452d6).
 */
describe("a joiner or variation selector with nothing to shape, written visibly", () => {
  const folder = scratch("terminal-unshaped");
  afterAll(folder.remove);
  const example = JSON.parse(readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8")) as Record<string, unknown>;
  const { currency, ...withoutCurrency } = example;
  folder.write("order.json", JSON.stringify({ ...withoutCurrency, "currency\u200d": currency, "\ufe0f": 1 }));

  it.each(formats)("%s: neither is written raw", async (format) => {
    const run = await hostileRun(["--no-config", "--kind", "createOrder", "--format", format, "."], { cwd: folder.dir });
    expect(run.stdout).not.toMatch(/currency\u200d|"\ufe0f/u);
  });

  it("stylish: the misspelt key is not its suggestion, the lone selector is named", async () => {
    const run = await hostileRun(["--no-config", "--kind", "createOrder", "--format", "stylish", "."], { cwd: folder.dir });
    expect(run.stdout).toContain('"currency<U+200D>" stands in its place: did you mean currency?');
    expect(run.stdout).toContain('unknown property "<U+FE0F>"');
  });

  it.each([
    ["a key's joiner after ASCII", "currency\u200d", "currency\\u200d"],
    ["a lone variation selector", "\ufe0f", "\\ufe0f"],
    ["a non-joiner between ASCII letters", "a\u200cb", "a\\u200cb"],
    ["a joiner after a zero-width space", "\u200b\u200d", "\\u200b\\u200d"],
    ["a selector after a space", "❤ \ufe0f", "❤ \\ufe0f"],
    ["the emoji ❤️", "❤\ufe0f", "❤\ufe0f"],
    ["a family", "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"],
    ["a run of shaping characters: ❤️‍🔥", "❤\ufe0f\u200d🔥", "❤\ufe0f\u200d🔥"],
    ["Persian with its non-joiner", "می\u200cخواهم", "می\u200cخواهم"],
    // Unicode's emoji keycap sequences ([0-9#*] U+FE0F U+20E3) shape an ASCII character: 1️⃣ was written 1\ufe0f⃣ (the twenty-fifth stop's note).
    ["the keycap emoji 1️⃣", "1\ufe0f\u20e3", "1\ufe0f\u20e3"],
    ["the keycap emoji #️⃣ in a key", "room #\ufe0f\u20e3", "room #\ufe0f\u20e3"],
    ["a selector after a digit, no keycap after it", "1\ufe0f", "1\\ufe0f"],
    ["a selector between a letter and a keycap mark (no keycap sequence)", "a\ufe0f\u20e3", "a\\ufe0f\u20e3"],
    ["two selectors before a keycap mark", "1\ufe0f\ufe0f\u20e3", "1\\ufe0f\\ufe0f\u20e3"],
  ])("escapeControls: %s", (_, text, shown) => {
    expect(escapeControls(text)).toBe(shown);
  });

  // No time limit here (the suite holds no timing assertion): a lookbehind over the run for each
  // character took 12 s for 40,000 and 76 s for 100,000; the one-place lookbehind takes milliseconds.
  it("a long run of them after ASCII is escaped whole, and after an emoji kept whole", () => {
    const run = "\ufe0f".repeat(100_000);
    expect(escapeControls(`a${run}`)).toBe(`a${"\\ufe0f".repeat(100_000)}`);
    expect(escapeControls(`❤${run}`)).toBe(`❤${run}`);
  });
});
