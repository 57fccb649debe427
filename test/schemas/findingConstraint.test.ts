import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { evidenceRows } from "../../codegen/evidence.js";
import { isKind } from "../../src/kinds/kinds.js";
import { validate } from "../../src/index.js";
import { schemaDiagnostics } from "../../src/lint/schemaDiagnostics.js";
import { pointers, withValueAt } from "../support/mutate.js";

const examplesDir = new URL("../../examples/", import.meta.url);
const structural = new Set(rules.filter((rule) => rule.meta.structural).map((rule) => rule.meta.id));
const constraints = new Set(evidenceRows().map((row) => row.constraint));


/** Wrong values of every JSON type, a long string, and the property removed. */
const replacements: readonly unknown[] = [-1, 1.5, "", "x".repeat(20_000), null, true, {}, [], undefined];

// A finding shows the passage of the constraint that raised it (the hover, SARIF): each must
// know it. codegen/errorSites.ts marks every error site; this breaks every place of the
// documents' examples in every way and looks at each structural finding.
describe("a structural finding's constraint", () => {
  it("is carried by every structural finding, and is a constraint of schemas/ (docs/evidence.md's rows)", () => {
    const raised = new Set<string>();
    const lacking: string[] = [];
    for (const file of readdirSync(examplesDir).filter((name) => name.endsWith(".json"))) {
      const kind = file.replace(/(-.*)?\.json$/, "");
      if (!isKind(kind)) throw new Error(`examples/${file}: no kind ${kind}`);
      const example = JSON.parse(readFileSync(new URL(file, examplesDir), "utf8")) as unknown;
      for (const path of pointers(example)) {
        for (const replacement of replacements) {
          if (path === "" && replacement === undefined) continue;
          for (const d of validate(kind, withValueAt(example, path, replacement)).diagnostics) {
            if (!structural.has(d.ruleId)) continue;
            // One finding for fields that two constraints require (an import's orderStatus beside Create Order's list; a
            // Create Order product's availability beside the shared product's partNumber and name): no one passage is theirs.
            if (d.constraint === undefined && d.messageId === "required" && /lacks \d+ (required )?fields/.test(d.message)) continue;
            if (d.constraint === undefined || !constraints.has(d.constraint)) lacking.push(`${file} ${path}=${JSON.stringify(replacement)?.slice(0, 20)}: ${d.ruleId} ${d.constraint}`);
            else raised.add(d.constraint);
          }
        }
      }
    }
    expect(lacking).toEqual([]);
    expect(raised.size).toBeGreaterThan(60);
  });

  it("of an object's missing fields found as one is theirs, unless two constraints require them", () => {
    const missing = (property: string, constraint: string) => ({ keyword: "required", instancePath: "", constraint, message: `lacks ${property}`, params: { missingProperty: property } });
    const one = schemaDiagnostics([missing("a", "t.json#/required"), missing("b", "t.json#/required")], undefined, { value: {} });
    expect(one).toMatchObject([{ path: "", constraint: "t.json#/required" }]);
    const two = schemaDiagnostics([missing("a", "t.json#/required"), missing("b", "t.json#/then/required")], undefined, { value: {} });
    expect(two).toHaveLength(1);
    expect(two[0]).not.toHaveProperty("constraint");
  });
});
