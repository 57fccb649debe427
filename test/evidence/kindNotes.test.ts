import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { inferredOnImport, readOnImport } from "../../src/domain/importReading.js";
import { validate } from "../../src/builtIn/linter.js";
import { importOrder } from "../support/payloads.js";

const docs = (path: string) => readFileSync(new URL(`../../docs/${path}`, import.meta.url), "utf8");

/**
 * The rules that check an import and need no note there, each with the reason: their passage
 * is the import document's own, or it is no Create Order passage at all.
 */
const noNoteNeeded: Readonly<Record<string, string>> = {
  "create-order-only": "its passage is the import document's, and its findings carry their own reason",
  "custom-data-hash": "the custom data APIs' limits, read for both order kinds alike; its messages say so",
  "custom-data-value-type": "the custom data APIs' values, read for both order kinds alike; its messages say so",
  "unknown-property": "reads each kind's own schema",
  "duplicate-key": "RFC 8259, every kind",
  "unsafe-integer": "RFC 8259, every kind",
  "no-operation-subtype-unlisted":
    "its unlisted subtype's finding rests on Create Order's table and carries the note itself on an import; its missing subtype's rests on no document's word, and says so",
  schema: "each constraint carries its own passage and document; docs/rules/schema.md says which readings carry over",
};

/** The schema's rules (schema and schema/<name>) are one reason: their constraints name their own documents. */
const exempt = (rule: (typeof rules)[number]) => Object.hasOwn(noNoteNeeded, rule.meta.id) || rule.meta.structural === true;

const checksImports = rules.filter((rule) => rule.meta.kinds?.includes("importOrder"));
const namesImport = (rule: (typeof rules)[number]) => rule.meta.source.document.includes("Historic Order Import");

describe("a rule that reads Create Order's passage on an import says so (SPEC §3)", () => {
  it("is every rule that checks imports, unless the import document gives its passage or it is no Create Order passage", () => {
    const needing = checksImports.filter((rule) => !namesImport(rule) && !exempt(rule));
    expect(needing.length).toBeGreaterThan(0);
    // A rule whose finding says the Create Order document does not state it (an inference from its words) says "our reading" of it, not "said by" it.
    for (const rule of needing) expect(rule.meta.kindNotes?.importOrder, rule.meta.id).toBe(rule.meta.kindNotes?.importOrder === inferredOnImport && rule.meta.evidence === "inferred" ? inferredOnImport : readOnImport);
    for (const rule of rules.filter(namesImport)) expect(rule.meta.kindNotes?.importOrder, `${rule.meta.id} quotes the import document itself`).toBeUndefined();
  });

  it("notes only kinds the rule checks", () => {
    for (const rule of rules) {
      for (const kind of Object.keys(rule.meta.kindNotes ?? {})) expect(rule.meta.kinds, `${rule.meta.id} notes ${kind}`).toContain(kind);
    }
  });

  it("says how in the rule's docs page, and in the page on imports", () => {
    const page = docs("historic-order-import.md");
    for (const rule of rules.filter((r) => r.meta.kindNotes?.importOrder)) {
      const own = docs(`rules/${rule.meta.id}.md`);
      expect(own, rule.meta.id).toMatch(/\n## On a Historic Order Import\n/);
      expect(own, rule.meta.id).toContain("(../historic-order-import.md)");
      expect(page, rule.meta.id).toContain(`(rules/${rule.meta.id}.md)`);
    }
  });

  it("ends the finding on an import, and only there, with the note; the severity is the rule's", () => {
    // The import example's NO payment with maxAmount -1, which max-amount-null-preferred asks to be null.
    const findings = (kind: "createOrder" | "importOrder", value: unknown) =>
      validate(kind, value).diagnostics.filter((d) => d.ruleId === "max-amount-null-preferred").map((d) => [d.severity, d.message.endsWith(readOnImport), d.message.includes("import document")]);
    expect(findings("importOrder", importOrder())).toEqual([["warning", true, true]]);
    expect(findings("createOrder", { ...importOrder(), orderStatus: undefined })).toEqual([["warning", false, false]]);
  });

  it("makes every such finding on an import inferred, whatever the Create Order document's word (SPEC §3: another API's statement carried over)", () => {
    const noted = rules.filter((rule) => rule.meta.kindNotes?.importOrder);
    expect(noted.some((rule) => rule.meta.evidence !== "inferred")).toBe(true);
    // max-amount-null-preferred and currency-locale (en-CA) are advised by Create Order.
    const order = importOrder();
    const onImport = validate("importOrder", { ...order, currencyLocale: "en-CA" }).diagnostics.filter((d) => noted.some((rule) => rule.meta.id === d.ruleId));
    expect(onImport.map((d) => d.ruleId).sort()).toEqual(["currency-locale", "max-amount-null-preferred"]);
    for (const finding of onImport) expect([finding.ruleId, finding.evidence]).toEqual([finding.ruleId, "inferred"]);
    const onCreate = validate("createOrder", { ...order, orderStatus: undefined, currencyLocale: "en_CA" }).diagnostics.filter((d) => noted.some((rule) => rule.meta.id === d.ruleId));
    for (const finding of onCreate) expect([finding.ruleId, finding.evidence]).toEqual([finding.ruleId, noted.find((rule) => rule.meta.id === finding.ruleId)!.meta.evidence]);
    expect(onCreate.map((d) => d.evidence)).toContain("advised");
  });
});
