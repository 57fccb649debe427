import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/cli.js";

// Found by the audit of the service surface: a rule's internal error was always an error, so a
// crash in customer-ip-range (a warning rule) answered a valid order 400 and left a pre-submit
// checked order unsent. A rule's crash now takes its level: a warning rule's passes, an error rule's fails.
const script = fileURLToPath(new URL("../support/crashingRuleService.mjs", import.meta.url));

describe("a warning rule that throws, on the service surface", () => {
  it("Hono answers 200; withPreSubmitCheck sends the order; set to error, the check refuses it unsent", () => {
    const run = spawnSync(process.execPath, [script], { cwd: repoRoot, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({
      hono: { status: 200 },
      preSubmitDefault: { status: 200, sent: 1 },
      preSubmitError: { refused: [{ ruleId: "customer-ip-range", messageId: "internalError", severity: "error" }], sent: 0 },
    });
  });
});
