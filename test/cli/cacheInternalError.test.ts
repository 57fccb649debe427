import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openCache } from "../../src/cli/lintCache.js";
import type { LintMessage } from "../../src/lint/lintResult.js";

// Found by the cache audit: a result holding a rule's internal error was cached and replayed,
// failing every run (exit 2) until the file or oms-lint changed, though the crash may have been
// a one-off. Such a result is not recorded: the next run lints the file again.

const root = mkdtempSync(join(tmpdir(), "oms-lint-cache-internal-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const finding = (messageId: string, message: string): LintMessage => ({ ruleId: "customer-ip-range", messageId, severity: 1, level: "warning", message, path: "/customerIP", line: 1, column: 1 }) as LintMessage;
const outcome = (filePath: string, messages: LintMessage[]) => ({
  result: { filePath, kind: "createOrder" as const, errorCount: 0, warningCount: messages.length, messages },
  cache: { hash: `hash of ${filePath}`, key: "key" },
});

describe("--cache and a rule's internal error", () => {
  it("records a file's findings, but not a result that holds an internal error", () => {
    const notes: string[] = [];
    const cache = openCache(join(root, ".oms-lint-cache"), root, "fingerprint", (note) => notes.push(note), []);
    cache.record(outcome(join(root, "clean.json"), []));
    cache.record(outcome(join(root, "found.json"), [finding("privateAddress", "customerIP 10.0.0.1 is a private address")]));
    cache.record(outcome(join(root, "crashed.json"), [finding("privateAddress", "before the crash"), finding("internalError", "internal error in rule customer-ip-range (please report it): boom")]));
    cache.save();
    const written = JSON.parse(readFileSync(join(root, ".oms-lint-cache"), "utf8")) as { files: Record<string, { messages: { message: string }[] }> };
    expect(Object.keys(written.files).sort()).toEqual([join(root, "clean.json"), join(root, "found.json")]);
    expect(written.files[join(root, "found.json")]!.messages.map((m) => m.message)).toEqual(["customerIP 10.0.0.1 is a private address"]);
    expect(notes).toEqual([]);
  });
});
