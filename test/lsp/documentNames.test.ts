import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CodeAction, Hover } from "vscode-languageserver";
import { runCli } from "../support/cli.js";
import { createOrder, type JsonObject } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";

/** A Create Order whose payment's maxAmount is -2: max-amount's error, with a quick fix. */
const order = createOrder() as JsonObject & { orderPayments: JsonObject[] };
order.orderPayments[0]!.maxAmount = -2;
const payload = JSON.stringify(order, null, 2);
/** A REST Client request to a misspelt endpoint: request/unknown-endpoint's warning, on its request line. */
const request = ["POST https://integration.shopatron.com/api/v2/createOrdr/", "Content-Type: application/json", "", JSON.stringify(createOrder()), ""].join("\n");

const maxAmountLine = payload.split("\n").findIndex((line) => line.includes('"maxAmount"'));

const texts = {
  payload: { text: payload, finding: { code: "max-amount", severity: 1 }, at: { line: maxAmountLine, character: payload.split("\n")[maxAmountLine]!.indexOf("-2") } },
  request: { text: request, finding: { code: "request/unknown-endpoint", severity: 2 }, at: { line: 0, character: 50 } },
} as const;

interface Row {
  readonly name: string;
  /** A path in the workspace folder (a file: document, written to disk too), or an untitled: document's name. */
  readonly document: { readonly file: string } | { readonly untitled: string };
  readonly languageId: string;
  readonly content: keyof typeof texts;
  /** Whether `oms-lint .` from the workspace folder lints the file (for an untitled document: whether its language is JSON or http). */
  readonly linted: boolean;
}

const rows: readonly Row[] = [
  { name: "order.json", document: { file: "order.json" }, languageId: "json", content: "payload", linted: true },
  { name: "order.json opened as plaintext (its name says what it is, as the walk reads it)", document: { file: "named.json" }, languageId: "plaintext", content: "payload", linted: true },
  { name: "calls.http", document: { file: "calls.http" }, languageId: "http", content: "request", linted: true },
  { name: "calls.rest", document: { file: "calls.rest" }, languageId: "http", content: "request", linted: true },
  { name: "an untitled JSON document", document: { untitled: "Untitled-1" }, languageId: "json", content: "payload", linted: true },
  { name: "an untitled http document", document: { untitled: "Untitled-2" }, languageId: "http", content: "request", linted: true },
  { name: "order.JSON (the walk's *.json is lower case)", document: { file: "upper/order.JSON" }, languageId: "json", content: "payload", linted: false },
  { name: "calls.HTTP", document: { file: "upper/calls.HTTP" }, languageId: "http", content: "request", linted: false },
  { name: "order.json5 opened as json", document: { file: "order.json5" }, languageId: "json", content: "payload", linted: false },
  { name: "x.txt opened as http", document: { file: "x.txt" }, languageId: "http", content: "request", linted: false },
  { name: "an untitled plaintext document", document: { untitled: "Untitled-3" }, languageId: "plaintext", content: "payload", linted: false },
];
const files = rows.flatMap((row) => ("file" in row.document ? [{ ...row, file: row.document.file }] : []));

/**
 * The README's promise: the language server lints a file exactly as the command line does, and
 * what `npx oms-lint .` run from the workspace folder skips gets nothing. The walk takes a file
 * by its name alone (`*.json`, `*.http`, `*.rest`, in lower case); a document with no file of
 * its own (untitled:) has no name the walk could find, and goes by its language.
 */
describe("which open documents the language server lints: a file by its name, as the folder walk; an untitled one by its language", () => {
  const server = scratchServer("names", {
    files: (dir) => {
      for (const { file, content } of files) {
        // The upper-case names in a folder of their own: on a file system that ignores case, order.JSON is order.json.
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), texts[content].text);
      }
    },
  });
  const uriOf = ({ document }: Row) => ("file" in document ? server.uri(document.file) : `untitled:${document.untitled}`);
  const ask = <T>(method: string, params: unknown) => server.client.connection.sendRequest<T>(method, params);

  it.each(rows)("$name: linted $linted", async (row) => {
    const { client } = server;
    const uri = uriOf(row);
    const { text, finding, at } = texts[row.content];
    await client.open(uri, row.languageId, text);
    const diagnostics = await client.diagnosticsOf(uri, 1);
    const actions = await ask<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
    const hover = await ask<Hover | null>("textDocument/hover", { textDocument: { uri }, position: at });
    const fixAll = await ask<boolean | null>("workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [uri] });
    await client.close(uri);
    if (row.linted) {
      expect(diagnostics).toContainEqual(expect.objectContaining({ source: "oms-lint", ...finding, range: expect.objectContaining({ start: expect.objectContaining({ line: at.line }) }) }));
      expect(hover).not.toBeNull();
    } else {
      // Nothing at all: no finding, no quick fix or fix-all, no hover, as for any file the walk skips.
      expect({ diagnostics, actions, hover, fixAll }).toEqual({ diagnostics: [], actions: [], hover: null, fixAll: null });
    }
  });

  it("lints the very files `oms-lint .` lints from the workspace folder", async () => {
    const cli = await runCli(["--format", "json", "."], { cwd: server.dir });
    const walked = (JSON.parse(cli.stdout) as { filePath: string }[]).map((file) => file.filePath).sort();
    expect(walked).toEqual(files.filter((row) => row.linted).map((row) => join(server.dir, row.file)).sort());
  });
});
