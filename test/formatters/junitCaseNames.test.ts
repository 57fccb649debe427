import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { createOrder } from "../support/payloads.js";

interface Suite {
  name: string;
  cases: string[];
}

/** Each suite's test case names, in report order. */
function suites(xml: string): Suite[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "testsuite" || name === "testcase" }).parse(xml) as {
    testsuites: { testsuite: { name: string; testcase: { name: string }[] }[] };
  };
  return doc.testsuites.testsuite.map((s) => ({ name: s.name, cases: s.testcase.map((c) => c.name) }));
}

/**
 * GitLab keys a report's cases by a hash of "#{suite_name}_#{classname}_#{name}"
 * (Gitlab::Ci::Reports::TestSuite#add_test_case), so two cases of one name in one suite (the
 * classname is its file) show as one, and a failure vanishes.
 */
const repeatedNames = (suite: Suite): string[] => suite.cases.filter((name, i) => suite.cases.indexOf(name) !== i);

const folder = scratchFolders("junit-names");

describe("junit: each test case name is unique within its suite", () => {
  it("over the examples and the test fixtures", async () => {
    const run = await runCli(["-f", "junit", "examples", "test/fixtures"], { cwd: repoRoot });
    const all = suites(run.stdout);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((s) => repeatedNames(s).length > 0).map((s) => [s.name, repeatedNames(s)])).toEqual([]);
  });

  // broken.rest's two request/path-parameter errors stood at one place (17:5, the URL) until each stood at its segment.
  it("two findings of one rule at one place: two search parameters a variable holds, both over the whole URL", async () => {
    const cwd = folder({ "search.http": "@q = perPage=500&itemState=GONE\nGET https://integration.shopatron.com/api/v2/orderItem/?orderID=1&{{q}}\n" });
    const run = await runCli(["--no-config", "-f", "junit", "search.http"], { cwd });
    const [suite] = suites(run.stdout);
    // Stable: the first keeps its name, a repeat is numbered in report order.
    expect(suite!.cases).toEqual(["2:5 schema", "2:5 schema #2"]);
  });

  it("two unpruned suppression entries of one file (both at 1:1)", async () => {
    const cwd = folder({
      "order.json": JSON.stringify(createOrder()),
      "oms-lint-suppressions.json": JSON.stringify({ "order.json": { "tax-rate-cap": { count: 1 }, "duplicate-key": { count: 1 } } }),
    });
    const run = await runCli(["-f", "junit", "order.json"], { cwd });
    const [suite] = suites(run.stdout);
    expect(suite!.cases).toEqual(["1:1 suppressions", "1:1 suppressions #2"]);
  });
});
