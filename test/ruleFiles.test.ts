import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";

const root = new URL("../", import.meta.url);
const ruleModules = readdirSync(new URL("rules/", root)).filter((f) => f.endsWith(".ts") && f !== "index.ts");

// ESLint's checkRuleFiles: a rule is not done until it has its docs page and its test table.
describe("every rule", () => {
  it("has one module per rule, each registered and named as its id", () => {
    expect(rules.length).toBe(ruleModules.length);
    expect(rules.map((r) => `${r.meta.id}.ts`).sort()).toEqual([...ruleModules].sort());
    expect(new Set(rules.map((r) => r.meta.id)).size).toBe(rules.length);
  });
  for (const rule of rules) {
    describe(rule.meta.id, () => {
      it("has a docs page", () => expect(existsSync(new URL(`docs/rules/${rule.meta.id}.md`, root))).toBe(true));
      it("has a test table", () => expect(existsSync(new URL(`test/rules/${rule.meta.id}.test.ts`, root))).toBe(true));
      it("quotes the document it encodes", () => {
        expect(rule.meta.source.document.length).toBeGreaterThan(0);
        expect(rule.meta.source.passage.length).toBeGreaterThan(20);
      });
      it("names every placeholder it uses in its messages", () => {
        for (const template of Object.values(rule.meta.messages)) expect(template).not.toMatch(/\{\{\s*\}\}/);
      });
    });
  }
});
