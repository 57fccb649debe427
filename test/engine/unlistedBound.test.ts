import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import type { Diagnostic } from "../../src/engine/diagnostic.js";
import { createLinter } from "../../src/lint/linter.js";
import { maxProblemsPerRule, maxUnlistedPerRule, runRules } from "../../src/engine/ruleEngine.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { missingFieldAt } from "../../src/lint/missingFinding.js";
import { defineRule } from "../../src/engine/rule.js";

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

/**
 * A rule at "error" with no yieldsTo keeps, past its 1,000, only the findings that name a missing
 * field (RunOptions.lacksField): the rest go unseen. Its note that more are not listed must not give
 * way because each finding it kept does, or an error past them (a line's own, alone) went missing.
 */
describe("the note of a rule that keeps only its missing fields' findings past its 1,000", () => {
  const lineRule = defineRule({
    meta: {
      id: "test-line-field",
      description: "Each order line's giftNote is required (a test rule); a line marked `bad` is wrong (no missing field).",
      defaultSeverity: "error",
      evidence: "stated",
      kinds: ["createOrder"],
      source: { document: "test", passage: "test" },
      messages: { missing: "orderItems {{index}} has no giftNote", bad: "orderItems {{index}} is bad" },
    },
    visit: {
      item(located, { report }) {
        if (located.item.bad === true) report({ path: `${located.path}/product`, messageId: "bad", data: { index: located.index } });
        else report({ path: `${located.path}/giftNote`, messageId: "missing", data: { index: located.index } });
      },
    },
  });
  const lineOutweighs = defineRule({
    meta: {
      id: "test-line-outweighs",
      description: "Each order line is noted (a test rule); the note outweighs a missing giftNote beneath it.",
      defaultSeverity: "warning",
      evidence: "inferred",
      kinds: ["createOrder"],
      source: { document: "test", passage: "test" },
      messages: { noted: "orderItems {{index}} noted" },
      // Asked of every other finding by each of its 1,003 (oneCause.ts): the path under own.path compared in place, not
      // through a string built for each of the million pairs.
      outweighs: (own, other) => other.messageId === "missing" && other.path.charCodeAt(own.path.length) === 47 && other.path.startsWith(own.path),
    },
    visit: {
      item(located, { report }) {
        report({ path: located.path, messageId: "noted", data: { index: located.index } });
      },
    },
  });
  const linter = createLinter({ rules: [lineRule, lineOutweighs] });
  const cases: { name: string; bad: number }[] = [
    { name: "line 1,001 bad, before the last kept finding", bad: maxProblemsPerRule + 1 },
    { name: "the last line bad, after every kept finding", bad: maxProblemsPerRule + 2 },
  ];
  for (const { name, bad } of cases) {
    it(`${name}: its finding, unkept, stands; invalid, the rule's note an error for it`, () => {
      // The bad line alone is invalid: its finding is an error nothing outweighs; a line without its giftNote alone is valid.
      expect(linter.validate("createOrder", orderWithItems([{ ...orderItem(), bad: true }])).valid).toBe(false);
      expect(linter.validate("createOrder", orderWithItems([orderItem()])).valid).toBe(true);
      const lines = Array.from({ length: maxProblemsPerRule + 3 }, (_, i) => (i === bad ? { ...orderItem(), bad: true } : orderItem()));
      const result = linter.validate("createOrder", orderWithItems(lines));
      expect(result.valid).toBe(false);
      expect(result.diagnostics.filter((d) => d.ruleId === "test-line-field" && d.severity === "error").map(({ messageId, path }) => ({ messageId, path }))).toEqual([{ messageId: "tooMany", path: "" }]);
    });
  }
});
