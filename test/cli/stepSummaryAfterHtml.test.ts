import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

const folder = scratchFolders("summary-after-html");

/**
 * Found by the audit of the output formats: the summary was appended on the line after an
 * earlier step's text. CommonMark 0.31.2 §4.6 ends an HTML block that opens with `<details>`,
 * `</details>` (start condition 6) or any lone complete tag (condition 7) only at a blank line,
 * so after GitHub's usual `</details>` the heading `### oms-lint` was part of that block and
 * showed as its raw text. A blank line now stands before the summary in a file that holds text.
 */
describe("$GITHUB_STEP_SUMMARY: the summary starts after a blank line, which ends an earlier HTML block", () => {
  it.each([
    ["a folded section, closed", "<details><summary>Tests</summary>\n\nall passed\n</details>\n"],
    ["a folded section left open for what follows", "<details><summary>Lint</summary>\n"],
    ["a lone image tag", '<img src="badge.svg">\n'],
    ["text whose last line is unended", "<details><summary>Tests</summary>\n\nall passed\n</details>"],
  ])("after %s", async (_label, earlier) => {
    const dir = folder({ "note.json": '{"name": "", "value": "v"}' });
    const summary = join(dir, "summary.md");
    writeFileSync(summary, earlier);
    const run = await runCli(["-f", "github", "--kind", "orderCustomData", "note.json"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(1);
    const text = readFileSync(summary, "utf8");
    // The earlier text kept, its last line ended, then a blank line.
    expect(text.startsWith(`${earlier.replace(/\n$/, "")}\n\n### oms-lint\n\n1 problem `)).toBe(true);
  });

  it("an empty file: the summary is its first line", async () => {
    const dir = folder({ "note.json": '{"name": "", "value": "v"}' });
    const summary = join(dir, "summary.md");
    writeFileSync(summary, "");
    await runCli(["-f", "github", "--kind", "orderCustomData", "note.json"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, "utf8")).toMatch(/^### oms-lint\n\n1 problem /);
  });
});
