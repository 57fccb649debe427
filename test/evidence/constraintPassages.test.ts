import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evidenceRows } from "../../codegen/evidence.js";
import { constraintPassages } from "../../codegen/constraintPassages.js";
import { constraintPassageTable } from "../../src/generated/constraintPassages.js";

/** The five vendor documents, copied from shared/seeds/ (CI has no shared folder; see its README). */
const seedDir = new URL("../fixtures/seeds/", import.meta.url);
const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const seeds = readdirSync(seedDir)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => collapse(readFileSync(new URL(file, seedDir), "utf8")));

// SPEC §3: an error needs the documents' word; the rule "schema" holds every stated
// constraint, and its one passage says nothing of any single limit. Each stated constraint
// quotes the sentence behind it (x-oms-passage, codegen/constraintPassages.ts).
describe("the passage of each schema constraint", () => {
  const rows = evidenceRows().filter((row) => !row.constraint.startsWith("rules/"));

  it("is the constraint's own for every constraint the documents state (rule schema)", () => {
    expect(seeds).toHaveLength(5);
    const stated = rows.filter((row) => row.ruleId === "schema");
    expect(stated.length).toBeGreaterThan(100);
    expect(stated.filter((row) => !row.ownPassage).map((row) => row.constraint)).toEqual([]);
  });

  it("stands verbatim in the documents (whitespace collapsed)", () => {
    const missing = rows.filter((row) => row.ownPassage && !seeds.some((seed) => seed.includes(collapse(row.passage))));
    expect(missing.map((row) => `${row.constraint}: ${row.passage}`)).toEqual([]);
  });

  it("is what a finding's hover and SARIF result quote: the generated table holds these passages, no other", () => {
    const own = rows.filter((row) => row.ownPassage).map((row) => [row.constraint, { document: row.document, passage: row.passage }]);
    expect(Object.fromEntries(constraintPassageTable())).toEqual(Object.fromEntries(own));
  });

  it("names a document for every passage", () => {
    for (const row of rows.filter((r) => r.ownPassage)) expect(row.document.length, row.constraint).toBeGreaterThan(0);
  });
});

describe("x-oms-passage", () => {
  const table = (schema: Record<string, unknown>) => constraintPassages(new Map([["t.json", schema]]));

  it("covers the subschema's constraints and its combined subschemas, not its properties", () => {
    expect(
      table({
        type: "object",
        required: ["a"],
        anyOf: [{ minProperties: 1 }],
        properties: { a: { type: "string" } },
        "x-oms-passage": "a string The a.",
        "x-oms-document": "Doc",
      }),
    ).toEqual({
      "t.json#/type": { document: "Doc", passage: "a string The a." },
      "t.json#/required": { document: "Doc", passage: "a string The a." },
      "t.json#/anyOf": { document: "Doc", passage: "a string The a." },
      "t.json#/anyOf/0/minProperties": { document: "Doc", passage: "a string The a." },
    });
  });

  it("can quote per keyword, and refuses a keyword the subschema does not check or a passage without its document", () => {
    expect(table({ type: "string", maxLength: 3, "x-oms-passage": { maxLength: "at most 3" }, "x-oms-document": "Doc" })).toEqual({
      "t.json#/maxLength": { document: "Doc", passage: "at most 3" },
    });
    expect(() => table({ type: "string", "x-oms-passage": { maxLength: "at most 3" }, "x-oms-document": "Doc" })).toThrow(/maxLength/);
    expect(() => table({ type: "string", "x-oms-passage": "a string" })).toThrow(/go together/);
  });
});
