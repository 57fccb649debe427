import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { formatters, type FormatContext } from "../../src/formatters/index.js";
import { escapeData, escapeProperty } from "../../src/formatters/github.js";
import { lintResult, type LintMessage, type LintMessageDraft, type LintResult } from "../../src/lint/lintResult.js";

const cwd = "/work/project";
const context: FormatContext = {
  cwd,
  color: false,
  toolVersion: "1.2.3",
  informationUri: "https://example.test/oms-lint",
  rules: [
    { id: "parse", description: "JSON text", defaultSeverity: "error" },
    { id: "unknown-property", description: "Unknown properties", defaultSeverity: "warning", helpMarkdown: "# unknown-property\n", helpUri: "https://example.test/docs/unknown-property.md" },
  ],
};

const message = (overrides: Partial<LintMessageDraft>): LintMessageDraft => ({
  ruleId: "schema",
  messageId: "minimum",
  severity: 2,
  evidence: "stated",
  message: "catalogID must be 0 or more",
  path: "/catalogID",
  line: 4,
  column: 16,
  endLine: 4,
  endColumn: 18,
  ...overrides,
});

/** Text a hostile payload could put in a message or a file name. */
const hostile = 'key "\u001b[2J\u001b[31mred" 100% done,\r\nnext: line\u0007 & <tag> ]]> \u202Eevil\t  two  spaces';

const results: LintResult[] = [
  lintResult(`${cwd}/orders/a.json`, "createOrder", [
    message({}),
    message({ ruleId: "unknown-property", severity: 1, message: hostile, path: "/x", line: 130, column: 3, endLine: 131, endColumn: 4 }),
  ]),
  lintResult(`${cwd}/orders/clean.json`, "createOrder", []),
  lintResult(`${cwd}/weird\u001b[1m name.json`, null, [
    message({ ruleId: "parse", message: "placeholder MFG_ID is not a JSON value", path: "", line: 3, column: 19, endLine: 3, endColumn: 25, fatal: true }),
  ]),
];

/** VS Code's built-in $eslint-stylish problem matcher (src/vs/workbench/contrib/tasks/common/problemMatcher.ts). */
const eslintStylishFile = /^((?:[a-zA-Z]:)*[./\\]+.*?)$/;
const eslintStylishProblem = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/;

const rawControls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe("json", () => {
  it("is the results, exactly (SPEC §5)", () => {
    expect(JSON.parse(formatters.json(results, context))).toEqual(JSON.parse(JSON.stringify(results)));
    expect(formatters.json([], context)).toBe("[]\n");
  });
});

describe("stylish", () => {
  const text = formatters.stylish(results, context);
  const lines = text.split("\n");

  it("groups problems under each file's absolute path, as $eslint-stylish reads them", () => {
    let file: string | undefined;
    const found: { file?: string; line: number; column: number; severity: string; message: string; code?: string }[] = [];
    for (const line of lines) {
      const problem = eslintStylishProblem.exec(line);
      if (problem && file) {
        found.push({ file, line: Number(problem[1]), column: Number(problem[2]), severity: problem[3]!, message: problem[4]!, code: problem[5] });
        continue;
      }
      const fileLine = eslintStylishFile.exec(line);
      if (fileLine) file = fileLine[1];
    }
    expect(found.map(({ file: f, line, column, severity, code }) => ({ f, line, column, severity, code }))).toEqual([
      { f: `${cwd}/orders/a.json`, line: 4, column: 16, severity: "error", code: "schema" },
      { f: `${cwd}/orders/a.json`, line: 130, column: 3, severity: "warning", code: "unknown-property" },
      { f: `${cwd}/weird\\u001b[1m name.json`, line: 3, column: 19, severity: "error", code: "parse" },
    ]);
    expect(found[0]!.message).toBe("catalogID must be 0 or more");
  });

  it("never writes a control character or bidi override raw, and collapses double spaces in messages", () => {
    expect(text).not.toMatch(rawControls);
    expect(text).toContain("\\u001b[2J");
    expect(text).toContain("\\r\\nnext");
    expect(text).toContain("\\u202eevil\\t two spaces");
  });

  it("ends with a count, and says nothing when there is nothing", () => {
    expect(text).toContain("\u2716 3 problems (2 errors, 1 warning)");
    expect(formatters.stylish([results[1]!], context)).toBe("");
  });

  it("colours only when asked", () => {
    expect(text).not.toContain("\u001b[");
    expect(formatters.stylish(results, { ...context, color: true })).toContain("\u001b[31merror");
  });
});

describe("compact", () => {
  it("is one line a problem: file:line:column: severity message [rule], paths relative", () => {
    const lines = formatters.compact(results, context).trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("orders/a.json:4:16: error catalogID must be 0 or more [schema]");
    expect(lines[1]).toMatch(/^orders\/a\.json:130:3: warning key .* \[unknown-property\]$/);
    expect(lines[2]).toBe("weird\\u001b[1m name.json:3:19: error placeholder MFG_ID is not a JSON value [parse]");
    for (const line of lines) expect(line).not.toMatch(rawControls);
    expect(formatters.compact([results[1]!], context)).toBe("");
  });
});

