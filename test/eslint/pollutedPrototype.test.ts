import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { recommendedConfig } from "../support/eslintRun.js";
import { taxedOrder } from "../support/payloads.js";

/**
 * The plugin reads `settings["oms-lint"]` and `languageOptions.limits` as the config's own
 * properties say: with Object.prototype polluted (`kind`, `limits`), a config that sets
 * neither answered the polluter's (found by the review of what a polluted prototype reaches,
 * editor surface). A polluted `oms-lint` is left out: ESLint itself then refuses the config
 * ("Cannot redefine plugin"), before the plugin reads anything.
 */
const taxed = taxedOrder();

async function lint(): Promise<readonly unknown[]> {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: recommendedConfig() });
  const [result] = await eslint.lintText(taxed, { filePath: "order.json" });
  return result!.messages.map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }));
}

describe("a polluted Object.prototype under ESLint", () => {
  it.each<[string, unknown]>([
    ["kind", "importOrder"],
    ["limits", { maxEntries: 1 }],
  ])("Object.prototype.%s: the messages of a clean prototype", async (name, value) => {
    const clean = await lint();
    expect(clean).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: "oms-lint/tax-rate-cap" })]));
    (Object.prototype as Record<string, unknown>)[name] = value;
    let polluted: readonly unknown[];
    try {
      polluted = await lint();
    } finally {
      delete (Object.prototype as Record<string, unknown>)[name];
    }
    expect(polluted).toEqual(clean);
  });
});
