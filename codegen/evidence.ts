import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rules } from "../rules/index.js";
import type { Rule } from "../src/engine/rule.js";
import { escapeSegment } from "../src/json/jsonPointer.js";
import { loadSchemas, type JsonSchema } from "./schemaSet.js";
import { checks, schemaRuleTable } from "./schemaRules.js";
import { constraintPassages } from "./constraintPassages.js";

const root = fileURLToPath(new URL("../", import.meta.url));

/** One row of docs/evidence.md: a check, what it rests on and how sure we are. */
export interface EvidenceRow {
  readonly constraint: string;
  readonly ruleId: string;
  readonly evidence: string;
  readonly severity: string;
  readonly document: string;
  readonly passage: string;
  /** Whether the passage is the constraint's own (x-oms-passage), not its rule's. */
  readonly ownPassage: boolean;
  /** The kinds on which a rule's findings are inferred, its evidence elsewhere being higher (meta.kindNotes). */
  readonly inferredOn?: readonly string[];
  readonly test: string;
}

/** Keywords whose value maps names to subschemas. */
const nameMaps = new Set(["properties", "definitions", "patternProperties", "dependencies"]);

/** Annotations beside a constraint: nothing below them is a constraint. */
const annotationKeys = new Set(["x-oms-rules", "x-oms-rule", "x-oms-evidence", "x-oms-passage", "x-oms-document", "errorMessage"]);

/** Every test file's text, read once: the column "test" names the files that exercise a check. */
function testTexts(): ReadonlyMap<string, string> {
  const texts = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(root + folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${folder}${entry.name}/`);
      else if (entry.name.endsWith(".test.ts")) texts.set(folder + entry.name, readFileSync(root + folder + entry.name, "utf8"));
    }
  };
  walk("test/");
  return texts;
}

/** The test table of a rule module, else the tests that name the rule id. */
function testsOfRule(id: string, texts: ReadonlyMap<string, string>): string {
  const table = `test/rules/${id}.test.ts`;
  if (existsSync(root + table)) return table;
  return [...texts].filter(([, text]) => text.includes(`"${id}`)).map(([file]) => file).sort().join(", ");
}

/** The schema tests that name the property a constraint stands on (its nearest property name). */
function testsOfConstraint(place: string, keyword: string, texts: ReadonlyMap<string, string>): string {
  const segments = place.split("#")[1]!.split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const at = segments.lastIndexOf("properties");
  const name = keyword === "required" ? undefined : at >= 0 ? segments[at + 1] : undefined;
  const needles = name ? [name] : [];
  const found = [...texts].filter(([file, text]) => (file.startsWith("test/schemas/") || file.startsWith("test/evidence/") || file === "test/examples.test.ts") && (needles.length === 0 || needles.some((n) => text.includes(n))));
  return found.map(([file]) => file).sort().join(", ");
}

/** Every constraint of the schemas (the checking keywords), with the rule it belongs to. */
export function evidenceRows(): EvidenceRow[] {
  const schemas = loadSchemas();
  const { constraints } = schemaRuleTable(schemas);
  const passages = constraintPassages(schemas);
  const byId = new Map<string, Rule>((rules as readonly Rule[]).map((rule) => [rule.meta.id, rule]));
  const texts = testTexts();
  const rows: EvidenceRow[] = [];
  // Under `properties` (and the like) keys are names: a property called "type" is no constraint.
  const visit = (node: unknown, place: string, names = false): void => {
    if (typeof node !== "object" || node === null) return;
    if (!Array.isArray(node) && !names) {
      for (const keyword of Object.keys(node)) {
        if (!checks(node, keyword) || keyword === "anyOf" && place.endsWith("#")) continue;
        const named = constraints[`${place}/${keyword}`];
        const rule = byId.get(named?.rule ?? "schema");
        // The constraint's own passage (x-oms-passage), else its rule's.
        const own = passages[`${place}/${keyword}`];
        rows.push({
          constraint: `${place}/${keyword}`,
          ruleId: named?.rule ?? "schema",
          evidence: named?.evidence ?? rule?.meta.evidence ?? "",
          severity: rule?.meta.defaultSeverity ?? "",
          document: own?.document ?? rule?.meta.source.document ?? "",
          passage: own?.passage ?? rule?.meta.source.passage ?? "",
          ownPassage: own !== undefined,
          test: testsOfConstraint(place, keyword, texts),
        });
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (names || !annotationKeys.has(key)) visit(child, `${place}/${escapeSegment(key)}`, !names && !Array.isArray(node) && nameMaps.has(key));
    }
  };
  for (const [file, schema] of schemas) visit(schema as JsonSchema, `${file}#`);
  for (const rule of rules as readonly Rule[]) {
    if (rule.meta.structural) continue;
    rows.push({
      constraint: `rules/${rule.meta.id}.ts`,
      ruleId: rule.meta.id,
      evidence: rule.meta.evidence,
      ...(rule.meta.evidence === "inferred" || !rule.meta.kindNotes ? {} : { inferredOn: Object.keys(rule.meta.kindNotes) }),
      severity: rule.meta.defaultSeverity,
      document: rule.meta.source.document,
      passage: rule.meta.source.passage,
      ownPassage: true,
      test: testsOfRule(rule.meta.id, texts),
    });
  }
  return rows;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}

/** docs/evidence.md: every check, its passage, evidence, default severity, rule and tests. */
export function generateEvidenceDoc(rows: readonly EvidenceRow[] = evidenceRows()): string {
  const lines = [
    "# Evidence: what each check rests on",
    "",
    "Generated by `npm run codegen` from `schemas/` and `rules/`: do not edit. A test fails when a",
    "check has no evidence or no passage, or when this page is out of date.",
    "",
    "Evidence (SPEC §3): **stated** — the documents say the OMS refuses or requires it (default",
    "error); **advised** — they recommend or warn (default warning); **inferred** — our reading: a",
    "type seen only in an example, another API's limit, a limit from outside the five documents",
    "(a warning at most, never an error). A schema constraint belongs to the rule `schema`",
    "(stated) unless it names its own rule with `x-oms-rule`; the passage is the constraint's own",
    "(`x-oms-passage`, verbatim from the documents), else its rule's.",
    "",
    "| check | rule | evidence | default | source | passage | tests |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const evidence = row.inferredOn ? `${row.evidence} (inferred on ${row.inferredOn.join(", ")})` : row.evidence;
    lines.push(`| \`${cell(row.constraint)}\` | ${cell(row.ruleId)} | ${evidence} | ${row.severity} | ${cell(row.document)} | ${cell(row.passage)} | ${cell(row.test)} |`);
  }
  return lines.join("\n") + "\n";
}
