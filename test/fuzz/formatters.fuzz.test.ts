import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseJsonc } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { displayPath, escapeControls, oneLine, terminalSafeJson } from "../../src/formatters/displayText.js";
import { formatters, type FormatContext } from "../../src/formatters/index.js";
import { escapeData } from "../../src/formatters/github.js";
import { kinds } from "../../src/kinds/kinds.js";
import { lintResult, type LintMessage, type LintMessageDraft, type LintResult } from "../../src/lint/lintResult.js";
import { builtInLinter } from "../../src/builtIn/linter.js";
import { binaryString } from "../support/binaryString.js";
import { repoRoot } from "../support/cli.js";
import { hiddenBut } from "../support/shapingCharacters.js";
import { fuzzParameters, fuzzTimeout } from "./arbitraries.js";

/**
 * (c) Every formatter on arbitrary results (file names and messages holding any UTF-16,
 * controls and escapes among them): json and sarif parse back to the same data, junit is
 * well-formed XML with a case a problem, compact is read by the VS Code task's problem
 * matcher field by field, and nothing a terminal acts on is ever written raw.
 */

const cwd = "/work/project";
const context: FormatContext = { cwd, color: false, toolVersion: "0.0.0", rules: [] };

/**
 * What a terminal acts on, or shows as nothing: C0 controls but the line feed, DEL, C1, line
 * separators, and the default-ignorable code points (bidirectional controls, zero-width spaces,
 * a BOM) but those that shape their neighbours, which stay raw right after a character past
 * ASCII that is seen, or a run of them: variation selectors (❤ U+FE0F is the emoji ❤️) and the
 * zero-width joiner and non-joiner (👨‍👩‍👧, Persian می‌خواهم). At the start of a text, after
 * ASCII or after a hidden character they shape nothing and hide like the others.
 */
const raw = hiddenBut(String.raw`\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\p{Default_Ignorable_Code_Point}`);
/** The same but the tab, which moves nothing: the github format writes a file name's tab as it is, for GitHub to find the file. */
const rawButTab = hiddenBut(String.raw`\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\p{Default_Ignorable_Code_Point}`);
/** What shapes its neighbours: emoji and joined scripts, written only raw. */
const shaping = ["\ufe0f", "\ufe0e", "\u{e0100}", "\u200d", "\u200c"];
/** What GitHub's runner makes of a property value: it unescapes %25, %0D, %0A, %3A and %2C, and nothing else. */
/** Whether a file= can name the file: its controls are tabs (written as they are), CRs and LFs (%0D, %0A) alone; escaped, any other would name another file. */
const nameableInProperty = (name: string): boolean =>
  name.split("\t").every((part) => {
    const written = part.replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    return escapeControls(written) === written;
  });
const runnerProperty = (value: string): string => value.replace(/%(25|0D|0A|3A|2C)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  binaryString({ maxLength: 30 }),
  fc.string({ maxLength: 12, unit: fc.constantFrom("\u001b[31m", "\u001b]8;;x\u0007", "\u009b", "\r", "\n", "\t", "%", ":", ",", "::", "  ", "[", "]", "<", "&", "]]>", "\u202e", "\u2028", "\u200b", "\ufeff", "\u{e0020}", "\ud800", "😀", "❤", ...shaping, "a", " ", "7", ":1:2: error ", ":3:4: warning x") }),
);

/** Rule ids as the rules and pseudo-rules write them (a lowercase word and hyphens). */
const ruleId = fc.oneof(fc.constantFrom("parse", "kind", ...builtInLinter.ruleSet.byId.keys()), fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/));

const message: fc.Arbitrary<LintMessageDraft> = fc
  .record({
    ruleId,
    messageId: fc.stringMatching(/^[a-zA-Z]{1,12}$/),
    severity: fc.constantFrom(1 as const, 2 as const),
    evidence: fc.constantFrom("stated" as const, "advised" as const, "inferred" as const),
    message: text,
    path: text,
    line: fc.integer({ min: 1, max: 100_000 }),
    column: fc.integer({ min: 1, max: 10_000 }),
    lines: fc.nat(3),
    columns: fc.nat(50),
    fatal: fc.boolean(),
  })
  .map(({ lines, columns, fatal, ...m }) => ({ ...m, endLine: m.line + lines, endColumn: m.column + columns, ...(fatal ? { fatal: true as const } : {}) }));

/** Paths as the CLI gives them (absolute, inside the folder or not), and names a library caller gives lintText (never empty). */
const filePath = fc.oneof(
  text.map((name) => `${cwd}/${name}`),
  text.map((name) => `/elsewhere/${name}`),
  text.filter((name) => name !== ""),
  fc.constant("<stdin>"),
);

