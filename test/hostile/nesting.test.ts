import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { kinds } from "../../src/kinds/kinds.js";
import { lintText } from "../../src/builtIn/linter.js";
import { repoRoot } from "../support/cli.js";
import { byFile, expectFatal, hostileRun, libraryResult, scratch } from "./support.js";

/**
 * SPEC §6, 100,000-deep nesting: no stack overflow anywhere (parser, fault finder, rules,
 * placement), but one fatal message at the bracket that opens level 1001 (--max-depth);
 * raised past the depth, the file is linted to the end all the same. (Values built in memory,
 * with no text to refuse: nestedValues.test.ts.)
 */

const depth = 100_000;
const arrays = `${"[".repeat(depth)}${"]".repeat(depth)}`;
const objects = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
const mixed = `${'{"a":['.repeat(depth / 2)}0${"]}".repeat(depth / 2)}`;
const truncated = `${"[".repeat(depth)}${"]".repeat(depth - 1)}`;
const example = readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8");
const inOrder = `${example.trimEnd().slice(0, -1)}, "customOrderData": ${objects}\n}\n`;
const bracketsInStrings = `{"name": "${"[".repeat(5000)}", "value": "${"{".repeat(5000)}"}`;

/** Where the first bracket that opens level `level` stands, counted by a plain walk (strings skipped). */
function opener(text: string, level = 1001) {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') for (i++; text[i] !== '"'; i++) if (text[i] === "\\") i++;
    if (char === "]" || char === "}") open--;
    if ((char === "[" || char === "{") && ++open === level) {
      const before = text.slice(0, i).split("\n");
      return { line: before.length, column: before.at(-1)!.length + 1 };
    }
  }
  throw new Error("not that deep");
}

/** The CLI names its flag; lintText, called by a service, names its option. */
const tooDeep = /^the JSON nests deeper than 1000 levels here: .*\(the limit is --max-depth\)$/;
const tooDeepForLibrary = /^the JSON nests deeper than 1000 levels here: .*\(the limit is the maxDepth option\)$/;

describe("100,000-deep nesting (SPEC §6)", async () => {
  const folder = scratch("nesting");
  afterAll(folder.remove);
  const files = { "arrays.json": arrays, "objects.json": objects, "mixed.json": mixed, "truncated.json": truncated, "in-order.json": inOrder };
  for (const [name, text] of Object.entries(files)) folder.write(name, text);
  folder.write("strings.json", bracketsInStrings);
  folder.write("config/oms-lint.config.json", JSON.stringify({ limits: { maxDepth: 3 } }));
  folder.write("config/order.json", example);

  const json = await hostileRun(["--format", "json", "."], { cwd: folder.dir });
  const results = byFile(json.results, folder.dir);

  it.each(Object.entries(files))("%s: one fatal message at the bracket of level 1001 (CLI and lintText)", (name, text) => {
    expectFatal(results.get(name), { message: tooDeep, ...opener(text) });
    expectFatal(libraryResult(text), { message: tooDeepForLibrary, ...opener(text) });
  });

  it("brackets inside strings are text, not nesting", () => {
    expect(results.get("strings.json")).toMatchObject({ kind: "orderCustomData" });
    expect(results.get("strings.json")!.messages.every((m) => m.ruleId !== "parse")).toBe(true);
  });

  it("--max-depth raised past 100,000: linted to the end, no stack overflow (exit 0 or 1)", async () => {
    const run = await hostileRun(["--format", "json", "--max-depth", "200000", "."], { cwd: folder.dir });
    expect(run.code).toBe(1);
    const raised = byFile(run.results, folder.dir);
    // Parsed now: no kind to tell from a bare array; the order is checked (its customOrderData is not a hash of strings).
    expect(raised.get("arrays.json")!.messages.map((m) => m.ruleId)).toEqual(["kind"]);
    expect(raised.get("in-order.json")).toMatchObject({ kind: "createOrder" });
    expect(raised.get("in-order.json")!.messages.some((m) => m.path === "/customOrderData/a")).toBe(true);
    // Still not JSON: the fault, found without recursing.
    expectFatal(raised.get("truncated.json"), { message: /./, line: 1, column: 2 * depth });
    // Every kind's schema and rules walk the deep object and the deep mix of objects and arrays
    // (a bare array or a broken text stops them at the root; the order is an order): ~0.3 s a
    // kind for the 700 kB order alone, so the others are linted as their content tells.
    for (const [name, text] of Object.entries(files)) libraryResult(text, { maxDepth: 200_000 }, name === "objects.json" || name === "mixed.json");
  });

  it("a low --max-depth refuses the documents' own example; the config's limits.maxDepth too", async () => {
    const at = opener(example, 4);
    expectFatal((await hostileRun(["--format", "json", "--max-depth", "3", join(repoRoot, "examples/createOrder.json")])).results?.[0], {
      message: /nests deeper than 3 levels/,
      ...at,
    });
    expectFatal((await hostileRun(["--format", "json", "order.json"], { cwd: folder.path("config") })).results?.[0], { message: /nests deeper than 3 levels/, ...at });
    expectFatal(lintText(example, { maxDepth: 3 }), { message: /nests deeper than 3 levels/, ...at });
  });

  it("--fix-dry-run on 100,000 levels: the same fault, no diff", async () => {
    // The diff goes to stdout, the report to stderr.
    const run = await hostileRun(["--fix-dry-run", "--format", "compact", "objects.json"], { cwd: folder.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^objects\.json:1:5001: error the JSON nests deeper than 1000 levels/);
  });
});
