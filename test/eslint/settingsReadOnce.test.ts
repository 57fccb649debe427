import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { describe, expect, it, vi } from "vitest";
import { eslintRules } from "../../src/eslint/eslintRules.js";
import plugin from "../../src/eslint/plugin.js";
import { SharedLint } from "../../src/eslint/sharedLint.js";
import { taxedOrder } from "../support/payloads.js";

/**
 * `settings["oms-lint"]` is read once per settings object ESLint hands the rules, and no rule's
 * work grows with its size, told by counts, not timings. Found by the audit of the ESLint plugin:
 * each of a file's ~85 rules checked the whole settings again and stringified them into the
 * shared pass's key, so 200 files under 50,000 certifiedPartNumbers took 104.5 s (the CLI 3.7 s).
 */
const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;
const files = 3;
const text = taxedOrder();

/** Lints `files` files under N certified part numbers with every rule on: how often the settings were read, and how many characters JSON.stringify made meanwhile. */
async function work(Eslint: typeof ESLint, n: number): Promise<{ readonly reads: number; readonly stringified: number; readonly findings: number }> {
  const shared = new SharedLint();
  const counted = { meta: { name: "counted" }, rules: eslintRules(shared) };
  const rules = Object.fromEntries(Object.keys(counted.rules).map((id) => [`counted/${id}`, "error" as const]));
  const certifiedPartNumbers = Array.from({ length: n }, (_, i) => `PART-${i}`);
  const eslint = new Eslint({ overrideConfigFile: true, overrideConfig: [{ files: ["**/*.json"], plugins: { "oms-lint": plugin, counted }, language: "oms-lint/json", rules, settings: { "oms-lint": { certifiedPartNumbers } } }] });
  const stringify = JSON.stringify;
  let stringified = 0;
  const spy = vi.spyOn(JSON, "stringify").mockImplementation((...args: Parameters<typeof JSON.stringify>) => {
    const out = stringify(...args);
    stringified += out?.length ?? 0;
    return out;
  });
  let findings = 0;
  try {
    for (let i = 0; i < files; i++) findings += (await eslint.lintText(text, { filePath: `order${i}.json` }))[0]!.messages.length;
  } finally {
    spy.mockRestore();
  }
  return { reads: shared.settingsReads, stringified, findings };
}

describe.each(majors)('settings["oms-lint"] under %s', (_, Eslint) => {
  it("is read once per settings object, and no rule's work grows with its size", async () => {
    const small = await work(Eslint, 200);
    const large = await work(Eslint, 2000);
    expect([small.reads, large.reads]).toEqual([1, 1]);
    expect(large.findings).toBe(small.findings);
    expect(small.findings).toBeGreaterThan(0);
    // Ten times the settings: the same characters stringified, give or take the numbers' digits (it was ~85 rules × files × their size).
    expect(large.stringified).toBeLessThan(small.stringified + 2000);
  });
});