const results: fc.Arbitrary<LintResult[]> = fc.array(
  fc.tuple(filePath, fc.constantFrom(null, ...kinds.map((k) => k.kind)), fc.array(message, { maxLength: 5 })).map(([path, kind, messages]) => lintResult(path, kind, messages)),
  { maxLength: 4 },
);

const messages = (rs: readonly LintResult[]) => rs.flatMap((r) => r.messages.map((m) => ({ file: r.filePath, ...m })));

const task = (parseJsonc(readFileSync(join(repoRoot, ".vscode/tasks.json"), "utf8")) as { tasks: { problemMatcher: { pattern: Record<string, number | string> } }[] }).tasks[0]!;
const matcher = task.problemMatcher.pattern;
const matcherRegexp = new RegExp(matcher.regexp as string);

function property(name: string, check: (rs: LintResult[]) => void) {
  it(name, () => fc.assert(fc.property(results, check), fuzzParameters), fuzzTimeout);
}

describe("formatters on arbitrary results", () => {
  property("json: parses back to exactly the results, nothing raw", (rs) => {
    const out = formatters.json(rs, context);
    expect(out.slice(0, -1)).not.toMatch(raw);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(rs)));
  });

  // Both are written a file at a time (the CLI streams them): the text must still be what
  // JSON.stringify writes for the whole document, an empty results array included.
  property("json and sarif, written file by file, are laid out as JSON.stringify lays out the whole", (rs) => {
    const json = formatters.json(rs, context);
    expect(json).toBe(`${terminalSafeJson(JSON.stringify(JSON.parse(json)))}\n`);
    const sarif = formatters.sarif(rs, { ...context, rules: [{ id: "parse", description: "d", defaultSeverity: "error" }] });
    expect(sarif).toBe(`${terminalSafeJson(JSON.stringify(JSON.parse(sarif), null, 2))}\n`);
  });

  property("sarif: valid JSON, one result a problem with its text, rule and region", (rs) => {
    const out = formatters.sarif(rs, context);
    expect(out.replace(/\n/g, "")).not.toMatch(raw);
    const log = JSON.parse(out);
    const all = messages(rs);
    const sarifResults = log.runs[0].results as { ruleId: string; message: { text: string }; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[];
    expect(sarifResults).toHaveLength(all.length);
    // Every result against its problem in one expect, not three for each (~6.5 µs of vitest's bookkeeping an expect).
    expect(sarifResults.map((r) => ({ ruleId: r.ruleId, text: r.message.text, region: r.locations[0]!.physicalLocation.region }))).toEqual(
      all.map((m) => ({ ruleId: m.ruleId, text: m.message, region: expect.objectContaining({ startLine: m.line, startColumn: m.column }) })),
    );
  });

  property("junit: well-formed XML, a suite a file and a failing case an error, nothing raw", (rs) => {
    const out = formatters.junit(rs, context);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out.replace(/\n/g, "")).not.toMatch(raw);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" || name === "testcase" }).parse(out);
    const suites = (doc.testsuites.testsuite ?? []) as { testcase: { failure?: unknown }[] }[];
    expect(suites).toHaveLength(rs.length);
    suites.forEach((suite, i) => expect(suite.testcase.filter((c) => c.failure !== undefined)).toHaveLength(rs[i]!.errorCount));
  });

  property("compact: each problem one line, read by the problem matcher field by field, nothing raw", (rs) => {
    const out = formatters.compact(rs, context);
    expect(out).not.toMatch(raw);
    const all = messages(rs);
    const lines = out === "" ? [] : out.slice(0, -1).split("\n");
    expect(lines).toHaveLength(all.length);
    // Each line as the matcher reads it (or the line, unread), against its problem: one expect for
    // the run, not seven for each line (~6.5 µs of vitest's bookkeeping an expect).
    const read = (line: string) => {
      const match = matcherRegexp.exec(line);
      if (match === null) return { unread: line };
      const group = (name: string) => match[matcher[name] as number];
      return { file: group("file"), line: Number(group("line")), column: Number(group("column")), severity: group("severity"), message: group("message"), code: group("code") };
    };
    expect(lines.map(read)).toEqual(
      all.map((m) => ({
        file: escapeControls(displayPath(m.file, cwd)).replace(/:(?=\d+:\d+: (?:error|warning) )/g, "\\u003a"),
        line: m.line,
        column: m.column,
        severity: m.severity === 2 ? "error" : "warning",
        message: oneLine(m.message),
        code: m.ruleId,
      })),
    );
  });

  property("stylish: nothing raw, a line a problem under its file", (rs) => {
    const out = formatters.stylish(rs, context);
    expect(out).not.toMatch(raw);
    const problems = out.split("\n").filter((line) => /^ {2}\s*\d+:\d+ +(error|warning) /.test(line));
    expect(problems).toHaveLength(messages(rs).length);
  });

  property("github: a workflow command a problem, properties and data escaped, nothing raw but a file name's tab, which GitHub resolves back", (rs) => {
    const out = formatters.github(rs, context);
    expect(out).not.toMatch(rawButTab);
    const lines = out.slice(0, -1).split("\n");
    const all = messages(rs);
    expect(lines).toHaveLength(all.length + 1);
    expect(lines.pop()).toMatch(/^oms-lint: (no problems|\d+ problems?) /);
    // What is wrong in each line, in one expect for the run: three for each line were most of
    // vitest's bookkeeping here (~6.5 µs an expect), for the same verdicts.
    const faults = lines.flatMap((line, i) => {
      const m = all[i]!;
      const name = displayPath(m.file, cwd);
      // A name holding a control but a tab, CR or LF (which the runner reads back from %0D, %0A): no file= can name it, so the message does, escaped.
      if (!nameableInProperty(name)) {
        const named = escapeData(`${escapeControls(name)} ${m.line}:${m.column} (its name holds a control or invisible character`);
        return /^::(error|warning) title=[^,:]*::/.test(line) && line.includes(named) ? [] : [`${JSON.stringify(line)}: no file= and the name escaped in the message (${JSON.stringify(named)}) expected`];
      }
      // Columns only on one line (actions/toolkit: "Cannot be sent when `startLine` and `endLine` are different values").
      const oneLine = m.endLine === undefined || m.endLine === m.line;
      const form = oneLine ? /^::(error|warning) file=[^,]*,line=\d+,(endLine=\d+,)?col=\d+,(endColumn=\d+,)?title=[^,:]*::/ : /^::(error|warning) file=[^,]*,line=\d+,endLine=\d+,title=[^,:]*::/;
      if (!form.test(line)) return [`${JSON.stringify(line)} does not match ${form}`];
      // The runner unescapes %25, %0D, %0A, %3A and %2C alone: the file property is the name (a CR or LF by its %0D, %0A; a tab as it is).
      const [, file, rest] = /^::(?:error|warning) file=([^,]*)(,.*)$/s.exec(line)!;
      return [
        ...(runnerProperty(file!) === name ? [] : [`${JSON.stringify(line)}: the runner reads file ${JSON.stringify(runnerProperty(file!))}, not ${JSON.stringify(name)}`]),
        ...(rest!.includes("\t") ? [`${JSON.stringify(line)}: a tab after the file property`] : []),
      ];
    });
    expect(faults).toEqual([]);
  });

  it("emoji and joined scripts: a name of letters, emoji and the characters that shape them is written as it is", () => {
    // Each shaping character follows a character past ASCII, or a run of them that does.
    const shapedWord = fc.tuple(fc.constantFrom("❤", "👨", "👩", "م", "ی", "क", "्", "漢"), fc.array(fc.constantFrom(...shaping), { maxLength: 3 })).map(([base, marks]) => base + marks.join(""));
    const shaped = fc.array(fc.oneof(fc.constant("a"), shapedWord), { minLength: 1, maxLength: 8 }).map((parts) => `${parts.join("")}.json`);
    fc.assert(
      fc.property(shaped, (name) => {
        expect(escapeControls(name)).toBe(name);
        const rs = [lintResult(`${cwd}/${name}`, null, [{ ruleId: "kind", messageId: "m", severity: 1, evidence: "inferred", message: `key "${name}"`, path: "", line: 1, column: 1, endLine: 1, endColumn: 2 }])];
        for (const format of ["stylish", "compact", "junit"] as const) expect(formatters[format](rs, context), format).toContain(name);
        expect(/^::warning file=([^,]*),/.exec(formatters.github(rs, context))?.[1]).toBe(name);
        expect(formatters.json(rs, context)).toContain(`key \\"${name}\\"`);
      }),
      fuzzParameters,
    );
  });

  it("a joiner or variation selector with nothing to shape (at the start, after ASCII, after a hidden character or a space) is escaped", () => {
    const before = fc.constantFrom("", "a", "currency", "7", "\"", " ", "\u00a0", "\u200b", "❤\u200b", "\ufeff", "\u2800");
    const asEscape = (mark: string) => mark.split("").map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
    fc.assert(
      fc.property(before, fc.constantFrom(...shaping), text, (prefix, mark, rest) => {
        expect(escapeControls(`${prefix}${mark}${rest}`).startsWith(`${escapeControls(prefix)}${asEscape(mark)}`)).toBe(true);
      }),
      fuzzParameters,
    );
  });
});
