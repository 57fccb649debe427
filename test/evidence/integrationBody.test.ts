import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/main.js";
import { lintText } from "../../src/builtIn/linter.js";

/**
 * Shaped like a real integration's Create Order body (a vendor proof of concept sent to a test
 * system): productID a string, offerPrice and imageUrl on the product, firstName/lastName on
 * the addresses, shipType with deliveryMethod and no shippingType, numbers, booleans and ""
 * among customItemData values, authAmount on the payment, isTestOrder.
 */
const body = readFileSync(new URL("../fixtures/integration/createOrder-poc.json", import.meta.url), "utf8");
const folder = mkdtempSync(join(tmpdir(), "oms-lint-poc-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function cli(args: string[]) {
  const out = { stdout: "", stderr: "" };
  const io: CliIo = {
    cwd: folder,
    env: {},
    stdoutIsTTY: false,
    readStdin: async () => Buffer.alloc(0),
    writeStdout: (text) => void (out.stdout += text),
    writeStderr: (text) => void (out.stderr += text),
  };
  return { code: await run(args, io), ...out };
}

describe("a real integration's Create Order body", () => {
  it("lints with no error: only warnings, each on an inferred or advised point", () => {
    const result = lintText(body, { kind: "createOrder" });
    expect(result.errorCount).toBe(0);
    expect(result.messages.filter((m) => m.severity === 2)).toEqual([]);
    // The merchant's product ID draws nothing at all (no type error, no read-only warning).
    expect(result.messages.filter((m) => m.path.endsWith("/productID"))).toEqual([]);
    // What it does draw: the non-string custom data values, which the documents leave open.
    expect(new Set(result.messages.map((m) => m.ruleId))).toEqual(new Set(["custom-data-value-type"]));
  });

  it("--fix leaves its productID alone, and mends only what the documents call ignored", async () => {
    const file = join(folder, "order.json");
    writeFileSync(file, body);
    const first = await cli(["--fix", "--kind", "createOrder", "--format", "json", "order.json"]);
    expect(first.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(body);

    // With an orderID set (which the documents call read-only), the fix nulls that and nothing else.
    const withOrderId = body.replace('"isTestOrder": true,', '"isTestOrder": true,\n  "orderID": 555555,');
    writeFileSync(file, withOrderId);
    const second = await cli(["--fix", "--kind", "createOrder", "--format", "json", "order.json"]);
    expect(second.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(withOrderId.replace('"orderID": 555555', '"orderID": null'));
    expect(readFileSync(file, "utf8")).toContain('"productID": "S2721950_C128"');
  });
});
