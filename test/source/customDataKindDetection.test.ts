import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { detectKind } from "../../src/kinds/kindDetection.js";
import { lintText } from "../../src/builtIn/linter.js";
import { runCli } from "../support/cli.js";
import { recommendedConfig } from "../support/eslintRun.js";
import { scratchServer } from "../lsp/scratchServer.js";

/**
 * A custom data body or record is an item's when an item's ID holds a value; a null one is not
 * sent (README: optional IDs take null, read as not sent), so beside the order's own
 * orderCustomDataID it names no item. Found by the audit at 039fbbfc: `itemID: null` and
 * `orderItemCustomDataID: null` beside `orderCustomDataID: 9, orderID: 5` made an item body (an
 * unknown-property warning on orderCustomDataID, a read-only-ids warning), and a body with
 * every ID of both APIs null was an item body too. Every path that tells a kind from the
 * content agrees: detectKind, lintText without a kind, the CLI without --kind, the ESLint
 * plugin and the language server.
 */
const named = { name: "a", value: "b" };
const rows: readonly (readonly [string, Record<string, unknown>, string, readonly (readonly [string, string])[]])[] = [
  ["an order record, the item's IDs null", { ...named, orderCustomDataID: 9, orderID: 5, itemID: null, orderItemCustomDataID: null }, "orderCustomDataRecord", []],
  ["an order record, itemID null", { ...named, orderCustomDataID: 9, orderID: 5, itemID: null }, "orderCustomDataRecord", []],
  // Both APIs' keys, none holding a value: the bare body, checked as order custom data; the item's keys are none of its fields.
  [
    "every ID of both APIs null",
    { ...named, orderCustomDataID: null, orderID: null, itemID: null, orderItemCustomDataID: null },
    "orderCustomData",
    [
      ["unknown-property", "/itemID"],
      ["unknown-property", "/orderItemCustomDataID"],
    ],
  ],
  ["an order body, itemID null beside a null orderCustomDataID", { ...named, orderCustomDataID: null, itemID: null }, "orderCustomData", [["unknown-property", "/itemID"]]],
  // An item's ID that holds a value decides, whatever the order's is.
  [
    "an item body, orderCustomDataID null",
    { ...named, itemID: 7, orderCustomDataID: null },
    "orderItemCustomData",
    [
      ["read-only-ids", "/itemID"],
      ["unknown-property", "/orderCustomDataID"],
    ],
  ],
  ["an item record, orderCustomDataID null", { ...named, orderItemCustomDataID: 3, orderID: 5, itemID: 7, orderCustomDataID: null }, "orderItemCustomDataRecord", []],
  // An item's keys alone, null: no other API has them, so the item's body, as before.
  ["an item body, its IDs all null", { ...named, orderItemCustomDataID: null, orderID: null, itemID: null, manufacturerID: null, catalogID: null }, "orderItemCustomData", []],
];

describe("custom data: a null item ID does not make an item's body or record", () => {
  it.each(rows)("%s: detectKind, lintText and the CLI agree on its kind and findings", async (_, value, kind, findings) => {
    const text = JSON.stringify(value, null, 2);
    const linted = lintText(text);
    expect([detectKind(value), linted.kind]).toEqual([kind, kind]);
    expect(linted.messages.map((m) => [m.ruleId, m.path])).toEqual(findings);
    const run = await runCli(["--stdin", "--format", "json"], { input: text });
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ kind, errorCount: 0, warningCount: findings.length });
  });

  it("the ESLint plugin reports the same findings", async () => {
    const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: recommendedConfig() });
    for (const [, value, , findings] of rows) {
      const [result] = await eslint.lintText(JSON.stringify(value, null, 2), { filePath: "custom.json" });
      expect(result!.messages.map((m) => m.ruleId), JSON.stringify(value)).toEqual(findings.map(([rule]) => `oms-lint/${rule}`));
    }
  });

  describe("the language server", () => {
    const server = scratchServer("custom-data-kind");
    it("publishes the same findings", async () => {
      const { client } = server;
      for (const [index, [, value, , findings]] of rows.entries()) {
        const document = await client.open(server.uri(`custom${index}.json`), "json", JSON.stringify(value, null, 2));
        const published = await client.diagnosticsOf(document.uri, 1);
        expect(published.map((d) => d.code), JSON.stringify(value)).toEqual(findings.map(([rule]) => rule));
        await client.close(document.uri);
      }
    });
  });
});
