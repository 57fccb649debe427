import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { runCli } from "../support/cli.js";
import { importWithoutStatus } from "../support/payloads.js";
import { editsByDocument, messageOf } from "./lspClient.js";
import { scratchServer } from "./scratchServer.js";

// Found by the language server's review: --fix, fix() and lintText hold the fixes of a Create
// Order told from its content (src/lint/heldOrderFixes.ts), but the server passed the kind it
// told as if the config gave it. A Historic Order Import without its orderStatus, opened in a
// folder whose config is `{}`, got fix-all offered, and applied it set orderID and maxAmount to
// null and removed shippingMethod.price: the historic order's data. Told from the content, the
// server now holds them as the command line does; a config `files` glob still has them made.

const text = JSON.stringify(importWithoutStatus(), null, 2) + "\n";
/** The rules whose fixes would change the import's data: Create Order's fixable findings on it. */
const heldRules = ["read-only-shipping-fields", "max-amount-null-preferred", "read-only-ids"];
const whole = { start: { line: 0, character: 0 }, end: { line: text.split("\n").length, character: 0 } };
const fixAllOf = (actions: CodeAction[]) => actions.find((a) => a.kind === "source.fixAll.oms-lint");
/** The historic order's data that Create Order's fixes change. */
const dataOf = (json: string) => {
  const order = JSON.parse(json);
  return { orderID: order.orderID, price: order.shippingMethod.price, maxAmount: order.orderPayments[0].maxAmount };
};
const kept = { orderID: 123456, price: 12.5, maxAmount: -1 };

/** A folder holding the order as import.json, with the given oms-lint.config.json, and a server on it. */
function serverWithConfig(name: string, config: string) {
  return scratchServer(name, {
    noTypingPause: true,
    files: (dir) => {
      writeFileSync(join(dir, "oms-lint.config.json"), config);
      writeFileSync(join(dir, "import.json"), text);
    },
  });
}

type Server = ReturnType<typeof serverWithConfig>;

async function openImport({ client, uri }: Server): Promise<{ document: TextDocument; diagnostics: Diagnostic[] }> {
  // Opened again by each case at version 1: its diagnostics are the ones published from now on.
  const from = client.diagnostics.seen.length;
  const document = await client.open(uri("import.json"), "json", text);
  return { document, diagnostics: await client.diagnosticsOf(document.uri, 1, from) };
}

const codeActions = ({ client }: Server, document: TextDocument, only: string): Promise<CodeAction[]> =>
  client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: document.uri }, range: whole, context: { diagnostics: [], only: [only] } });

/** The text `oms-lint --fix import.json` writes in the server's folder (its config as the server reads it). */
async function cliFixed({ dir }: Server): Promise<string> {
  writeFileSync(join(dir, "import.json"), text);
  await runCli(["--fix", "import.json"], { cwd: dir });
  return readFileSync(join(dir, "import.json"), "utf8");
}

describe("language server: an order told a Create Order from its content (config `{}`) keeps its data", () => {
  const server = serverWithConfig("held-order-fixes", "{}");

  it("the diagnostics of the fixable findings say the fix is not made, and how to have it made", async () => {
    const { client } = server;
    const { document, diagnostics } = await openImport(server);
    const held = diagnostics.filter((d) => heldRules.includes(String(d.code)));
    expect(held.map((d) => d.code).sort()).toEqual([...heldRules].sort());
    for (const d of held) {
      expect(messageOf(d)).toContain("not made as a fix: the file was read as a Create Order from its content");
      expect(messageOf(d)).toContain('to have it made, map the file to a kind under "files" in oms-lint.config.json (createOrder)');
    }
    // Their edits stay quick fixes a user may choose, none the preferred one an editor applies by itself.
    const quickFixes = (await codeActions(server, document, "quickfix")).filter((a) => a.diagnostics?.some((d) => heldRules.includes(String(d.code))));
    expect(quickFixes.length).toBeGreaterThan(0);
    expect(quickFixes.some((a) => a.isPreferred === true)).toBe(false);
    await client.close(document.uri);
  });

  it("fix-all on save makes no edit of orderID, shippingMethod.price or maxAmount", async () => {
    const { client } = server;
    const { document } = await openImport(server);
    const offered = fixAllOf(await codeActions(server, document, "source.fixAll"));
    const edits = offered?.edit === undefined ? [] : (editsByDocument(offered.edit)[document.uri] ?? []);
    expect(dataOf(TextDocument.applyEdits(document, edits))).toEqual(kept);
    await client.close(document.uri);
  });

  it("the oms-lint.fixAll command changes nothing, as `oms-lint --fix` leaves the file", async () => {
    const { client } = server;
    const { document } = await openImport(server);
    expect(await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [document.uri] })).toBe(false);
    expect(document.getText()).toBe(text);
    expect(await cliFixed(server)).toBe(text);
    await client.close(document.uri);
  });
});

describe("language server: the same order mapped to createOrder by a config `files` glob has its fixes made", () => {
  const server = serverWithConfig("mapped-order-fixes", JSON.stringify({ files: [{ glob: "**/*.json", kind: "createOrder" }] }));

  it("fix-all on save makes them, giving the text `oms-lint --fix` writes with the same config", async () => {
    const { client } = server;
    const { document, diagnostics } = await openImport(server);
    expect(diagnostics.filter((d) => heldRules.includes(String(d.code))).map((d) => d.code).sort()).toEqual([...heldRules].sort());
    expect(diagnostics.some((d) => messageOf(d).includes("not made as a fix"))).toBe(false);
    const offered = fixAllOf(await codeActions(server, document, "source.fixAll"));
    expect(offered?.edit).toBeDefined();
    const fixed = TextDocument.applyEdits(document, editsByDocument(offered!.edit!)[document.uri]!);
    expect(dataOf(fixed)).toEqual({ orderID: null, price: undefined, maxAmount: null });
    expect(fixed).toBe(await cliFixed(server));
    await client.close(document.uri);
  });

  it("the oms-lint.fixAll command makes them", async () => {
    const { client } = server;
    const { document } = await openImport(server);
    expect(await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [document.uri] })).toBe(true);
    expect(dataOf(document.getText())).toEqual({ orderID: null, price: undefined, maxAmount: null });
    expect(document.getText()).toBe(await cliFixed(server));
    await client.close(document.uri);
  });
});
