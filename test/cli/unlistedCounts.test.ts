import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OmsValidationError, validate } from "../../src/index.js";
import { maxProblemsPerRule } from "../../src/engine/ruleEngine.js";
import { repoRoot, runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

// Found by the audit of the CI formats: 10,000 order lines each with an unknown key "bogs" said
// "1001 problems (0 errors, 1001 warnings)", and `--max-warnings 9999` passed, though 10,000
// warnings were found (ESLint counts every warning; --help says "exit 1 when there are more
// than n warnings"). The rule's note that more are not listed was counted as one warning.

const lines = 1500;
const example = JSON.parse(readFileSync(`${repoRoot}examples/createOrder.json`, "utf8")) as { orderItems: Record<string, unknown>[] };
const order = { ...example, orderItems: Array.from({ length: lines }, () => ({ ...example.orderItems[0], bogs: 1 })) };
const folder = scratchFolders("unlisted-counts");

describe("a rule past its 1,000 listed problems: the note carries how many it left out, and every count is the true one", () => {
  it("validate(): warningCount counts every problem found; the note says how many it stands for", () => {
    const result = validate("createOrder", order);
    const unknown = result.diagnostics.filter((d) => d.ruleId === "unknown-property");
    expect(unknown).toHaveLength(maxProblemsPerRule + 1);
    expect(unknown.filter((d) => d.messageId === "tooMany")).toEqual([expect.objectContaining({ path: "", severity: "warning", unlisted: lines - maxProblemsPerRule })]);
    expect(result.warningCount).toBe(lines);
    expect(result.errorCount).toBe(0);
    // A pre-submit check's error counts them alike.
    expect(new OmsValidationError("createOrder", result.diagnostics).message).toMatch(/^createOrder failed the oms-lint check \(1500 problems\):/);
  });

  it("the CLI's summary line counts every warning and says how many are not listed; --max-warnings reads the same count", async () => {
    const dir = folder({ "big.json": JSON.stringify(order, null, 2) });
    const plain = await runCli(["big.json"], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`✖ ${lines} problems (0 errors, ${lines} warnings; ${lines - maxProblemsPerRule} of them counted, not listed)`);
    const over = await runCli(["--max-warnings", String(lines - 1), "big.json"], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`oms-lint found too many warnings (${lines}; maximum: ${lines - 1})`);
    expect((await runCli(["--max-warnings", String(lines), "big.json"], { cwd: dir })).code).toBe(0);
  });

  it("-f json: the file's counts are the true ones, and the note carries `unlisted`", async () => {
    const dir = folder({ "big.json": JSON.stringify(order, null, 2) });
    const [result] = JSON.parse((await runCli(["-f", "json", "big.json"], { cwd: dir })).stdout) as { warningCount: number; messages: { messageId: string; unlisted?: number }[] }[];
    expect(result!.warningCount).toBe(lines);
    expect(result!.messages).toHaveLength(maxProblemsPerRule + 1);
    expect(result!.messages.find((m) => m.messageId === "tooMany")?.unlisted).toBe(lines - maxProblemsPerRule);
  });
});
