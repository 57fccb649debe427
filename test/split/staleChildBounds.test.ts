import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

const folder = scratchFolders("split-stale-bounds");

/** Three classes (P, Y, D): cart-1.json … cart-3.json; two classes: a cart-3.json beside it may be a stale child. */
const mixed = JSON.stringify(orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" }), orderItem({ availability: "D" })]), null, 2) + "\n";
const twoClasses = JSON.stringify(orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" })]), null, 2) + "\n";

// Found by the limits audit: three 48 MB files named like children were parsed whole (50 s, 2.48 GB) to read one externalOrderID.
describe("split: a file named like a stale child, past the run's limits", () => {
  it("carrying the third child's externalOrderID and a list past --max-entries (100,000): not parsed, not listed, not removed by --force", async () => {
    const dir = folder({ "cart.json": mixed });
    expect((await runCli(["split", "cart.json"], { cwd: dir })).code).toBe(0);
    const { externalOrderID } = JSON.parse(readFileSync(join(dir, "cart-3.json"), "utf8")) as { externalOrderID: string };
    const hostile = `{"externalOrderID": ${JSON.stringify(externalOrderID)}, "padding": [${Array(100_001).fill("{}").join(",")}]}`;
    writeFileSync(join(dir, "cart-3.json"), hostile);
    writeFileSync(join(dir, "cart.json"), twoClasses);
    const parse = vi.spyOn(JSON, "parse");
    try {
      const run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
      expect(parse.mock.calls.filter(([parsed]) => parsed === hostile)).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain("cart-3.json");
    } finally {
      parse.mockRestore();
    }
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart-3.json", "cart.json"]);
    expect(readFileSync(join(dir, "cart-3.json"), "utf8")).toBe(hostile);
  });

  it("the same child within the limits is stale: listed, and removed by --force", async () => {
    const dir = folder({ "cart.json": mixed });
    expect((await runCli(["split", "cart.json"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "cart.json"), twoClasses);
    const run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("cart-3.json");
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart.json"]);
  });
});

// Found by the audit of split: cart-999999999.json made split work out 999,999,999 child IDs (the heap ran out);
// cart-200000.json with a long externalOrderID overflowed the stack. No split makes more children than its classes.
describe("split: a file named like a child past the most a split makes", () => {
  it.each([["cart-6.json"], ["cart-200000.json"], ["cart-999999999.json"]])("%s: not a child, kept, never worked out as one", async (name) => {
    const longId = orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" })], { externalOrderID: "W".repeat(97) });
    for (const order of [twoClasses, JSON.stringify(longId, null, 2)]) {
      const dir = folder({ "cart.json": order, [name]: "{}\n" });
      const run = await runCli(["split", "--force", "cart.json"], { cwd: dir });
      expect([run.code, run.stderr], name).toEqual([0, ""]);
      expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart.json", name].sort());
      expect(readFileSync(join(dir, name), "utf8")).toBe("{}\n");
    }
  });
});
