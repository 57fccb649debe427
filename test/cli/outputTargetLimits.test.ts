import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runCli } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * An existing -o target is read to say what payload it holds, within the run's limits: a file
 * past them is refused as no earlier report without being parsed whole, and it is read once
 * (found by the limits audit: a 16 MB `["schema.getpostman.com", {}, …]` was parsed twice, 7 s
 * and 876 MB before exit 2).
 */

const refusal = (name: string) =>
  `oms-lint: --output-file ${name} is not an earlier oms-lint report (a payload? did the shell expand \`-o *.json\`?): the report would replace it (remove it first, or name another file)\n`;

/** Runs the CLI in `dir`, and counts its JSON.parse calls with `text`. */
async function runCounting(args: readonly string[], dir: string, text: string) {
  const parse = vi.spyOn(JSON, "parse");
  try {
    const run = await runCli(args, { cwd: dir });
    return { run, parses: parse.mock.calls.filter(([parsed]) => parsed === text).length };
  } finally {
    parse.mockRestore();
  }
}

/** A fresh folder holding `files`, removed after the file's tests. */
const folder = scratchFolders("target");

describe("-o's target past the limits is refused unparsed", () => {
  it("100,001 elements after schema.getpostman.com (past the default maxEntries): exit 2, not parsed, kept", async () => {
    const text = `["schema.getpostman.com",${Array(100_001).fill("{}").join(",")}]`;
    const dir = folder({ "target.json": text, "c.json": JSON.stringify(createOrder()) });
    const { run, parses } = await runCounting(["-o", "target.json", "c.json"], dir, text);
    expect(parses).toBe(0);
    expect(run).toEqual({ code: 2, stdout: "", stderr: refusal("target.json") });
    expect(readFileSync(join(dir, "target.json"), "utf8")).toBe(text);
  });

  it("a createOrder payload past the run's --max-entries: no earlier report, and not parsed to name its kind", async () => {
    const text = JSON.stringify(createOrder(), null, 2);
    const dir = folder({ "target.json": text, "c.json": "{}" });
    const { run, parses } = await runCounting(["--max-entries", "2", "-o", "target.json", "c.json"], dir, text);
    expect(parses).toBe(0);
    expect(run).toEqual({ code: 2, stdout: "", stderr: refusal("target.json") });
  });

  it("within the limits, the payload is still named", async () => {
    const text = JSON.stringify(createOrder(), null, 2);
    const dir = folder({ "target.json": text, "c.json": "{}" });
    const { run, parses } = await runCounting(["-o", "target.json", "c.json"], dir, text);
    expect(parses).toBe(1);
    expect(run.stderr).toMatch(/^oms-lint: --output-file target\.json holds a createOrder payload, not a report/);
  });
});
