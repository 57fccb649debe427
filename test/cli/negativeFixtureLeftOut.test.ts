import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { createOrder, orderItem, orderWithItems } from "../support/payloads.js";

/**
 * The life of a recorded negative fixture that a run does not lint: deleted, or left out by an
 * ignore, it tested nothing and the run passed silently (exit 0, no output), as ESLint's does.
 * Now, where the run's folder walk or glob looked, it is a `suppressions` error on the record.
 */

const negative = "fixtures/negative/tax-over-cap.json";
const record = "oms-lint-suppressions.json";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A repository-shaped folder: a manifest at the root, one clean fixture, one over the tax cap (30% on one line). */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), "oms-lint-left-out-"));
  roots.push(root);
  write(root, "package.json", JSON.stringify({ name: "checkout", version: "1.0.0" }));
  write(root, "fixtures/orders/createOrder.json", JSON.stringify(createOrder(), null, 2));
  write(root, negative, JSON.stringify(orderWithItems([orderItem({ actualPrice: 1, quantity: 5, itemTaxOverride: 1.5 })], { forceItemTaxOverride: true }), null, 2));
  return root;
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A repository whose negative fixture is recorded (count 1 for tax-rate-cap), as the README's workflow does it. */
async function recorded(): Promise<string> {
  const root = repository();
  expect((await runCli(["--suppress-rule", "tax-rate-cap", "."], { cwd: root })).code).toBe(0);
  expect(JSON.parse(readFileSync(join(root, record), "utf8"))).toEqual({ [negative]: { "tax-rate-cap": { count: 1 } } });
  return root;
}

interface JsonResult {
  readonly filePath: string;
  readonly messages: readonly { ruleId: string; message: string; path: string; line: number; column: number }[];
}

async function lintJson(root: string, ...argv: string[]): Promise<{ code: number | null; results: JsonResult[]; stderr: string }> {
  const run = await runCli(["-f", "json", ...argv], { cwd: root });
  return { code: run.code, results: JSON.parse(run.stdout) as JsonResult[], stderr: run.stderr };
}

const ways: { name: string; leaveOut: (root: string) => void; argv: readonly string[]; why: string }[] = [
  { name: "deleted", leaveOut: (root) => rmSync(join(root, negative)), argv: ["."], why: "is gone" },
  { name: "deleted, under a glob", leaveOut: (root) => rmSync(join(root, negative)), argv: ["fixtures/**/*.json"], why: "is gone" },
  { name: "ignored by .gitignore", leaveOut: (root) => write(root, ".gitignore", "fixtures/negative/\n"), argv: ["."], why: "is left out by .gitignore" },
  { name: "ignored by --ignore-pattern", leaveOut: () => {}, argv: ["--ignore-pattern", "fixtures/negative/**", "."], why: "is left out by --ignore-pattern" },
  { name: "ignored by the config's ignores", leaveOut: (root) => write(root, "oms-lint.config.json", JSON.stringify({ ignores: ["fixtures/negative/"] })), argv: ["."], why: "is left out by the config's `ignores`" },
  {
    name: "ignored by the config's ignores, under a glob",
    leaveOut: (root) => write(root, "oms-lint.config.json", JSON.stringify({ ignores: ["**/tax-over-cap.json"] })),
    argv: ["fixtures/**/*.json"],
    why: "is left out by the config's `ignores`",
  },
];

describe("a recorded negative fixture that the run does not lint", () => {
  it("passes while it trips its rule", async () => {
    const root = await recorded();
    const run = await runCli(["."], { cwd: root });
    expect(run).toMatchObject({ code: 0, stdout: "" });
  });

  describe.each(ways)("$name", ({ leaveOut, argv, why }) => {
    it("fails the run with one suppressions error at the record's key, naming the file and why", async () => {
      const root = await recorded();
      leaveOut(root);
      const { code, results } = await lintJson(root, ...argv);
      expect(code).toBe(1);
      const onRecord = results.filter((result) => result.messages.length > 0);
      expect(onRecord.map((result) => result.filePath)).toEqual([join(root, record)]);
      const [finding] = onRecord[0]!.messages;
      expect(onRecord[0]!.messages).toHaveLength(1);
      // The record is written with two spaces: its one key on line 2, at column 3.
      expect(finding).toMatchObject({ ruleId: "suppressions", path: "/fixtures~1negative~1tax-over-cap.json", line: 2, column: 3 });
      expect(finding!.message).toContain(`${negative} ${why}`);
      expect(finding!.message).toContain("1 tax-rate-cap error");
    });

    it("passes with --pass-on-unpruned-suppressions, the record kept", async () => {
      const root = await recorded();
      leaveOut(root);
      const before = readFileSync(join(root, record), "utf8");
      const { code, results } = await lintJson(root, "--pass-on-unpruned-suppressions", ...argv);
      expect(code).toBe(0);
      expect(results.flatMap((result) => result.messages)).toEqual([]);
      expect(readFileSync(join(root, record), "utf8")).toBe(before);
    });

    it("--prune-suppressions removes the key, and the next run passes", async () => {
      const root = await recorded();
      leaveOut(root);
      const pruned = await runCli(["--prune-suppressions", ...argv], { cwd: root });
      expect(pruned.code).toBe(0);
      expect(pruned.stderr).toContain(negative);
      expect(JSON.parse(readFileSync(join(root, record), "utf8"))).toEqual({});
      expect((await runCli([...argv], { cwd: root })).code).toBe(0);
    });
  });

  it("deleted with its folder, fails the run saying so; --prune-suppressions does not remove such a key (it may be a path from another folder)", async () => {
    const root = await recorded();
    rmSync(join(root, "fixtures/negative"), { recursive: true });
    const { code, results } = await lintJson(root, ".");
    expect(code).toBe(1);
    const messages = results.flatMap((result) => result.messages);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toContain(`${negative} is gone, and so is its folder`);
    expect(messages[0]!.message).toContain("delete its key by hand");
    // With no linted file among the keys, a key whose folder is not there reads as a path from another folder: the prune is refused.
    const pruned = await runCli(["--prune-suppressions", "."], { cwd: root });
    expect(pruned.code).toBe(2);
    expect(pruned.stderr).toContain("nothing was changed");
    expect(Object.keys(JSON.parse(readFileSync(join(root, record), "utf8")) as object)).toEqual([negative]);
    expect((await runCli(["--pass-on-unpruned-suppressions", "."], { cwd: root })).code).toBe(0);
  });

  it("outside where the run looked (a subfolder named), stays silent, as in ESLint", async () => {
    const root = await recorded();
    rmSync(join(root, negative));
    expect(await runCli(["fixtures/orders"], { cwd: root })).toMatchObject({ code: 0, stdout: "" });
    expect(await runCli(["fixtures/orders/*.json"], { cwd: root })).toMatchObject({ code: 0, stdout: "" });
  });

  // In a --shard or --changed-since run: leftOutInPartialRuns.test.ts.

  it("a file named outright that is gone is the run's own error, not the record's", async () => {
    const root = await recorded();
    rmSync(join(root, negative));
    const run = await runCli(["--no-error-on-unmatched-pattern", negative, "fixtures/orders/createOrder.json"], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
  });
});
