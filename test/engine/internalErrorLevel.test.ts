import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/lint/linter.js";
import { rules } from "../../rules/index.js";
import { customerIpRange } from "../../rules/customer-ip-range.js";
import type { RulesConfig } from "../../src/engine/ruleConfig.js";
import { createOrder } from "../support/payloads.js";

// Found by the audit of the service surface: a rule that threw was always an error, so a crash in
// a rule set to warn turned a payload of warnings into valid: false (a 400, an unsent order), with
// evidence "advised" beside severity "error" (SPEC §3: advised → warning).
const flaky = { ...customerIpRange, meta: { ...customerIpRange.meta, id: "flaky-warning" }, visit: { payload: () => { throw new Error("oops"); } } };
const linter = createLinter({ rules: [...rules, flaky] });

describe("a rule's internal error takes the rule's configured level", () => {
  it.each<{ level: RulesConfig[string] | undefined; severity: "warning" | "error"; valid: boolean }>([
    // The rule's default (customer-ip-range's: a warning).
    { level: undefined, severity: "warning", valid: true },
    { level: "warn", severity: "warning", valid: true },
    // Set to error, its crash still fails the payload: nothing says the payload is fine.
    { level: "error", severity: "error", valid: false },
  ])("flaky-warning at $level: one $severity, valid $valid", ({ level, severity, valid }) => {
    const result = linter.validate("createOrder", createOrder(), level === undefined ? {} : { rules: { "flaky-warning": level } });
    expect(result.valid).toBe(valid);
    expect(result.diagnostics).toEqual([
      { ruleId: "flaky-warning", messageId: "internalError", severity, evidence: customerIpRange.meta.evidence, message: "internal error in rule flaky-warning (please report it): oops", path: "" },
    ]);
  });

  it("off, the rule is not run: no finding", () => {
    expect(linter.validate("createOrder", createOrder(), { rules: { "flaky-warning": "off" } }).diagnostics).toEqual([]);
  });
});
