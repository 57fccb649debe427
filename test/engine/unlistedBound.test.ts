import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import type { Diagnostic } from "../../src/engine/diagnostic.js";
import { createLinter } from "../../src/lint/linter.js";
import { maxProblemsPerRule, maxUnlistedPerRule, runRules } from "../../src/engine/ruleEngine.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { missingFieldAt } from "../../src/lint/missingFinding.js";

/** Every built-in payload rule, without the schema check (Ajv reads the payload on its own). */
const payloadRules = createLinter({ rules: rules.filter((rule) => rule.meta.structural !== true && rule.meta.target !== "request") });

/**
 * A rule's findings past its 1,000 are kept, unlisted, for the give-way step (RunOptions.unlisted),
 * but no more than maxUnlistedPerRule: kept without a bound, 100,000 lines each with 40 unknown
 * keys took 59 s and 3.15 GB (found by the review of the counted give-way).
 */
describe("the findings a rule keeps past its 1,000, unlisted", () => {
  it("stop at maxUnlistedPerRule, however many more the payload draws", () => {
    const keysPerLine = 10;
    const lines = Math.ceil((maxProblemsPerRule + maxUnlistedPerRule) / keysPerLine) + 100;
    const unknownKeys = Object.fromEntries(Array.from({ length: keysPerLine }, (_, k) => [`notAField${k}`, 1]));
    const order = orderWithItems(Array.from({ length: lines }, () => ({ ...orderItem(), ...unknownKeys })));
    const unlisted: Diagnostic[] = [];
    const listed = runRules(payloadRules.ruleSet, new Map(), "createOrder", order, { unlisted });
    expect(listed.filter((d) => d.ruleId === "unknown-property" && d.messageId !== "tooMany")).toHaveLength(maxProblemsPerRule);
    expect(unlisted.filter((d) => d.ruleId === "unknown-property")).toHaveLength(maxUnlistedPerRule);
    // The note that more are not listed is still there: the step keeps it where it cannot see them all (src/lint/oneCause.ts).
    expect(listed).toContainEqual(expect.objectContaining({ ruleId: "unknown-property", messageId: "tooMany", path: "" }));
  });

  /** An order line without itemSpecifics (force-item-tax-override's noSpecifics, a missing field), or with a null itemTaxOverride (its `missing`, at a field the line holds). */
  const forcedLines = (length: number, line: () => ReturnType<typeof orderItem>) => orderWithItems(Array.from({ length }, line), { forceItemTaxOverride: true });
  const noSpecifics = () => {
    const line = orderItem();
    delete line.itemSpecifics;
    return line;
  };
  const lacksField = (order: unknown) => (path: string) => missingFieldAt(path, order) !== undefined;
  const keepCases: { name: string; line: () => ReturnType<typeof orderItem>; lines: number; lacksFieldGiven: boolean; kept: number }[] = [
    { name: "a missing field's, lacksField given: each past the 1,000 kept", line: noSpecifics, lines: maxProblemsPerRule + 5, lacksFieldGiven: true, kept: 5 },
    { name: "a missing field's, lacksField given: no more than maxUnlistedPerRule", line: noSpecifics, lines: maxProblemsPerRule + maxUnlistedPerRule + 50, lacksFieldGiven: true, kept: maxUnlistedPerRule },
    { name: "a missing field's, no lacksField: none kept", line: noSpecifics, lines: maxProblemsPerRule + 5, lacksFieldGiven: false, kept: 0 },
    { name: "a field the line holds (null): none kept", line: () => orderItem({ itemTaxOverride: null }), lines: maxProblemsPerRule + 5, lacksFieldGiven: true, kept: 0 },
  ];
  for (const { name, line, lines, lacksFieldGiven, kept } of keepCases) {
    it(`a rule at "error" that keeps none past its 1,000 (force-item-tax-override) keeps those that name a missing field: ${name}`, () => {
      const order = forcedLines(lines, line);
      const unlisted: Diagnostic[] = [];
      const listed = runRules(payloadRules.ruleSet, new Map(), "createOrder", order, { unlisted, ...(lacksFieldGiven ? { lacksField: lacksField(order) } : {}) });
      expect(listed.filter((d) => d.ruleId === "force-item-tax-override" && d.messageId !== "tooMany")).toHaveLength(maxProblemsPerRule);
      const own = unlisted.filter((d) => d.ruleId === "force-item-tax-override");
      expect(own).toHaveLength(kept);
      expect(own.every((d) => d.severity === "error" && d.path.endsWith("/itemSpecifics"))).toBe(true);
    });
  }
});
