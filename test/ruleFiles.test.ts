import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { schemaConstraintRules } from "../rules/schema.js";
import { constraintRules } from "../src/generated/schemaRules.js";

const root = new URL("../", import.meta.url);

/** Every module under rules/ (a folder is a namespace: rules/request/<name>.ts is request/<name>), index and none else apart. */
function ruleModules(folder = ""): string[] {
  return readdirSync(new URL(`rules/${folder}`, root), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return ruleModules(`${folder}${entry.name}/`);
    return entry.name.endsWith(".ts") && `${folder}${entry.name}` !== "index.ts" ? [`${folder}${entry.name}`] : [];
  });
}

/** The structural rules that single schema constraints name (x-oms-rule): defined in schemas/, not in a module. */
const fromSchemas = new Set(schemaConstraintRules.map((rule) => rule.meta.id));

// ESLint's checkRuleFiles: a rule is not done until it has its docs page and its test table.
describe("every rule", () => {
  it("has one module per rule, each registered and named as its id (a slash is a folder)", () => {
    const moduleRules = rules.filter((r) => !fromSchemas.has(r.meta.id));
    expect(moduleRules.map((r) => `${r.meta.id}.ts`).sort()).toEqual(ruleModules().sort());
    expect(new Set(rules.map((r) => r.meta.id)).size).toBe(rules.length);
  });
  it("includes the eighteen request rules under rules/request/", () => {
    expect(rules.filter((r) => r.meta.target === "request").map((r) => r.meta.id).sort()).toEqual(
      ruleModules().filter((f) => f.startsWith("request/")).map((f) => f.replace(/\.ts$/, "")).sort(),
    );
    expect(ruleModules().filter((f) => f.startsWith("request/"))).toHaveLength(18);
  });
  for (const rule of rules) {
    describe(rule.meta.id, () => {
      it("has a docs page", () => expect(existsSync(new URL(`docs/rules/${rule.meta.id}.md`, root))).toBe(true));
      if (!rule.meta.structural) {
        it("has a test table", () => expect(existsSync(new URL(`test/rules/${rule.meta.id}.test.ts`, root))).toBe(true));
      }
      it("says what it checks: kinds, or a request", () => {
        if (rule.meta.target === "request") {
          expect(rule.meta.kinds).toBeUndefined();
          expect(rule.checkRequest).toBeTypeOf("function");
        } else {
          expect(rule.meta.kinds?.length).toBeGreaterThan(0);
          expect(rule.check !== undefined || rule.visit !== undefined || rule.meta.structural === true).toBe(true);
        }
      });
      it("records its evidence, and an inferred one is never an error by default (SPEC §3)", () => {
        expect(["stated", "advised", "inferred"]).toContain(rule.meta.evidence);
        if (rule.meta.evidence === "inferred") expect(rule.meta.defaultSeverity).toBe("warning");
      });
      it("its docs page's header says the rule's default severity and evidence (how sure we are)", () => {
        const page = readFileSync(new URL(`docs/rules/${rule.meta.id}.md`, root), "utf8");
        const header = /^\*\*Default:\*\* (\w+) · \*\*Evidence:\*\* (\w+) · /m.exec(page);
        expect({ default: header?.[1], evidence: header?.[2] }).toEqual({ default: rule.meta.defaultSeverity, evidence: rule.meta.evidence });
      });
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

// A structural rule's page lists the constraints of schemas/ that name it (x-oms-rule): the page
// is where a user reads what the rule covers, so a constraint it leaves out raises findings its
// reader cannot place. Each is written `file.json#/pointer`, or `#/pointer` on a page that names
// `schemas/file.json` (a page whose constraints are all in one file).
describe("every structural rule's docs page", () => {
  const byRule = new Map<string, string[]>();
  for (const [site, { rule }] of Object.entries(constraintRules)) byRule.set(rule, [...(byRule.get(rule) ?? []), site]);
  for (const rule of schemaConstraintRules) {
    it(`${rule.meta.id} lists each constraint that names it`, () => {
      const page = readFileSync(new URL(`docs/rules/${rule.meta.id}.md`, root), "utf8");
      const unlisted = (byRule.get(rule.meta.id) ?? []).filter((site) => {
        const [file, pointer] = site.split("#") as [string, string];
        return !page.includes(`\`${site}\``) && !(page.includes(`\`schemas/${file}\``) && page.includes(`\`#${pointer}\``));
      });
      expect(unlisted).toEqual([]);
    });
  }
});
