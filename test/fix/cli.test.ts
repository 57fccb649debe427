import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/fix/unifiedDiff.js";
import { runCli } from "../support/cli.js";

const work = mkdtempSync(join(tmpdir(), "oms-lint-fix-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const example = readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8");

/** The example as a careless checkout wrote it: a BOM, a read-only shipping price, an orderID, a -1 limit, a private IP. */
function careless(text = example): string {
  const replaced = text
    .replace(`"shippingType": "standard",`, `"shippingType": "standard",\n    "price": 5.99,`)
    .replace(`"orderID": null`, `"orderID": 555555`)
    .replace(`"maxAmount": null`, `"maxAmount": -1`)
    .replace(`"customerIP": "88.152.11.125"`, `"customerIP": "10.1.2.3"`);
  return "\uFEFF" + replaced;
}
/** The same, fixed: only the four fixable mistakes mended. */
const mended = example.replace(`"customerIP": "88.152.11.125"`, `"customerIP": "10.1.2.3"`);

let folders = 0;
function folder(files: Record<string, string>): string {
  const dir = join(work, `case-${++folders}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("oms-lint --fix", () => {
  it("writes the fixes into the file, byte for byte the same elsewhere, and reports what is left", async () => {
    const dir = folder({ "order.json": careless() });
    const run = await runCli(["--fix", "--kind", "createOrder", "--format", "json", "order.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "order.json"), "utf8")).toBe(mended);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["customer-ip-range"]);
    // Linted afterwards: no diagnostic of a fixed rule.
    const after = JSON.parse((await runCli(["--format", "json", "order.json"], { cwd: dir })).stdout);
    expect(after[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["customer-ip-range"]);
  });

  it("leaves a shippingMethod of nothing but read-only fields, says why and exits 1 (it emptied it to {}, printed nothing and exited 0)", async () => {
    const clean = readFileSync(new URL("../fixtures/cli/payloads/orders/createOrder-clean.json", import.meta.url), "utf8");
    const order = JSON.parse(clean) as Record<string, unknown>;
    const text = JSON.stringify({ ...order, shippingMethod: { name: "Ground", price: 5, description: "x" } }, null, 2);
    const dir = folder({ "f.json": text });
    const run = await runCli(["--fix", "f.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, "f.json"), "utf8")).toBe(text);
    expect(run.stdout).toContain("read-only-shipping-fields");
    expect(run.stdout).toContain("--fix does not remove name");
  });

  it("does not touch a file with nothing to fix, and exits 1 when errors remain", async () => {
    const unfixable = example.replace(`"locale": "en-US"`, `"locale": "en-AU"`);
    const dir = folder({ "clean.json": example, "bad.json": unfixable });
    const before = statSync(join(dir, "clean.json")).mtimeMs;
    const run = await runCli(["--fix", "--format", "json", "."], { cwd: dir });
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, "clean.json"), "utf8")).toBe(example);
    expect(readFileSync(join(dir, "bad.json"), "utf8")).toBe(unfixable);
    expect(statSync(join(dir, "clean.json")).mtimeMs).toBe(before);
  });

  it("--fix-dry-run prints the diff alone on stdout, the problems left on stderr, and writes nothing", async () => {
    const dir = folder({ "order.json": careless() });
    const run = await runCli(["--fix-dry-run", "--kind", "createOrder", "order.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(unifiedDiff(careless(), mended, { fromFile: "a/order.json", toFile: "b/order.json" }));
    expect(run.stdout).toContain(`-  "orderID": 555555,\n+  "orderID": null,\n`);
    expect(run.stderr).toContain("customer-ip-range");
    expect(readFileSync(join(dir, "order.json"), "utf8")).toBe(careless());
  });

  it("--fix-dry-run quotes odd file names as git does: nothing raw on stdout, and git apply takes the diff", async () => {
    const names = ["esc\u001b[31mred.json", "nl\nx.json", 'quo"te.json', "back\\slash.json", "caf\u00e9.json", "bidi\u202eevil.json", "plain  spaces.json"];
    const dir = folder(Object.fromEntries(names.map((name) => [name, careless()])));
    const run = await runCli(["--fix-dry-run", "--kind", "createOrder", "."], { cwd: dir });
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(run.stdout).toContain('--- "a/esc\\033[31mred.json"\n+++ "b/esc\\033[31mred.json"\n');
    expect(run.stdout).toContain('--- "a/caf\\303\\251.json"');
    expect(run.stdout).toContain("--- a/plain  spaces.json\n");
    writeFileSync(join(dir, "fixes.diff"), run.stdout);
    execFileSync("git", ["apply", "fixes.diff"], { cwd: dir });
    for (const name of names) expect(readFileSync(join(dir, name), "utf8")).toBe(mended);
  });

  it("--fix-dry-run writes the report to --output-file when given, and reads --stdin", async () => {
    const dir = folder({});
    // Create Order's orderID: "best to treat it as read-only" (advised), so --fix makes it null.
    const input = example.replace(`"orderID": null`, `"orderID": 555555`);
    const run = await runCli(["--fix-dry-run", "--kind", "createOrder", "--stdin", "--format", "json", "-o", "report.json"], { cwd: dir, input });
    expect(run).toEqual({
      code: 0,
      stdout: unifiedDiff(input, example, { fromFile: "a/<stdin>", toFile: "b/<stdin>" }),
      stderr: "oms-lint: no problems in 1 file; report written to report.json\n",
    });
    expect(run.stdout).toContain(`-  "orderID": 555555,\n+  "orderID": null,\n`);
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8"))[0].messages).toEqual([]);
  });

  // Found by the audit of what oms-lint writes: both files below lost their mark, and the run said nothing of a change.
  it.each(["--fix", "--fix-dry-run"])("%s strips a byte order mark from a payload only: a file it reports as no payload, or no JSON, is left byte for byte", async (flag) => {
    const untouched = { "logging.json": `\uFEFF{"Logging":{"LogLevel":{"Default":"Information"}}}`, "broken.json": `\uFEFF{"broken":` };
    // The order's kind given by the config (told from its content, its Create Order fixes are held: orderKindFromContent.test.ts).
    const dir = folder({ ...untouched, "order.json": careless(), "oms-lint.config.json": JSON.stringify({ files: [{ glob: "order.json", kind: "createOrder" }] }) });
    const run = await runCli([flag, "-f", "compact", "."], { cwd: dir });
    expect(run.code).toBe(1);
    for (const [name, text] of Object.entries(untouched)) expect(readFileSync(join(dir, name), "utf8")).toBe(text);
    const report = flag === "--fix" ? run.stdout : run.stderr;
    expect(report).toMatch(/^logging\.json:1:1: warning [^\n]*\[kind\]\n/m);
    expect(report).toMatch(/^broken\.json:1:\d+: error [^\n]*\[parse\]\n/m);
    if (flag === "--fix") expect(readFileSync(join(dir, "order.json"), "utf8")).toBe(mended);
    else expect(run.stdout).toBe(unifiedDiff(careless(), mended, { fromFile: "a/order.json", toFile: "b/order.json" }));
  });

  it("follows the configuration: a rule turned off is not fixed", async () => {
    const dir = folder({ "order.json": careless() });
    await runCli(["--fix", "--kind", "createOrder", "--rule", "read-only-ids:off", "order.json"], { cwd: dir });
    expect(readFileSync(join(dir, "order.json"), "utf8")).toBe(mended.replace(`"orderID": null`, `"orderID": 555555`));
  });

  it("exit 2 for --fix with --fix-dry-run, and for --fix with --stdin", async () => {
    for (const args of [["--fix", "--fix-dry-run", "x.json"], ["--fix", "--stdin"]]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });
});