describe("file names with runs of spaces", () => {
  // Only messages have their runs of spaces collapsed: a path must name the file that exists.
  const spaced = [lintResult(`${cwd}/h  two  spaces.json`, "orderCustomData", [message({})])];

  it("stylish and compact print the path exactly, so a problem matcher opens the right file", () => {
    expect(formatters.stylish(spaced, context).split("\n")).toContain(`${cwd}/h  two  spaces.json`);
    expect(formatters.compact(spaced, context)).toMatch(/^h {2}two {2}spaces\.json:4:16: error /);
  });
});

describe("github", () => {
  it("escapes as @actions/core does", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
  });

  it("writes one workflow command a problem, then a summary line", () => {
    const lines = formatters.github(results, context).trimEnd().split("\n");
    expect(lines[0]).toBe("::error file=orders/a.json,line=4,endLine=4,col=16,endColumn=18,title=oms-lint schema::catalogID must be 0 or more");
    // Lines 130 to 131: no columns, which actions/toolkit says "Cannot be sent when `startLine` and `endLine` are different values".
    expect(lines[1]).toMatch(/^::warning file=orders\/a\.json,line=130,endLine=131,title=oms-lint unknown-property::key /);
    expect(lines[1]).toContain("100%25 done,%0D%0Anext: line");
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
    expect(lines.at(-1)).toBe("oms-lint: 3 problems (2 errors, 1 warning) in 3 files");
    expect(formatters.github([results[1]!], context)).toBe("oms-lint: no problems in 1 file\n");
  });
});

