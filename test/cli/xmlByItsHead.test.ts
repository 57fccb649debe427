import { describe, expect, it } from "vitest";
import { startsXml } from "../../src/cli/xmlByItsHead.js";

// What $GITHUB_STEP_SUMMARY refuses to append Markdown to (a JUnit report: it went after `</testsuites>`),
// while Markdown that opens with HTML, as step summaries often do, is appended to.
describe("startsXml: an XML document, told by its head", () => {
  it.each([
    ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>', true],
    ["\uFEFF<?xml version='1.0'?><testsuites/>", true],
    ["\n  <?xml\tversion=\"1.0\"?>", true],
    ['<testsuites name="jest" tests="3">', true],
    ['<testsuite name="pytest">', true],
    ["<testsuites>", true],
    ["<details><summary>Tests</summary>", false],
    ["<!-- coverage -->", false],
    ["<table><tr><td>1</td></tr></table>", false],
    ["<testsuitesreport>", false],
    ["## Tests <?xml", false],
    ["<?xml-stylesheet", false],
  ] as const)("%j: %s", (head, xml) => {
    expect(startsXml(head)).toBe(xml);
  });
});
