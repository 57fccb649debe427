import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { formatters, type FormatContext } from "../../src/formatters/index.js";
import { wholeText } from "../../src/formatters/formatter.js";
import { junit } from "../../src/formatters/junit.js";
import { lintResult, type LintMessageDraft } from "../../src/lint/lintResult.js";
import { repoRoot } from "../support/cli.js";

// Found by the audit of the suppressions fixes: a warning-level crash read as passing in the machine
// formats: JUnit put it in a passing case's system-out, and SARIF said nothing of a failed run.
const cwd = "/work/project";
const context: FormatContext = {
  cwd,
  color: false,
  toolVersion: "1.2.3",
  rules: [{ id: "customer-ip-range", description: "Customer IP ranges", defaultSeverity: "warning" }],
};
const crash = (severity: 1 | 2): LintMessageDraft => ({
  ruleId: "customer-ip-range",
  messageId: "internalError",
  severity,
  evidence: "inferred",
  message: "internal error in rule customer-ip-range (please report it): oops",
  path: "",
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
});
const schemaError: LintMessageDraft = { ...crash(2), ruleId: "schema", messageId: "minimum", evidence: "stated", message: "catalogID must be 0 or more", path: "/catalogID" };
const results = (severity: 1 | 2) => [lintResult(`${cwd}/order.json`, "createOrder", [crash(severity), schemaError])];

describe.each([1, 2] as const)("a rule's internal error at severity %i", (severity) => {
  it("junit: an <error> case, counted in errors, not failures", () => {
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" || name === "testcase" }).parse(formatters.junit(results(severity), context));
    const [suite] = doc.testsuites.testsuite as { "@_errors": string; "@_failures": string; testcase: { error?: { "@_type": string }; failure?: unknown; "system-out"?: unknown }[] }[];
    expect(doc.testsuites["@_errors"]).toBe("1");
    expect(doc.testsuites["@_failures"]).toBe("1");
    expect(suite!["@_errors"]).toBe("1");
    expect(suite!["@_failures"]).toBe("1");
    const [crashed, schema] = suite!.testcase;
    expect(crashed!.error?.["@_type"]).toBe("internalError");
    expect(crashed!.failure).toBeUndefined();
    expect(crashed!["system-out"]).toBeUndefined();
    expect(schema!.failure).toBeDefined();
  });

  it("sarif: an invocation that did not succeed, one notification per internal error naming its rule and file", () => {
    const run = JSON.parse(formatters.sarif(results(severity), context)).runs[0];
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: "error",
            message: { text: "internal error in rule customer-ip-range (please report it): oops" },
            associatedRule: { id: "customer-ip-range", index: 0 },
            locations: [{ physicalLocation: { artifactLocation: { uri: "order.json", uriBaseId: "%SRCROOT%" }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } } }],
          },
        ],
      },
    ]);
    expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(["customer-ip-range", "schema"]);
  });
});

describe("sarif with internal errors, as Microsoft's SARIF validator reads it", () => {
  const dir = mkdtempSync(join(tmpdir(), "oms-lint-crash-sarif-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds the failed invocation, and has no error-level finding", () => {
    const multitool = createRequire(join(repoRoot, "package.json"))("@microsoft/sarif-multitool") as string;
    const log = formatters.sarif(results(1), context);
    expect(JSON.parse(log).runs[0].invocations[0].executionSuccessful).toBe(false);
    writeFileSync(join(dir, "crash.sarif"), log);
    execFileSync(multitool, ["validate", join(dir, "crash.sarif"), "-o", join(dir, "validated.sarif")], { stdio: "ignore" });
    const findings = JSON.parse(readFileSync(join(dir, "validated.sarif"), "utf8")).runs[0].results as { level?: string; message: unknown }[];
    expect(findings.filter((f) => f.level === "error")).toEqual([]);
  });
});

// Found by the audit of the service and suppressions fixes: a warning-level internal error, already
// an <error> case, was counted again among the warnings of the --max-warnings case, and its case's
// text began "warning at line 1", calling the rule's crash a warning about the payload.
describe("junit: a warning-level internal error beside --max-warnings", () => {
  const parse = (xml: string) =>
    new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" || name === "testcase" }).parse(xml) as {
      testsuites: { "@_failures": string; "@_errors": string; testsuite: { "@_name": string; testcase: { error?: { "#text": string }; failure?: { "@_message": string } }[] }[] };
    };
  // The CLI's run of the format (the library's formatters take no --max-warnings).
  const junitOfRun = wholeText(junit);
  const warning: LintMessageDraft = { ...crash(1), ruleId: "unknown-property", messageId: "unknownProperty", message: 'unknown property "x"', path: "/x" };

  it("is not a warning: --max-warnings 0 with no other warning adds no failing case", () => {
    const doc = parse(junitOfRun([lintResult(`${cwd}/order.json`, "createOrder", [crash(1)])], { ...context, maxWarnings: 0 }));
    expect(doc.testsuites.testsuite.map((s) => s["@_name"])).toEqual(["order.json"]);
    expect(doc.testsuites["@_failures"]).toBe("0");
    expect(doc.testsuites["@_errors"]).toBe("1");
  });

  it("the warnings past --max-warnings are the payload's alone", () => {
    const doc = parse(junitOfRun([lintResult(`${cwd}/order.json`, "createOrder", [crash(1), warning])], { ...context, maxWarnings: 0 }));
    const capCase = doc.testsuites.testsuite.find((s) => s["@_name"] === "oms-lint --max-warnings")!.testcase[0]!;
    expect(capCase.failure?.["@_message"]).toBe("oms-lint found too many warnings (1; maximum: 0)");
  });

  it.each([1, 2] as const)("its <error> text says internal error, not its level (severity %i)", (severity) => {
    const doc = parse(formatters.junit([lintResult(`${cwd}/order.json`, "createOrder", [crash(severity)])], context));
    expect(doc.testsuites.testsuite[0]!.testcase[0]!.error?.["#text"]).toMatch(/^internal error at line 1, column 1: internal error in rule customer-ip-range/);
  });
});
