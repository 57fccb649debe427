import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { describe, expect, it } from "vitest";
import { recommendedConfig } from "../support/eslintRun.js";
import { taxedOrder } from "../support/payloads.js";

/**
 * `languageOptions: { limits: { maxFileSize } }`: the language refuses a payload past it before
 * @eslint/json's parser builds its tree, as one fatal parsing error naming the limit and how to
 * raise it. A 47 MB order ran the whole ESLint run out of memory, every other file's result lost
 * (audit of the ESLint plugin). The default (8 MiB) is not built here: a small limit stands for it.
 */

const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

/** The documents' order with a tax over the cap (a tax-rate-cap error) and a note whose characters take more than a byte each. */
const order = JSON.stringify({ ...(JSON.parse(taxedOrder()) as object), notes: [{ text: "café ✓ — déjà" }] }, null, 2);
const bytes = Buffer.byteLength(order, "utf8");

describe.each(majors)("languageOptions.limits.maxFileSize under %s", (_, ESLint) => {
  const lint = async (maxFileSize: unknown) => {
    const eslint = new ESLint({ cwd: tmpdir(), overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, undefined, { limits: { maxFileSize } }) });
    return (await eslint.lintText(order, { filePath: join(tmpdir(), "order.json") }))[0]!.messages;
  };

  it("a payload one byte over the limit: one fatal parsing error at 1:1 naming the limit and how to raise it, and no rule's finding", async () => {
    expect(await lint(bytes - 1)).toEqual([
      expect.objectContaining({
        ruleId: null,
        fatal: true,
        severity: 2,
        line: 1,
        column: 1,
        message: `Parsing error: the file is ${bytes} bytes, more than the ${bytes - 1} bytes the ESLint plugin parses, so it is not read: that is the limit set by languageOptions.limits.maxFileSize (raise it with languageOptions.limits.maxFileSize, such as "32MB", and give Node more memory with NODE_OPTIONS=--max-old-space-size; the oms-lint command reads up to 64.0 MiB by default)`,
      }),
    ]);
  });

  it("a payload exactly at the limit, or under a size written with its unit, is parsed and linted", async () => {
    for (const limit of [bytes, "64KB"]) {
      const messages = await lint(limit);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      expect(messages).toContainEqual(expect.objectContaining({ ruleId: "oms-lint/tax-rate-cap", severity: 2 }));
    }
  });
});

describe("the limit counts UTF-8 bytes, as the file on disk holds them", () => {
  it("is refused exactly when its bytes are more than the limit, whatever the limit", async () => {
    expect(bytes).toBeGreaterThan(order.length);
    expect(bytes).toBeLessThan(64 * 1024);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: order.length - 20, max: bytes + 20 }), async (limit) => {
        const eslint = new ESLint({ cwd: tmpdir(), overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, undefined, { limits: { maxFileSize: limit } }) });
        const [result] = await eslint.lintText(order, { filePath: join(tmpdir(), "order.json") });
        expect(result!.fatalErrorCount > 0).toBe(bytes > limit);
      }),
      { numRuns: 25 },
    );
  });
});
