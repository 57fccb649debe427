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
/**
 * Linted to the end past a raised limit, a text need only be deeper than any recursion reaches to
 * show one: the smallest recursion overflows a test worker's stack at ~10,300 levels (measured), so
 * 30,000 levels overflow any walk that recurses, at less than a third of the 100,000 levels' work
 * (as nestedValues.test.ts's raised depth). With the scan beneath a payload's shape made recursive
 * (scanHere, src/engine/walkListener.ts), the raised run below exits 2, not 1, at 30,000 as at 100,000.
 */
const raisedDepth = 30_000;
const example = readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8");

/** The nested texts, `levels` deep: arrays, objects, a mix of both, arrays missing their last bracket, and an order holding the objects. */
function nestedTexts(levels: number): Record<string, string> {
  const objects = `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
  return {
    "arrays.json": `${"[".repeat(levels)}${"]".repeat(levels)}`,
    "objects.json": objects,
    "mixed.json": `${'{"a":['.repeat(levels / 2)}0${"]}".repeat(levels / 2)}`,
    "truncated.json": `${"[".repeat(levels)}${"]".repeat(levels - 1)}`,
    "in-order.json": `${example.trimEnd().slice(0, -1)}, "customOrderData": ${objects}\n}\n`,
  };
}
/** A Postman collection of folders nested `levels` deep (each folder two levels: its object and its item array), one request at the bottom. */
function nestedCollection(levels: number): string {
  const request = JSON.stringify({
    name: "create",
    request: { method: "POST", url: "https://example.shopatron.com/api/v2/createOrder/", body: { mode: "raw", raw: "{}", options: { raw: { language: "json" } } } },
  });
  const folders = levels / 2;
  return `{"info":{"name":"deep","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[${'{"name":"f","item":['.repeat(folders)}${request}${"]}".repeat(folders)}]}`;
}
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

/**
 * The pointer of the value at level 1001 in each of nestedTexts(100,000): 1,000 segments (the
 * root is level 1); in the order, customOrderData is level 2, so 999 "a" follow it.
 */
const levelOneThousandAndOne = {
  "arrays.json": "/0".repeat(1000),
  "objects.json": "/a".repeat(1000),
  "mixed.json": "/a/0".repeat(500),
  "truncated.json": "/0".repeat(1000),
  "in-order.json": `/customOrderData${"/a".repeat(999)}`,
};

/** The CLI names its flag; lintText, called by a service, names its option. */
const tooDeep = /^the JSON nests deeper than 1000 levels here: .*\(the limit is --max-depth or limits\.maxDepth in oms-lint\.config\.json\)$/;
const tooDeepForLibrary = /^the JSON nests deeper than 1000 levels here: .*\(the limit is the maxDepth option\)$/;

describe("100,000-deep nesting (SPEC §6)", async () => {
  const folder = scratch("nesting");
  afterAll(folder.remove);
  const files = nestedTexts(depth);
  for (const [name, text] of Object.entries(files)) folder.write(name, text);
  // The raised run's files, in a folder of their own: the run over the folder above sees only its own.
  const raisedFolder = scratch("nesting-raised");
  afterAll(raisedFolder.remove);
  const raisedFiles = nestedTexts(raisedDepth);
  for (const [name, text] of Object.entries(raisedFiles)) raisedFolder.write(name, text);
  raisedFolder.write("deep.postman_collection.json", nestedCollection(raisedDepth));
  folder.write("strings.json", bracketsInStrings);
  folder.write("config/oms-lint.config.json", JSON.stringify({ limits: { maxDepth: 3 } }));
  folder.write("config/order.json", example);

  const json = await hostileRun(["--format", "json", "."], { cwd: folder.dir });
  const results = byFile(json.results, folder.dir);

  it.each(Object.entries(files))("%s: one fatal message at the bracket of level 1001 (CLI and lintText), with its pointer", (name, text) => {
    const path = levelOneThousandAndOne[name as keyof typeof levelOneThousandAndOne];
    expectFatal(results.get(name), { message: tooDeep, ...opener(text), path });
    expectFatal(libraryResult(text), { message: tooDeepForLibrary, ...opener(text), path });
  });

  it("brackets inside strings are text, not nesting", () => {
    expect(results.get("strings.json")).toMatchObject({ kind: "orderCustomData" });
    expect(results.get("strings.json")!.messages.every((m) => m.ruleId !== "parse")).toBe(true);
  });

  it(`--max-depth raised past the nesting (${raisedDepth.toLocaleString("en")} levels): linted to the end, no stack overflow (exit 0 or 1)`, async () => {
    const run = await hostileRun(["--format", "json", "--max-depth", "200000", "."], { cwd: raisedFolder.dir });
    expect(run.code).toBe(1);
    const raised = byFile(run.results, raisedFolder.dir);
    // Parsed now: no kind to tell from a bare array; the order is checked (its customOrderData is not a hash of strings).
    expect(raised.get("arrays.json")!.messages.map((m) => m.ruleId)).toEqual(["kind"]);
    expect(raised.get("in-order.json")).toMatchObject({ kind: "createOrder" });
    expect(raised.get("in-order.json")!.messages.some((m) => m.path === "/customOrderData/a")).toBe(true);
    // The collection's folders are walked to its request, whose body is checked: its one error lists what the order lacks (the walk recursed per folder: "Maximum call stack size exceeded").
    expect(raised.get("deep.postman_collection.json")!.messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.message.slice(0, 40)])).toEqual([
      ["schema", "body: the body lacks 12 required fields:"],
    ]);
    // Still not JSON: the fault, found without recursing.
    expectFatal(raised.get("truncated.json"), { message: /./, line: 1, column: 2 * raisedDepth });
    // Every kind's schema and rules walk the deep object and the deep mix of objects and arrays
    // (a bare array or a broken text stops them at the root; the order is an order): ~0.1 s a
    // kind for the 210 kB order alone, so the others are linted as their content tells.
    for (const [name, text] of Object.entries(raisedFiles)) libraryResult(text, { maxDepth: 200_000 }, name === "objects.json" || name === "mixed.json");
  });

  it("a low --max-depth refuses the documents' own example; the config's limits.maxDepth too", async () => {
    // Level 4: the first item's product object (the root, orderItems, its first item, then product).
    const at = { ...opener(example, 4), path: "/orderItems/0/product" };
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
