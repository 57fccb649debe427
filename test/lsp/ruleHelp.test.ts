import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { helpMarkdown, ruleHelp } from "../../src/lsp/ruleHelp.js";

/** The hover's evidence line for a finding of the rule, with the rule's own evidence. */
const evidenceLine = (ruleId: string) => {
  const help = ruleHelp(ruleId)!;
  return helpMarkdown("a finding", help.evidence, help, ruleId).split("\n").find((line) => line.startsWith("Evidence:"));
};

describe("the hover's evidence credits only the source it quotes", () => {
  it("a rule the vendor's documents state: they say the OMS refuses or requires it", () => {
    expect(evidenceLine("tax-rate-cap")).toBe("Evidence: **stated** (the documents say the OMS refuses or requires it)");
  });

  it("duplicate-key and unsafe-integer rest on RFC 8259, not on the vendor's documents: our reading", () => {
    for (const id of ["duplicate-key", "unsafe-integer"]) {
      expect(evidenceLine(id), id).toBe("Evidence: **inferred** (our reading, not the documents' words)");
    }
  });

  it("a file that is not JSON, or not a payload, is oms-lint's own verdict: no vendor document is credited with it", () => {
    for (const text of ['{"manufacturerID": 01010}', '{"a": {"b": 1}}']) {
      const [finding] = lintText(text).messages;
      const hover = helpMarkdown(finding!.message, finding!.evidence, ruleHelp(finding!.ruleId), finding!.ruleId);
      expect(hover, text).not.toContain("the documents say");
      expect(hover, text).toContain(`Evidence: **${finding!.evidence}** (oms-lint's own verdict, which quotes no vendor document)`);
    }
  });

  it("an inferred rule is our reading", () => {
    expect(evidenceLine("create-order-fields")).toBe("Evidence: **inferred** (our reading, not the documents' words)");
  });
});
