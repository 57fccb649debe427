import { chmodSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { stageFile } from "../../src/files/atomicWrite.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { createOrder, orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";

/**
 * split's children hold the order's data, card numbers among it: a private order (chmod 600)
 * gave children of -rw-r--r--, world-readable, as each was a new file made 0666 less the umask
 * (audit of the files oms-lint writes). Each is now made with the input's read permissions, less
 * the umask, and always writable by its owner (a read-only input gave read-only children, which a
 * second split --force and --fix then refused: split audit).
 */
const folder = scratchFolders("split-child-modes");

/** An order of Y, P and D items: three children, each holding the payment's cardNumber. */
const cart = JSON.stringify(orderWithItems([..."YPD"].map((availability, i) => orderItem({ partNumber: `Product000${i + 1}`, availability }))), null, 2) + "\n";

const umaskAtStart = process.umask();
afterEach(() => void process.umask(umaskAtStart));

const permissions = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe("split's children take the input's read permissions, writable by their owner, less the umask", () => {
  it.each([
    // The audit's case: a private order, the usual umask.
    { input: "600", umask: "022", child: "600" },
    { input: "640", umask: "022", child: "640" },
    { input: "644", umask: "022", child: "644" },
    // The umask still takes its bits off, as it does off cp's copy.
    { input: "664", umask: "027", child: "640" },
    // Children are data, not programs: no execute bit, whatever the input's.
    { input: "755", umask: "077", child: "600" },
    // A read-only input (a Bazel output, a Perforce file, a read-only mount's) keeps who may read it, but the
    // children are new files of the user's, writable by their owner: they were made read-only too, and a
    // second `split --force` and `--fix` of a child then refused them (split audit).
    { input: "444", umask: "022", child: "644" },
    { input: "440", umask: "022", child: "640" },
    { input: "400", umask: "022", child: "600" },
  ])("an input of $input under umask $umask gives children of $child", async ({ input, umask, child }) => {
    const dir = folder({ "cart.json": cart });
    chmodSync(join(dir, "cart.json"), parseInt(input, 8));
    process.umask(parseInt(umask, 8));
    const run = await runCli(["split", "cart.json"], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    for (const n of [1, 2, 3]) {
      const path = join(dir, `cart-${n}.json`);
      expect(readFileSync(path, "utf8")).toContain('"cardNumber"');
      expect(permissions(path)).toBe(child);
    }
  });

  it("with --out-dir too, and a replaced earlier child keeps its own mode, as every rewrite does", async () => {
    const dir = folder({ "cart.json": cart });
    chmodSync(join(dir, "cart.json"), 0o600);
    process.umask(0o022);
    expect((await runCli(["split", "cart.json", "--out-dir", "children"], { cwd: dir })).code).toBe(0);
    for (const n of [1, 2, 3]) expect(permissions(join(dir, "children", `cart-${n}.json`))).toBe("600");
    chmodSync(join(dir, "children", "cart-2.json"), 0o640);
    expect((await runCli(["split", "--force", "cart.json", "--out-dir", "children"], { cwd: dir })).code).toBe(0);
    expect([1, 2, 3].map((n) => permissions(join(dir, "children", `cart-${n}.json`)))).toEqual(["600", "640", "600"]);
  });
});

describe("split's children of a read-only input", () => {
  it("can be split again with --force and fixed, the input left as it is", async () => {
    const shippingMethod = { ...(createOrder().shippingMethod as JsonObject), name: "Ground" };
    const dir = folder({ "cart.json": JSON.stringify({ ...(JSON.parse(cart) as JsonObject), shippingMethod }, null, 2) + "\n" });
    chmodSync(join(dir, "cart.json"), 0o444);
    process.umask(0o022);
    const first = await runCli(["split", "cart.json"], { cwd: dir });
    expect(first.stderr).toBe("");
    const again = await runCli(["split", "--force", "cart.json"], { cwd: dir });
    expect(again.stderr).toBe("");
    expect(again.stdout).toContain("cart.json: split into 3 orders\n");
    const fixed = await runCli(["--fix", "--kind", "createOrder", "cart-1.json"], { cwd: dir });
    expect(fixed.stdout).not.toContain("cannot write the fixed file");
    expect(readFileSync(join(dir, "cart-1.json"), "utf8")).not.toContain('"Ground"');
    expect(permissions(join(dir, "cart.json"))).toBe("444");
  });
});

describe("stageFile's mode for a new file", () => {
  it("is the mode asked for less the umask, for every mode and umask; 0666 less the umask when none is asked", () => {
    const dir = folder({});
    let file = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0o777 }), fc.integer({ min: 0, max: 0o777 }), fc.boolean(), (mode, umask, asked) => {
        process.umask(umask);
        const path = join(dir, `new-${++file}.json`);
        const staged = stageFile(path, asked ? { mode } : {});
        staged.write("{}");
        staged.commit();
        // Read back as root reads it: no mode keeps root out.
        return (statSync(path).mode & 0o777) === ((asked ? mode : 0o666) & ~umask);
      }),
      { numRuns: 200 },
    );
  });

  it("leaves a file it replaces its own mode, whatever mode is asked", () => {
    const dir = folder({ "order.json": "old" });
    const path = join(dir, "order.json");
    chmodSync(path, 0o644);
    process.umask(0o022);
    const staged = stageFile(path, { mode: 0o600 });
    staged.write("new");
    staged.commit();
    expect([readFileSync(path, "utf8"), permissions(path)]).toEqual(["new", "644"]);
  });
});
