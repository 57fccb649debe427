import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import type { LintResult } from "../../src/lint/lintResult.js";
import { bin } from "../support/cli.js";
import { byFile, scratch } from "./support.js";

/**
 * A request body nested 990 levels deep under 60-character keys, whose innermost object or
 * array holds 10,000 keys or strings that hold a variable the client fills: each such place
 * kept its whole pointer (~60,000 characters) and segment array, so the places alone took
 * depth × key length × their number (V8's "heap out of memory" at ~4.2 GB for 99,000 keys; the
 * same body with no braces in its keys took ~115 MB). Within the default limits (depth 1000,
 * 100,000 entries), so it is linted, in memory linear in the body: run as a user runs it, with
 * a heap of 256 MB, which the pointers of these 10,000 places alone (~600 MB) pass. An escape
 * elsewhere in the body (`"\u0041"`) sends the places through the walk of the text as written.
 */

const key = "a".repeat(60);
const depth = 990;
const places = 10_000;

function deepBody(inner: string, escape: boolean): string {
  const deep = `${`{"${key}":`.repeat(depth)}${inner}${"}".repeat(depth)}`;
  const body = escape ? `{"x": "\\u0041", "deep": ${deep}}` : deep;
  return `POST https://integration.shopatron.com/api/v2/order/5/customData\nContent-Type: application/json\n\n${body}\n`;
}

const numbered = (place: (index: number) => string) => Array.from({ length: places }, (_, index) => place(index)).join(",");
const variableKeys = `{${numbered((index) => `"{{k${index}}}":1`)}}`;
const variableStrings = `[${numbered(() => '"{{v}}"')}]`;

const files = {
  "keys.http": { text: deepBody(variableKeys, false), rootKeys: [key] },
  "keys-escaped.http": { text: deepBody(variableKeys, true), rootKeys: ["x", "deep"] },
  "strings.http": { text: deepBody(variableStrings, false), rootKeys: [key] },
  "strings-escaped.http": { text: deepBody(variableStrings, true), rootKeys: ["x", "deep"] },
};

describe("variables deep in a request body: places kept in memory linear in the body", () => {
  const folder = scratch("deep-variable-places");
  afterAll(folder.remove);

  it("the CLI with a 256 MB heap lints each file: the root's findings, none from the places deep inside", () => {
    for (const [name, { text }] of Object.entries(files)) folder.write(name, text);
    const run = spawnSync(process.execPath, ["--max-old-space-size=256", bin, "--format", "json", ...Object.keys(files)], { cwd: folder.dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).not.toMatch(/heap out of memory/);
    // A custom data body lacks its name and value (stated: an error), whatever the places deep inside fill to.
    expect(run.status, run.stderr.slice(0, 500)).toBe(1);
    const results = byFile(JSON.parse(run.stdout) as LintResult[], folder.dir);
    for (const [name, { rootKeys }] of Object.entries(files)) {
      const found = results.get(name)?.messages.map(({ ruleId, messageId, path, severity }) => ({ ruleId, messageId, path, severity }));
      expect(found, name).toEqual([
        { ruleId: "schema", messageId: "required", path: "", severity: 2 },
        ...rootKeys.map((rootKey) => ({ ruleId: "unknown-property", messageId: "unknown", path: `/${rootKey}`, severity: 1 })),
      ]);
    }
  });
});
