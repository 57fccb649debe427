import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertValid, OmsValidationError } from "../../src/index.js";
import { maxProblemsPerRule } from "../../src/engine/ruleEngine.js";
import { repoRoot } from "../support/cli.js";

// Found by the audit of the counted notes: 1,500 tax-cap errors made an OmsValidationError saying
// "(1500 problems)", 5 lines, then "… and 996 more": the header counted what the rule's note left
// out, the tail the entries. Both count the entries now (the note as one), and the note is shown.

type Item = { itemSpecifics: Record<string, unknown> };
const clean = JSON.parse(readFileSync(`${repoRoot}test/fixtures/cli/payloads/orders/createOrder-clean.json`, "utf8")) as { orderItems: Item[] };

function thrown(body: unknown): OmsValidationError {
  try {
    assertValid("createOrder", body);
  } catch (error) {
    return error as OmsValidationError;
  }
  throw new Error("assertValid passed");
}

describe("OmsValidationError: its header and its tail count alike", () => {
  it("1,500 lines over the tax cap: 1,001 problems (1,000 listed and the rule's note), 5 shown and 996 more, the note among those shown", () => {
    const body = { ...clean, orderItems: Array.from({ length: 1500 }, () => { const item = structuredClone(clean.orderItems[0]!); item.itemSpecifics.itemTaxOverride = 100; return item; }) };
    const error = thrown(body);
    const header = /\((\d+) problems\):/.exec(error.message)?.[1];
    const shown = error.message.split("\n").filter((line) => /^ {2}(\/|\(whole\))/.test(line)).length;
    const more = /… and (\d+) more/.exec(error.message)?.[1];
    expect(Number(header)).toBe(error.diagnostics.length);
    expect(Number(header)).toBe(maxProblemsPerRule + 1);
    expect(shown + Number(more)).toBe(Number(header));
    expect(shown).toBe(5);
    expect(error.message).toContain("\n  (whole): more problems of this rule are not listed");
    expect(error.message).toMatch(/\n {2}… and 996 more$/);
  });
});
