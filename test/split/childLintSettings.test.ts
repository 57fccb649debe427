import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import type { JsonObject } from "../support/payloads.js";

/**
 * split decides its children by the settings lint gives the input (the config's, with an
 * `overrides` entry for the input's path laid over). It then linted each child with the
 * settings of the child's own path: an onBlocks override for tenants/blocks/** split Y, P, D
 * into two children (P; Y + D: "onBlocks … so they stay together"), and the same report then
 * called the Y + D child in out/ an availability-split error, exit 1 (split audit). Each child
 * is now linted with the settings, and rules, that the split used: the input's.
 */
const folder = scratchFolders("split-child-settings");

const example = JSON.parse(readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8")) as JsonObject & { orderItems: JsonObject[] };

/** The vendor's example with items Y, P and D. */
function cart(): string {
  const [item] = example.orderItems;
  const items = [..."YPD"].map((availability, i) => {
    const copy = JSON.parse(JSON.stringify(item)) as { product: JsonObject };
    copy.product = { ...copy.product, partNumber: `Product000${i + 1}`, availability };
    return copy;
  });
  return JSON.stringify({ ...example, orderItems: items }, null, 2) + "\n";
}

const onBlocksForTenant = JSON.stringify({ overrides: [{ files: ["tenants/blocks/**"], settings: { onBlocks: true } }] });

describe("split lints its children with the settings it split with", () => {
  it("an onBlocks override for the input's folder holds for the children written elsewhere", async () => {
    const dir = folder({ "oms-lint.config.json": onBlocksForTenant, "tenants/blocks/cart.json": cart() });
    const run = await runCli(["split", "tenants/blocks/cart.json", "--out-dir", "out"], { cwd: dir });
    expect(run.stdout).toContain("tenants/blocks/cart.json: split into 2 orders\n");
    expect(run.stdout).toContain(`  out/cart-1.json  externalOrderID "8885456-98658-12215-1"  (clean)\n`);
    expect(run.stdout).not.toContain("availability-split");
    expect(run).toMatchObject({ code: 0, stderr: "" });
  });

  it("and a rule the input's override turns off stays off for the children", async () => {
    const config = JSON.stringify({ overrides: [{ files: ["tenants/private/**"], rules: { "customer-ip-range": "off" } }] });
    const privateIp = cart().replace(/"customerIP": "[^"]*"/, '"customerIP": "10.0.0.1"');
    const dir = folder({ "oms-lint.config.json": config, "tenants/private/cart.json": privateIp });
    // The input itself is clean where it stands: the override is the user's word for its path.
    expect((await runCli(["tenants/private/cart.json", "--rule", "availability-split:off", "--rule", "preorder-mix:off"], { cwd: dir })).code).toBe(0);
    const json = await runCli(["split", "-f", "json", "tenants/private/cart.json", "--out-dir", "out"], { cwd: dir });
    const report = JSON.parse(json.stdout) as { children: { filePath: string; errorCount: number; warningCount: number }[] };
    expect(report.children.map((child) => [child.filePath, child.errorCount, child.warningCount])).toEqual([
      ["out/cart-1.json", 0, 0],
      ["out/cart-2.json", 0, 0],
      ["out/cart-3.json", 0, 0],
    ]);
    expect(json.code).toBe(0);
  });
});
