import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/fix/unifiedDiff.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

// Found by the audit of what oms-lint writes: `--fix --quiet` printed nothing, exited 0, and had
// set a Create Order's orderID and customerID to null, the fixes of two warnings it did not show.
// ESLint's --quiet (since 4.0, its quietFixPredicate) fixes errors only; so does ours.

const folder = scratchFolders("quiet-fix");
const example = readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8");

/** The fixable mistakes, each with its rule: the shipping price (an error by default), the IDs and the -1 limit (warnings). */
const mistakes = {
  "read-only-shipping-fields": [`"shippingType": "standard",`, `"shippingType": "standard",\n    "price": 5.99,`],
  "read-only-ids": [`"orderID": null`, `"orderID": 555`],
  "max-amount-null-preferred": [`"maxAmount": null`, `"maxAmount": -1`],
} as const;
type FixableRule = keyof typeof mistakes;

/** The example with a byte order mark and every mistake but those of `mended`. */
function payload(mended: readonly FixableRule[] = [], bom = true): string {
  let text = example;
  for (const [rule, [right, wrong]] of Object.entries(mistakes)) if (!mended.includes(rule as FixableRule)) text = text.replace(right, wrong);
  return (bom ? "\uFEFF" : "") + text;
}

describe("--fix and --fix-dry-run with --quiet fix only the findings that are errors", () => {
  // Each case: the command line's extra arguments, a config, and the rules whose fixes are made.
  const cases: { name: string; args: string[]; config?: object; fixed: FixableRule[] }[] = [
    { name: "default severities: the shipping price alone", args: [], fixed: ["read-only-shipping-fields"] },
    { name: "--rule read-only-ids:error makes its fix one of an error", args: ["--rule", "read-only-ids:error"], fixed: ["read-only-shipping-fields", "read-only-ids"] },
    { name: "--rule read-only-shipping-fields:warn makes it a warning, left", args: ["--rule", "read-only-shipping-fields:warn"], fixed: [] },
    {
      name: "an overrides entry's severity for the file",
      args: [],
      config: { overrides: [{ files: ["orders/**"], rules: { "max-amount-null-preferred": "error" } }] },
      fixed: ["read-only-shipping-fields", "max-amount-null-preferred"],
    },
  ];

  it.each(cases)("--fix --quiet, $name", async ({ args, config, fixed }) => {
    const dir = folder({ "orders/order.json": payload(), ...(config === undefined ? {} : { "oms-lint.config.json": JSON.stringify(config) }) });
    const run = await runCli(["--fix", "--kind", "createOrder", "--quiet", ...args, "orders/order.json"], { cwd: dir });
    expect(readFileSync(join(dir, "orders/order.json"), "utf8")).toBe(payload(fixed));
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it.each(cases)("--fix-dry-run --quiet shows only those hunks, $name", async ({ args, config, fixed }) => {
    const dir = folder({ "orders/order.json": payload(), ...(config === undefined ? {} : { "oms-lint.config.json": JSON.stringify(config) }) });
    const run = await runCli(["--fix-dry-run", "--kind", "createOrder", "--quiet", ...args, "orders/order.json"], { cwd: dir });
    const names = { fromFile: "a/orders/order.json", toFile: "b/orders/order.json" };
    expect(run.stdout).toBe(fixed.length === 0 ? "" : unifiedDiff(payload(), payload(fixed), names));
    expect(readFileSync(join(dir, "orders/order.json"), "utf8")).toBe(payload());
  });

  it("--fix-dry-run --quiet --stdin: the piped text's error fixed, its warnings left", async () => {
    const run = await runCli(["--fix-dry-run", "--kind", "createOrder", "--quiet", "--stdin"], { cwd: folder({}), input: payload() });
    expect(run.stdout).toBe(unifiedDiff(payload(), payload(["read-only-shipping-fields"]), { fromFile: "a/<stdin>", toFile: "b/<stdin>" }));
    expect(run.code).toBe(0);
  });

  it("without --quiet every fix is made, as before, and the byte order mark is stripped", async () => {
    const dir = folder({ "order.json": payload() });
    await runCli(["--fix", "--kind", "createOrder", "order.json"], { cwd: dir });
    expect(readFileSync(join(dir, "order.json"), "utf8")).toBe(payload(Object.keys(mistakes) as FixableRule[], false));
  });
});
