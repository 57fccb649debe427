import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { crashingSchemaCli } from "../support/crashingSchemaCli.js";
import { createOrder, orderItem } from "../support/payloads.js";

// Found by the audit of the service and suppressions fixes: a crash of the schema check (rule id
// "schema") protected only the record's "schema" count, so its schema/quantity count read as
// unreached ("expects 1 schema/quantity error … none was found") and --prune-suppressions dropped
// it. The schema check reports every schema/… id, so its crash leaves all of them unmeasured.
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/**
 * A folder with bad.json (an unknown currency and a quantity of 0) and its record as the schema
 * check counts it, written by the CLI from src/ (runCli); the crashing runs are of a patched copy of the bundle.
 */
async function recordedFolder(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), "oms-lint-schema-crash-"));
  roots.push(root);
  writeFileSync(join(root, "bad.json"), `${JSON.stringify(createOrder({ currency: "XXX", orderItems: [orderItem({ quantity: 0 })] }), null, 2)}\n`);
  const recorded = await runCli(["--rule", "schema/quantity:error", "--suppress-all", "bad.json"], { cwd: root });
  expect(recorded.code).toBe(0);
  return root;
}

const recordOf = (root: string) => JSON.parse(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")) as Record<string, Record<string, unknown>>;

/** The built CLI, its Create Order schema check throwing (in this process: test/support/patchedBundle.ts). */
const lintCrashing = (root: string, ...argv: string[]) => crashingSchemaCli(argv, root);

describe("the schema check's internal error leaves every schema/… count unmeasured for the file", () => {
  it("the record holds both schema counts (the premise)", async () => {
    expect(recordOf(await recordedFolder())["bad.json"]).toMatchObject({ schema: { count: 1 }, "schema/quantity": { count: 1 } });
  });

  it("a plain run reports the internal error, and no unreached count", async () => {
    const run = await lintCrashing(await recordedFolder(), "-f", "json", "--rule", "schema/quantity:error", "bad.json");
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string; messageId: string }[] }[])[0]!.messages;
    expect(messages.filter((m) => m.ruleId === "schema" || m.ruleId === "suppressions").map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(["schema/internalError"]);
    expect(run.code).toBe(2);
  });

  it("--prune-suppressions keeps the schema/… counts", async () => {
    const root = await recordedFolder();
    const before = recordOf(root);
    const run = await lintCrashing(root, "--rule", "schema/quantity:error", "--prune-suppressions", "bad.json");
    expect(run.code).toBe(2);
    expect(recordOf(root)["bad.json"]).toMatchObject({ schema: before["bad.json"]!["schema"], "schema/quantity": before["bad.json"]!["schema/quantity"] });
  });
});
