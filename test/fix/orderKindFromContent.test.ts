import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fix, lintText } from "../../src/builtIn/linter.js";
import { runCli } from "../support/cli.js";
import { importWithoutStatus, type JsonObject } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

// Found by the audit of the fix engine: a Historic Order Import that lacks its orderStatus (and
// its other own fields) reads as a Create Order by its content, and --fix wrote Create Order's
// fixes into it: the historic order's real shipping price removed, its orderID and its
// maxAmount -1 (the import document's own example) set to null. Told from the content, the
// kind of an order is not sure: only the fixes both order kinds make are made.
const withoutStatus = (() => {
  const order = importWithoutStatus() as JsonObject & { shippingMethod: JsonObject };
  order.shippingMethod.deliveryMethod = "SHIP_TO_HOME";
  return JSON.stringify(order, null, 2) + "\n";
})();

const held = [
  ["read-only-shipping-fields", "/shippingMethod/price"],
  ["max-amount-null-preferred", "/orderPayments/0/maxAmount"],
  ["read-only-ids", "/orderID"],
];

describe("fix: an order whose kind is told from its content", () => {
  it("makes none of Create Order's fixes that would change an import's data", () => {
    const result = fix(withoutStatus);
    expect(result.kind).toBe("createOrder");
    expect(result.output).toBe(withoutStatus);
    expect(result.fixed).toEqual([]);
  });

  it("keeps each held finding, its edit a suggestion, and says why and how to have it made", () => {
    const { remaining } = fix(withoutStatus);
    const kept = remaining.filter((m) => held.some(([ruleId, path]) => m.ruleId === ruleId && m.path === path));
    expect(kept.map((m) => [m.ruleId, m.path])).toEqual(held);
    for (const m of kept) {
      expect(m.fix).toBeUndefined();
      expect(m.suggestion).toBeDefined();
      expect(m.message).toContain("if it is an import, add its orderStatus");
      // fix() is the library's: its reader passes the kind as an option (no --kind there).
      expect(m.message).toContain("to have it made, pass its kind as the kind option (createOrder)");
    }
  });

  it("still strips a byte order mark, which changes no value on either kind", () => {
    const result = fix("\uFEFF" + withoutStatus);
    expect(result.output).toBe(withoutStatus);
    expect(result.fixed).toEqual([{ ruleId: "bom", path: "" }]);
  });

  it("makes every fix of the kind given (--kind, a files glob, fix()'s kind)", () => {
    const result = fix(withoutStatus, "createOrder");
    const fixed = JSON.parse(result.output);
    expect(fixed.shippingMethod.price).toBeUndefined();
    expect(fixed.orderID).toBeNull();
    expect(fixed.orderPayments[0].maxAmount).toBeNull();
    expect(result.fixed.map((f) => [f.ruleId, f.path])).toEqual(expect.arrayContaining(held));
  });

  it("on an import given as one, makes none of them either (they are the import's suggestions)", () => {
    expect(fix(withoutStatus, "importOrder").output).toBe(withoutStatus);
  });
});

describe("the reports and the command line agree with fix()", () => {
  const folder = scratchFolders("order-kind-from-content");

  it("lintText offers the held edits as suggestions, so that no report offers a fix --fix does not make", () => {
    const told = lintText(withoutStatus).messages.filter((m) => held.some(([ruleId, path]) => m.ruleId === ruleId && m.path === path));
    expect(told.map((m) => [m.fix, m.suggestion !== undefined])).toEqual(held.map(() => [undefined, true]));
    const given = lintText(withoutStatus, { kind: "createOrder" }).messages.filter((m) => held.some(([ruleId, path]) => m.ruleId === ruleId && m.path === path));
    expect(given.every((m) => m.fix !== undefined && !m.message.includes("not made as a fix"))).toBe(true);
  });

  it("--fix-dry-run shows no diff, and the problems left say why; --fix leaves the file as it was", async () => {
    const dir = folder({ "import.json": withoutStatus });
    const dryRun = await runCli(["--fix-dry-run", "import.json"], { cwd: dir });
    expect(dryRun.stdout).toBe("");
    expect(dryRun.stderr).toContain("a Historic Order Import without its orderStatus");
    const run = await runCli(["--fix", "import.json"], { cwd: dir });
    expect(readFileSync(join(dir, "import.json"), "utf8")).toBe(withoutStatus);
    expect(run.stdout).toContain('to have it made, name its kind with --kind <kind>, or map the file to a kind under "files" in oms-lint.config.json (createOrder)');
  });

  it("--fix --kind createOrder makes them", async () => {
    const dir = folder({ "order.json": withoutStatus });
    await runCli(["--fix", "--kind", "createOrder", "order.json"], { cwd: dir });
    expect(readFileSync(join(dir, "order.json"), "utf8")).toBe(fix(withoutStatus, "createOrder").output);
    expect(readFileSync(join(dir, "order.json"), "utf8")).not.toBe(withoutStatus);
  });
});
