import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TextDocument } from "vscode-languageserver-textdocument";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loadConfig.js";
import { fixAllEdits } from "../../src/lsp/fixEdits.js";
import { defaultServerSettings, lintDocument } from "../../src/lsp/documentLint.js";
import { orderItem, orderWithItems, taxedOrder } from "../support/payloads.js";

const dir = mkdtempSync(join(tmpdir(), "oms-lint-lsp-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, "oms-lint.config.json"),
  JSON.stringify({
    ignores: ["legacy/"],
    overrides: [{ files: ["blocks/**"], settings: { onBlocks: true }, rules: { "max-amount-null-preferred": "off" } }],
  }),
);

const mixed = JSON.stringify(orderWithItems([orderItem({ availability: "Y", partNumber: "A" }), orderItem({ availability: "D", partNumber: "B" })]), null, 2);
const rulesOf = async (name: string, text: string) => {
  const config = await loadConfig(join(dir, "oms-lint.config.json"), dir);
  return lintDocument({ filePath: join(dir, name) }, text, config, defaultServerSettings)?.result.messages.map((m) => m.ruleId);
};

describe("the editor reads the config's ignores and overrides as the CLI does", () => {
  it("an open document the ignores skip gets no diagnostics", async () => {
    expect(await rulesOf("legacy/mixed.json", mixed)).toBeUndefined();
    expect(await rulesOf("plain/mixed.json", mixed)).toContain("availability-split");
  });

  it("an override's settings apply to its files alone", async () => {
    expect(await rulesOf("blocks/mixed.json", mixed)).not.toContain("availability-split");
  });

  it("fix all uses the file's rules: a rule an override turns off is not fixed there", async () => {
    const config = await loadConfig(join(dir, "oms-lint.config.json"), dir);
    const text = taxedOrder();
    const fixesOf = (name: string) => fixAllEdits(TextDocument.create(`file://${join(dir, name)}`, "json", 1, text), "createOrder", config, join(dir, name), [], false);
    expect(fixesOf("plain/order.json")?.map((edit) => edit.newText).join("")).toContain("null");
    expect(fixesOf("blocks/order.json")).toBeUndefined();
  });
});
