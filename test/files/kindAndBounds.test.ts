import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { applyPlanned } from "../../src/fix/textEdits.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { runCli } from "../support/cli.js";

const dir = mkdtempSync(join(tmpdir(), "oms-lint-kind-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = JSON.parse(readFileSync(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)), "utf8"));

describe("the config decides the kind before the content does", () => {
  // A Create Order with a schema error (locale) that also carries a Postman-looking info.schema.
  const order = { ...example, locale: "xx-XX", info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" } };
  mkdirSync(join(dir, "orders"), { recursive: true });
  writeFileSync(join(dir, "orders/order.json"), JSON.stringify(order, null, 2));

  it("a files mapping to createOrder wins over Postman sniffing: the order's errors are found", async () => {
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "orders/*.json", kind: "createOrder" }] }));
    const run = await runCli(["-f", "json", "orders/order.json"], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(result.kind).toBe("createOrder");
    expect(result.messages.some((m: { path: string }) => m.path === "/locale")).toBe(true);
    expect(run.code).toBe(1);
  });

  it("without either, the file says which it was taken for, and how to have it read as an order", async () => {
    const run = await runCli(["--no-config", "-f", "json", "orders/order.json"], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(run.code).toBe(1);
    expect(result.messages.map((m: { message: string }) => m.message)).toEqual([
      'taken for a Postman collection (by its name or its info.schema), but it has no "item" array; if it is a payload, name its kind with --kind <kind> or map the file to one under "files" in oms-lint.config.json',
    ]);
  });

  it("--kind wins too", async () => {
    const run = await runCli(["--no-config", "--kind", "createOrder", "-f", "json", "orders/order.json"], { cwd: dir });
    expect(JSON.parse(run.stdout)[0].kind).toBe("createOrder");
    expect(run.code).toBe(1);
  });
});

describe("library options that size work are range-checked", () => {
  it("splitOrder(o, { minorDigits: 1e8 }) is a TypeError that says the range", () => {
    const order = orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" })]);
    expect(() => splitOrder(order, { minorDigits: 1e8 })).toThrow(new TypeError("splitOrder: minorDigits must be a whole number from 0 to 8 (ISO 4217 currencies use 0 to 4); got 100000000"));
    expect(splitOrder(order, { minorDigits: 8 }).split).toBe(true);
  });
});

describe("fixes are applied in one pass", () => {
  it("30,000 edits over a 12 MB text: each made, every other character kept", () => {
    const unit = '{"maxAmount": -1, "pad": "' + "x".repeat(380) + '"},';
    const text = unit.repeat(30_000);
    const at = unit.indexOf("-1");
    const edits = Array.from({ length: 30_000 }, (_, i) => ({ offset: i * unit.length + at, length: 2, content: "null" }));
    // In reverse order: the edits are sorted, not taken as given.
    const output = applyPlanned(text, { edits: edits.reverse(), applied: [] });
    expect(text.length).toBeGreaterThan(12_000_000);
    expect(output).toBe(unit.replace("-1", "null").repeat(30_000));
  });
});
