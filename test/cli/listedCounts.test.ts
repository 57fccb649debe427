import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { maxProblemsPerRule } from "../../src/engine/ruleEngine.js";
import { repoRoot, runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

// Found by the audit of the counted notes (45e0686a): a rule's note that more problems are not
// listed counted as the problems its rule reported past its 1,000, before the give-way step, so
// 3,000 lines with `partnumber` for `partNumber` said "3001 problems (…; 2000 of them counted, not
// listed)" by default and "1001 problems" with unknown-property at "error" or off, none of its
// findings standing: `--max-warnings 1500` failed one run and passed the other on the same payload.
// The totals count what the report lists, each note as one (--help, README), whatever the level of
// a rule whose findings all give way.

type Item = { product: Record<string, unknown>; itemSpecifics: Record<string, unknown> } & Record<string, unknown>;
const clean = JSON.parse(readFileSync(`${repoRoot}test/fixtures/cli/payloads/orders/createOrder-clean.json`, "utf8")) as { orderItems: Item[] };

/** The clean order with its first line repeated `lines` times, each changed by `change`. */
function orderOf(lines: number, change: (item: Item) => void): unknown {
  return { ...clean, orderItems: Array.from({ length: lines }, () => { const item = structuredClone(clean.orderItems[0]!); change(item); return item; }) };
}

/** `partnumber` for `partNumber`: unknown-property's finding gives way to the missing field's warning at that key. */
const misspelt = (item: Item) => { item.product.partnumber = item.product.partNumber; delete item.product.partNumber; };
const lines = maxProblemsPerRule + 100;
const folder = scratchFolders("listed-counts");

describe("totals count what the report lists, the same whatever the level of a rule whose findings all give way", () => {
  const order = orderOf(lines, misspelt);
  // The schema lists 1,000 missing partNumbers, then its list's note: 1,001 warnings, none of unknown-property's standing.
  const listed = maxProblemsPerRule + 1;

  it.each(["off", "warn", "error"] as const)("validate(), unknown-property at %s: the schema's 1,001 warnings, no unknown-property finding or note", (level) => {
    const result = validate("createOrder", order, { rules: { "unknown-property": level } });
    expect(result.diagnostics.filter((d) => d.ruleId === "unknown-property")).toEqual([]);
    expect({ errorCount: result.errorCount, warningCount: result.warningCount }).toEqual({ errorCount: 0, warningCount: listed });
    expect(result.warningCount).toBe(result.diagnostics.length);
  });

  it.each(["off", "warn", "error"] as const)("the CLI, unknown-property at %s: --max-warnings decides on the listed warnings", async (level) => {
    const dir = folder({ "big.json": JSON.stringify(order, null, 2) });
    const rule = ["--no-config", "--rule", `unknown-property:${level}`];
    const atMost = await runCli([...rule, "--max-warnings", String(listed), "big.json"], { cwd: dir });
    expect(atMost.code).toBe(0);
    expect(atMost.stdout).toContain(`✖ ${listed} problems (0 errors, ${listed} warnings)`);
    expect((await runCli([...rule, "--max-warnings", String(listed - 1), "big.json"], { cwd: dir })).code).toBe(1);
  });
});

describe("a note stands for problems left out, and counts as one", () => {
  it("1,100 unknown keys: 1,000 listed and the rule's note, 1,001 warnings; the note carries no count of its own", async () => {
    const result = validate("createOrder", orderOf(lines, (item) => { item.bogs = 1; }));
    const notes = result.diagnostics.filter((d) => d.messageId === "tooMany");
    expect(notes).toEqual([expect.objectContaining({ ruleId: "unknown-property", severity: "warning", path: "" })]);
    expect(notes[0]).not.toHaveProperty("unlisted");
    expect(result.warningCount).toBe(maxProblemsPerRule + 1);
    const dir = folder({ "big.json": JSON.stringify(orderOf(lines, (item) => { item.bogs = 1; }), null, 2) });
    expect((await runCli(["--no-config", "--max-warnings", String(maxProblemsPerRule + 1), "big.json"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["--no-config", "--max-warnings", String(maxProblemsPerRule), "big.json"], { cwd: dir })).code).toBe(1);
  });

  it("600 lines with a quantity of 0.5: the schema lists 500, then its list's note, 501 warnings", async () => {
    const order = orderOf(600, (item) => { item.itemSpecifics.quantity = 0.5; item.itemSpecifics.itemTaxOverride = 0; });
    const result = validate("createOrder", order);
    expect(result.diagnostics.filter((d) => d.messageId === "errorLimit")).toEqual([expect.objectContaining({ ruleId: "schema", severity: "warning", path: "/orderItems/500" })]);
    expect({ errorCount: result.errorCount, warningCount: result.warningCount }).toEqual({ errorCount: 0, warningCount: 501 });
    // Its count past here is of the schema's constraints broken (a quantity of 0.5 breaks two: 200 for 100 lines), not of findings, and no total takes it.
    const note = result.diagnostics.find((d) => d.messageId === "errorLimit")!;
    expect(note.message).not.toContain("200 other problems");
    expect(note.message).toContain("200 more breaches of the schema's constraints past here, none an error, were counted, not listed nor taken into the totals (one finding may stand for several)");
    const dir = folder({ "big.json": JSON.stringify(order, null, 2) });
    expect((await runCli(["--no-config", "--max-warnings", "501", "big.json"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["--no-config", "--max-warnings", "500", "big.json"], { cwd: dir })).code).toBe(1);
  });
});