/** What GitHub's runner makes of a property value: it unescapes %25, %0D, %0A, %3A and %2C, and nothing else (ActionCommand's property escapes). */
const runnerProperty = (value: string): string => value.replace(/%(25|0D|0A|3A|2C)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

// Found by the CLI/CI audit: a tab in a file name was written as the two characters \t, so the annotation named a file that does not exist.
describe("github: the file property names the real file", () => {
  const fileOf = (filePath: string) => /^::error file=([^,]*),line=/.exec(formatters.github([lintResult(filePath, "createOrder", [message({})])], context))?.[1];

  it("a tab, %, a colon and a comma come back as they are in the name; a tab is harmless in a log line, so it is written as is", () => {
    expect(runnerProperty(fileOf(`${cwd}/orders/tab\there: 100%,b.json`)!)).toBe("orders/tab\there: 100%,b.json");
  });

});

// Found by the audit of the CI side: github's file= wrote an ESC as the six characters \u001b, naming
// a file that does not exist (and one that does, named so). GitHub's runner unescapes only %25, %0D,
// %0A, %3A and %2C in a property, so no file= can name such a file, and a raw ESC would act on the log.
describe("a file name holding a control character (c ESC [31md.json), in every format", () => {
  const name = "c\u001b[31md.json";
  const result = lintResult(`${cwd}/${name}`, "orderCustomData", [message({ message: "name must not be empty", path: "/name", line: 1, column: 9, endLine: 1, endColumn: 11 })]);
  const text = (format: keyof typeof formatters) => formatters[format]([result], context);
  const escaped = "c\\u001b[31md.json";

  it("github: the annotation has no file= (it would name another file, or none), and its message names the file escaped and says why", () => {
    const [annotation, summary] = text("github").trimEnd().split("\n");
    expect(annotation).toBe(`::error title=oms-lint schema::${escaped} 1:9 (its name holds a control or invisible character, shown escaped, which no annotation's file= can name): name must not be empty`);
    expect(summary).toBe("oms-lint: 1 problem (1 error, 0 warnings) in 1 file");
  });

  it("github: so does a name holding a BEL or U+202E; a name whose only control is a tab keeps its file=", () => {
    for (const control of ["\u0007", "\u202e"]) expect(formatters.github([lintResult(`${cwd}/a${control}.json`, "createOrder", [message({})])], context)).toMatch(/^::error title=oms-lint schema::a\\u(0007|202e)\.json 4:16 \(its name holds a control or invisible character/);
    expect(formatters.github([lintResult(`${cwd}/a\tb.json`, "createOrder", [message({})])], context)).toMatch(/^::error file=a\tb\.json,line=4,/);
  });

  it.each(["stylish", "compact"] as const)("%s: the name escaped, as every terminal text is", (format) => {
    expect(text(format)).toContain(escaped);
    expect(text(format)).not.toMatch(rawControls);
  });

  it.each(["json", "gitlab", "rdjson"] as const)("%s: the real name, as JSON's own \\u001b escape", (format) => {
    expect(text(format)).toContain('c\\u001b[31md.json"');
    expect(text(format)).not.toMatch(rawControls);
    expect(JSON.stringify(JSON.parse(text(format)))).toContain(JSON.stringify(name).slice(1, -1));
  });

  it("sarif: the real name, percent-encoded in its URI", () => {
    const uri = JSON.parse(text("sarif")).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
    expect(uri).toBe("c%1B%5B31md.json");
    expect(decodeURIComponent(uri)).toBe(name);
  });

  it("junit: the visible escape \\u001b (XML 1.0 cannot hold U+001B, even as a character reference), in well-formed XML", () => {
    expect(XMLValidator.validate(text("junit"))).toBe(true);
    expect(text("junit")).toContain(`<testsuite name="${escaped}"`);
    expect(text("junit")).not.toMatch(rawControls);
  });
});

describe("junit", () => {
  const xml = formatters.junit(results, context);

  it("is well-formed XML whatever the messages hold", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(XMLValidator.validate(formatters.junit([], context))).toBe(true);
    expect(XMLValidator.validate(formatters.junit([lintResult("/x/\ud800.json", null, [message({ message: "lone \udc00 ]]> \u0000" })])], context))).toBe(true);
  });

  it("has a suite a file, a failing case an error, a passing case with its text a warning (one passing case for a clean file)", () => {
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" || name === "testcase" }).parse(xml);
    const suites = doc.testsuites.testsuite as { "@_name": string; "@_failures": string; testcase: { failure?: unknown }[] }[];
    expect(suites.map((s) => [s["@_name"], s["@_failures"], s.testcase.length])).toEqual([
      ["orders/a.json", "1", 2],
      ["orders/clean.json", "0", 1],
      ["weird\\u001b[1m name.json", "1", 1],
    ]);
    expect(suites[1]!.testcase[0]!.failure).toBeUndefined();
    const warning = suites[0]!.testcase[1] as { failure?: unknown; "system-out"?: string };
    expect(warning.failure).toBeUndefined();
    expect(warning["system-out"]).toContain("warning at line 130, column 3 (/x): key");
    expect(doc.testsuites["@_failures"]).toBe("2");
    expect(doc.testsuites["@_tests"]).toBe("4");
  });

  it("names a finding's JSON Pointer as it is: the whole file's (\"\", a parse fault) is no pointer to the key \"\" (\"/\")", () => {
    const text = formatters.junit([lintResult("/x/orders/a.json", null, [message({ path: "", message: "not JSON", line: 1, column: 1 }), message({ path: "/", message: "an empty key", line: 2, column: 1 })])], context);
    expect(text).toContain("error at line 1, column 1: not JSON [schema]");
    expect(text).toContain("error at line 2, column 1 (/): an empty key [schema]");
  });
});

describe("sarif", () => {
  const log = JSON.parse(formatters.sarif(results, context));
  const run = log.runs[0];

  it("has what SARIF 2.1.0 and GitHub code scanning require", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver).toMatchObject({ name: "oms-lint", version: "1.2.3", informationUri: "https://example.test/oms-lint" });
    expect(run.tool.driver.rules[1]).toEqual({
      id: "unknown-property",
      shortDescription: { text: "Unknown properties" },
      fullDescription: { text: "Unknown properties" },
      help: { text: "Unknown properties\n\nDocs: https://example.test/docs/unknown-property.md", markdown: "# unknown-property\n" },
      helpUri: "https://example.test/docs/unknown-property.md",
      defaultConfiguration: { level: "warning" },
    });
    expect(run.results).toHaveLength(3);
    expect(run.results[1]).toMatchObject({
      ruleId: "unknown-property",
      ruleIndex: 1,
      level: "warning",
      message: { text: hostile },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "orders/a.json", uriBaseId: "%SRCROOT%" },
            region: { startLine: 130, startColumn: 3, endLine: 131, endColumn: 4 },
          },
        },
      ],
    });
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///work/project/");
  });

  // The rule "schema"'s help quotes one sentence for all its constraints, which states none of them.
  it("gives a structural result its constraint, and that constraint's own passage where the schemas quote one", () => {
    const catalog = message({ constraint: "definitions.json#/definitions/catalogID/minimum" });
    const quantity = message({ ruleId: "schema/quantity", constraint: "definitions.json#/definitions/itemSpecifics/properties/quantity/minimum", path: "/orderItems/0/itemSpecifics/quantity" });
    const [own, none] = JSON.parse(formatters.sarif([lintResult(`${cwd}/a.json`, "createOrder", [catalog, quantity])], context)).runs[0].results;
    expect(own.properties).toEqual({
      messageId: "minimum",
      evidence: "stated",
      constraint: "definitions.json#/definitions/catalogID/minimum",
      document: expect.stringContaining("Create Order (seeds/004), Required Parameters"),
      passage: "catalogID integer The catalog number for the manufacturer. The minimum value is “0”.",
    });
    // No passage of its own: none is credited to the documents; the rule's help stands.
    expect(none.properties).toEqual({ messageId: "minimum", evidence: "stated", constraint: "definitions.json#/definitions/itemSpecifics/properties/quantity/minimum" });
    expect(run.results[0].properties).toEqual({ messageId: "minimum", evidence: "stated" });
  });

  it("percent-encodes relative URIs, and gives files outside the folder an absolute file URI", () => {
    expect(run.results[2].locations[0].physicalLocation.artifactLocation.uri).toBe("weird%1B%5B1m%20name.json");
    const outside = JSON.parse(formatters.sarif([lintResult("/elsewhere/a.json", null, [message({})])], context));
    expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "file:///elsewhere/a.json" });
  });
});
