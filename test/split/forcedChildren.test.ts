import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { toolLinter } from "../../src/builtIn/linter.js";
import { bin, runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";
import { onObjectPrototype, withPolluted } from "../support/prototypePollution.js";

/**
 * --force overwrote whatever sat at a child's name: notes in plain text, another order's JSON.
 * A user who passes --force to replace an earlier split's output means that output: a file at
 * a child's name is replaced only when it is this order's child of that number from an earlier
 * split (its externalOrderID is the one that child gets, as a stale child is told), and any
 * other is refused, exit 2, naming it, before anything is written or removed.
 */
const folder = scratchFolders("split-forced");

/** Three classes (P, Y, D): cart-1.json … cart-3.json. */
const threeClasses = (price = 1) =>
  JSON.stringify(orderWithItems([orderItem({ availability: "P", actualPrice: price }), orderItem({ availability: "Y" }), orderItem({ availability: "D" })]), null, 2) + "\n";
const id = (n: number) => `8885456-98658-12215-${n}`;
const read = (path: string) => readFileSync(path, "utf8");
const refusal = (name: string, why: string) =>
  `oms-lint: split: ${name} is no child of this order from an earlier split (${why}): nothing written (--force replaces only this order's children from an earlier split; remove it, or write the children elsewhere with --out-dir)\n`;

describe("split --force and a file at a child's name that is not this order's child", () => {
  const anotherOrder = JSON.stringify({ ...(JSON.parse(threeClasses()) as JsonObject), externalOrderID: "WEB-1007" });
  const table: [string, string, string][] = [
    ["notes in plain text", "remember to ship Friday\n", "it is not JSON"],
    ["another order's JSON", anotherOrder, `its externalOrderID is "WEB-1007", not "${id(2)}"`],
    ["this order's first child, at the second's name", JSON.stringify({ externalOrderID: id(1) }), `its externalOrderID is "${id(1)}", not "${id(2)}"`],
    ["JSON with no externalOrderID", JSON.stringify({ name: "a", value: "b" }), "it holds no externalOrderID"],
    ["JSON that is a list", "[1, 2]", "it holds no externalOrderID"],
  ];
  it.each(table)("%s: exit 2, one line naming it, nothing written or removed", async (_, text, why) => {
    // A stale child of an earlier split of four (cart-4.json) beside it: --force would remove it, had the run gone on.
    const dir = folder({ "cart.json": threeClasses(), "cart-2.json": text, "cart-4.json": JSON.stringify({ externalOrderID: id(4) }) });
    const run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: refusal("cart-2.json", why) });
    expect(readdirSync(dir).sort()).toEqual(["cart-2.json", "cart-4.json", "cart.json"]);
    expect(read(join(dir, "cart-2.json"))).toBe(text);
  });

  it("in --out-dir, with --format json: the same refusal, the path as given", async () => {
    const dir = folder({ "cart.json": threeClasses(), "out/cart-3.json": "mine" });
    const run = await runCli(["split", "--force", "--format", "json", "--out-dir", "out", "cart.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: refusal("out/cart-3.json", "it is not JSON") });
    expect(readdirSync(join(dir, "out"))).toEqual(["cart-3.json"]);
  });

  // The split audit: plain text was refused "(it is not JSON within the run's limits)", which reads as too large; a file past a limit says which.
  it("a file past the run's entries limit at a child's name is no child: refused, saying which limit", async () => {
    const dir = folder({ "cart.json": threeClasses(), "cart-2.json": JSON.stringify(new Array(600).fill(0)) });
    const run = await runCli(["split", "--force", "--max-entries", "500", "cart.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: refusal("cart-2.json", "an array or object in it holds more entries than the run's --max-entries (500)") });
  });

  it("a file past the run's limits at a child's name is no child: refused, not read whole", async () => {
    const dir = folder({ "cart.json": threeClasses(), "cart-1.json": JSON.stringify({ externalOrderID: id(1), padding: "x".repeat(20_000) }) });
    const run = await runCli(["split", "--force", "--max-file-size", "10KB", "cart.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oms-lint: split: cart-1\.json is no child of this order from an earlier split \(it cannot be read: the file is 20\d{3} bytes, more than /);
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart.json"]);
  });
});

/**
 * A service whose deep merge polluted Object.prototype (test/support/prototypePollution.ts) made
 * earlierChild read a file's externalOrderID, and which of the bounded parse's answers it got,
 * through the prototype: `Object.prototype.externalOrderID` set to a child's ID made any JSON
 * object at that child's name a child, which --force then overwrote (the user's file, lost);
 * `notJson` or `oversized` set made every earlier child "not JSON". Now told by own keys.
 */
describe("split --force with a polluted Object.prototype tells a child as on a clean one", () => {
  it("a JSON object without an externalOrderID at a child's name stays the user's, whatever externalOrderID the prototype holds", async () => {
    const text = JSON.stringify({ name: "a", value: "b" });
    const dir = folder({ "cart.json": threeClasses(), "cart-2.json": text });
    const run = await withPolluted([onObjectPrototype("externalOrderID", ["the child's ID", id(2)])], () => runCli(["split", "--force", "cart.json"], { cwd: dir }));
    expect(run).toEqual({ code: 2, stdout: "", stderr: refusal("cart-2.json", "it holds no externalOrderID") });
    expect(read(join(dir, "cart-2.json"))).toBe(text);
  });

  it.each(["notJson", "oversized"])("an earlier child is replaced whole with Object.prototype.%s set", async (name) => {
    const dir = folder({ "cart.json": threeClasses(), "cart-2.json": JSON.stringify({ externalOrderID: id(2) }) });
    const run = await withPolluted([onObjectPrototype(name, ["true", true])], () => runCli(["split", "--force", "cart.json"], { cwd: dir }));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((JSON.parse(read(join(dir, "cart-2.json"))) as { orderItems: unknown[] }).orderItems).toHaveLength(1);
  });
});

describe("split --force and an earlier split's children of this order", () => {
  it("replaces them whole, and leaves any other file of the folder as it was", async () => {
    const dir = folder({ "cart.json": threeClasses(), "notes.txt": "mine" });
    expect((await runCli(["split", "cart.json"], { cwd: dir })).code).toBe(0);
    // The cart changes (the preorder's price), and is split again over its children.
    writeFileSync(join(dir, "cart.json"), threeClasses(7));
    const run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const first = JSON.parse(read(join(dir, "cart-1.json"))) as { externalOrderID: string; orderItems: { itemSpecifics: JsonObject }[] };
    expect(first.externalOrderID).toBe(id(1));
    expect(first.orderItems[0]!.itemSpecifics.actualPrice).toBe(7);
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart-3.json", "cart.json", "notes.txt"]);
    expect(read(join(dir, "notes.txt"))).toBe("mine");
  });

  it("without --force, an earlier child is still never overwritten (exit 2), and the message says what --force replaces", async () => {
    const dir = folder({ "cart.json": threeClasses() });
    expect((await runCli(["split", "cart.json"], { cwd: dir })).code).toBe(0);
    const before = read(join(dir, "cart-1.json"));
    const run = await runCli(["split", "cart.json"], { cwd: dir });
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: "oms-lint: split: cart-1.json, cart-2.json, cart-3.json exist already: nothing written (--force replaces this order's children from an earlier split)\n",
    });
    expect(read(join(dir, "cart-1.json"))).toBe(before);
  });
});

// Found by the data-safety audit: with cart-2.json changed during the run, "no child was written" stood beside a new cart-1.json.
describe("split --force and an earlier child that changes during the run", () => {
  it("every earlier child keeps its old text, and the run exits 2 saying none was written", async () => {
    const dir = folder({ "cart.json": threeClasses() });
    expect((await runCli(["split", "cart.json"], { cwd: dir })).code).toBe(0);
    const earlier = [1, 2, 3].map((n) => read(join(dir, `cart-${n}.json`)));
    writeFileSync(join(dir, "cart.json"), threeClasses(7));
    // cart-2.json is read and parsed to tell it is this order's second child: it changes right after that, before any child is written.
    const parse = JSON.parse.bind(JSON);
    const spy = vi.spyOn(JSON, "parse").mockImplementation((text: string, ...rest) => {
      const value = parse(text, ...rest) as unknown;
      if (text === earlier[1]) writeFileSync(join(dir, "cart-2.json"), "theirs");
      return value;
    });
    let run;
    try {
      run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
    } finally {
      spy.mockRestore();
    }
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "oms-lint: split: cannot write the child cart-2.json: it changed during this run, after it was read as an earlier child (another split into the same folder?); it is kept as it is; no child was written\n",
    });
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart-3.json", "cart.json"]);
    expect([1, 2, 3].map((n) => read(join(dir, `cart-${n}.json`)))).toEqual([earlier[0], "theirs", earlier[2]]);
  });
});

/** Two classes (P, Y): cart-1.json and cart-2.json; a cart-3.json of an earlier split of three is stale. */
const twoClasses = () => JSON.stringify(orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" })]), null, 2) + "\n";

/**
 * Runs `split --force` with `during` called once the children are written, as they are linted:
 * after the stale children were found, before --force removes them (the moment another program's
 * file can take a stale child's name).
 */
async function forcedSplitWhere(dir: string, during: () => void, format = "text") {
  const lintText = toolLinter.lintText.bind(toolLinter);
  let called = false;
  const lint = vi.spyOn(toolLinter, "lintText").mockImplementation((...args) => {
    if (!called) during();
    called = true;
    return lintText(...args);
  });
  try {
    return await runCli(["split", "--force", "--format", format, "cart.json"], { cwd: dir });
  } finally {
    lint.mockRestore();
  }
}

// Found by the data-safety audit: a stale child was removed on the strength of the look made before the children were written, and notes put at its name during the run went with it.
describe("split --force and a stale child that changes during the run", () => {
  const staleDir = async () => {
    const dir = folder({ "cart.json": threeClasses() });
    expect((await runCli(["split", "cart.json"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "cart.json"), twoClasses());
    return dir;
  };
  const notes = "remember to ship Friday\n";

  it("notes put at its name are kept, and said to be (exit 1)", async () => {
    const dir = await staleDir();
    const run = await forcedSplitWhere(dir, () => writeFileSync(join(dir, "cart-3.json"), notes));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("  kept cart-3.json: it changed during this run, after it was read as a child of an earlier split beyond the new count; it is kept as it is, not removed\n");
    expect(run.stdout).not.toContain("removed cart-3.json");
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart-3.json", "cart.json"]);
    expect(read(join(dir, "cart-3.json"))).toBe(notes);
  });

  it("with --format json: staleKept names it, staleRemoved does not", async () => {
    const dir = await staleDir();
    const run = await forcedSplitWhere(dir, () => writeFileSync(join(dir, "cart-3.json"), notes), "json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ staleRemoved: [], staleLeft: [], staleKept: ["cart-3.json"] });
    expect(read(join(dir, "cart-3.json"))).toBe(notes);
  });

  it("one left as it was read is removed (exit 0)", async () => {
    const dir = await staleDir();
    const run = await forcedSplitWhere(dir, () => undefined, "json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ staleRemoved: ["cart-3.json"], staleLeft: [], staleKept: [] });
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart.json"]);
  });
});

const isRoot = process.getuid?.() === 0;

// Found by the split audit: a stale child --force could not remove was told "remove it (or run with --force)", --force given, and never why.
describe.skipIf(!isRoot)(`split --force and a stale child it cannot remove${isRoot ? "" : ": skipped, giving a file to another user needs root"}`, () => {
  it("says --force could not remove it, and why: another user's file in a sticky folder (exit 1)", async () => {
    const dir = folder({ "cart.json": threeClasses() });
    expect((await runCli(["split", "cart.json"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "cart.json"), twoClasses());
    // Another user's stale child, in a folder of theirs that is sticky (as /tmp is): only its owner may remove it.
    chownSync(join(dir, "cart-3.json"), 65534, 65534);
    chownSync(dir, 65534, 65534);
    chmodSync(dir, 0o1777);
    // Root without the capabilities that override a file's permissions and a sticky folder's owner check (setpriv, util-linux).
    const asUser = (format: string) =>
      spawnSync("setpriv", ["--bounding-set", "-dac_override,-dac_read_search,-fowner", "--", process.execPath, bin, "split", "--force", "--format", format, "cart.json"], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
    const why = "it belongs to another user, and its folder is sticky (only a file's owner, or the folder's, may remove it there): permission denied (EPERM)";
    const text = asUser("text");
    expect(text.stderr).toBe("");
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(`  stale: cart-3.json is a child of an earlier split, beyond the new count; --force could not remove it: ${why}\n`);
    expect(text.stdout).not.toContain("run with --force");
    const json = asUser("json");
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ staleRemoved: [], staleLeft: [], staleNotRemoved: [{ filePath: "cart-3.json", why }] });
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart-3.json", "cart.json"]);
  });
});

// Found by the split audit: --force removed a write-protected stale child, and refused to replace a write-protected earlier child. One policy: neither.
describe("split --force and a read-only (chmod a-w) stale child", () => {
  const readOnlyStale = async () => {
    const dir = folder({ "cart.json": threeClasses() });
    expect((await runCli(["split", "cart.json"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "cart.json"), twoClasses());
    chmodSync(join(dir, "cart-3.json"), 0o444);
    return dir;
  };

  it("keeps it, as an earlier child that is read-only is not replaced, and says it is read-only and was kept (exit 1)", async () => {
    const dir = await readOnlyStale();
    const before = read(join(dir, "cart-3.json"));
    const run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "  kept cart-3.json: a child of an earlier split, beyond the new count, but it is read-only (no write permission on the file), and --force removes no read-only child, as it replaces none; it is kept as it is\n",
    );
    expect(run.stdout).not.toContain("removed cart-3.json");
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart-3.json", "cart.json"]);
    expect(read(join(dir, "cart-3.json"))).toBe(before);
  });

  it("with --format json: staleReadOnly names it", async () => {
    const dir = await readOnlyStale();
    const run = await runCli(["split", "--force", "--format", "json", "cart.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ staleRemoved: [], staleLeft: [], staleKept: [], staleReadOnly: ["cart-3.json"] });
  });

  it("an earlier child that is read-only is still refused (exit 2, nothing written)", async () => {
    const dir = folder({ "cart.json": threeClasses() });
    expect((await runCli(["split", "cart.json"], { cwd: dir })).code).toBe(0);
    chmodSync(join(dir, "cart-2.json"), 0o444);
    const run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: "oms-lint: split: cannot write the child cart-2.json: it is read-only (no write permission on the file); no child was written\n" });
  });
});
