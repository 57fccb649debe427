import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { crashingRuleCli } from "../support/crashingRuleCli.js";
import { createOrder } from "../support/payloads.js";

// Found by the audit of the service surface: a rule's internal error was a lint error (exit 1),
// which --suppress-all recorded and a count then hid, so a crashing rule passed for ever. SPEC §5:
// an internal error is exit 2.
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function folderWithOrder(): string {
  const root = mkdtempSync(join(tmpdir(), "oms-lint-crash-"));
  roots.push(root);
  writeFileSync(join(root, "order.json"), `${JSON.stringify(createOrder(), null, 2)}\n`);
  return root;
}

/** The built CLI, customer-ip-range throwing on every payload (in this process: test/support/patchedBundle.ts). */
const lint = (root: string, ...argv: string[]) => crashingRuleCli(argv, root);

/** A folder whose record counts one customer-ip-range finding for order.json. */
const recorded = { "order.json": { "customer-ip-range": { count: 1 } } };
function folderWithRecord(): string {
  const root = folderWithOrder();
  writeFileSync(join(root, "oms-lint-suppressions.json"), JSON.stringify(recorded));
  return root;
}

/**
 * `-f json --rule customer-ip-range:error order.json` beside that record: one run for the two
 * tests that read it (a count in the record never hides the error; no unreached count), which
 * each ran the same CLI on the same folder.
 */
let recordedRun: ReturnType<typeof lint> | undefined;
const runBesideRecord = () => (recordedRun ??= lint(folderWithRecord(), "-f", "json", "--rule", "customer-ip-range:error", "order.json"));

const messagesOf = (stdout: string) => (JSON.parse(stdout) as { messages: { ruleId: string; messageId: string; severity: number }[] }[])[0]!.messages;
const internalLine = /^oms-lint: internal error in rule customer-ip-range \(1 file; please report it\): its finding is in the report, and the run exits 2\n$/;

describe("a rule's internal error in the CLI", () => {
  it.each([
    { argv: [], severity: 1 },
    { argv: ["--rule", "customer-ip-range:error"], severity: 2 },
  ])("$argv: its finding at the rule's level, one line on stderr, exit 2", async ({ argv, severity }) => {
    const run = await lint(folderWithOrder(), "-f", "json", ...argv, "order.json");
    expect(messagesOf(run.stdout)).toEqual([expect.objectContaining({ ruleId: "customer-ip-range", messageId: "internalError", severity })]);
    expect(run.stderr).toMatch(internalLine);
    expect(run.code).toBe(2);
  });

  // Found by the audit of the suppressions fixes: --quiet dropped a warning-level crash from the
  // report while stderr said "its finding is in the report".
  it("--quiet keeps a warning-level internal error in the report (the run's fault, not a warning about the payload)", async () => {
    const run = await lint(folderWithOrder(), "-f", "json", "--quiet", "order.json");
    expect(messagesOf(run.stdout)).toEqual([expect.objectContaining({ ruleId: "customer-ip-range", messageId: "internalError", severity: 1 })]);
    expect(run.stderr).toMatch(internalLine);
    expect(run.code).toBe(2);
  });

  it("--suppress-all never records it", async () => {
    const root = folderWithOrder();
    const run = await lint(root, "--rule", "customer-ip-range:error", "--suppress-all", "order.json");
    expect(run.code).toBe(2);
    const record = join(root, "oms-lint-suppressions.json");
    expect(existsSync(record) ? (JSON.parse(readFileSync(record, "utf8")) as object) : {}).toEqual({});
  });

  it("a count in the record never hides it", async () => {
    const run = await runBesideRecord();
    expect(messagesOf(run.stdout)).toContainEqual(expect.objectContaining({ ruleId: "customer-ip-range", messageId: "internalError", severity: 2 }));
    expect(run.code).toBe(2);
  });
});

// Found by the audit of the suppressions fixes: the internal error was left out of the counts but
// the file still counted as measured, so its count read as unreached: a plain run blamed the
// fixture ("a negative fixture that no longer trips its rule") and --prune-suppressions deleted it.
describe("a rule's internal error leaves that rule's count unmeasured for the file", () => {
  it("a plain run reports the internal error, and no unreached count", async () => {
    const run = await runBesideRecord();
    expect(messagesOf(run.stdout).map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(["customer-ip-range/internalError"]);
    expect(run.code).toBe(2);
  });

  it("--prune-suppressions keeps the count", async () => {
    const root = folderWithRecord();
    const run = await lint(root, "--rule", "customer-ip-range:error", "--prune-suppressions", "order.json");
    expect(run.code).toBe(2);
    expect(JSON.parse(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8"))).toEqual(recorded);
  });
});
