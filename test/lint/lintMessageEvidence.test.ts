import { describe, expect, expectTypeOf, it } from "vitest";
import { lintText, type LintMessage } from "../../src/index.js";
import type { Evidence } from "../../src/engine/diagnostic.js";
import { createOrder } from "../support/payloads.js";

// Found by the audit of the counted notes: 8e808084 made LintMessage.evidence optional in the public type, for the CLI's
// suppressions findings alone, and a caller's `const e: Evidence = message.evidence` stopped compiling, though lintText
// and validate always set it. The library's type keeps it required (npm run typecheck fails otherwise).

describe("LintMessage.evidence: required in the library's type, and set on every message lintText gives", () => {
  it("its type is Evidence, not Evidence | undefined", () => {
    expectTypeOf<LintMessage["evidence"]>().toEqualTypeOf<Evidence>();
  });

  it("a payload with findings of several rules: each message carries its evidence", () => {
    const result = lintText(JSON.stringify(createOrder({ currency: "usd", bogus: 1, orderItems: "none" })), { kind: "createOrder" });
    expect(result.messages.length).toBeGreaterThan(1);
    for (const message of result.messages) expect(["stated", "advised", "inferred"]).toContain(message.evidence);
  });
});
