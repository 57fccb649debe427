import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createOrder, orderItem } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";

/**
 * The split advice describes the editor's text, but the command it gave, `npx oms-lint split
 * dirty.json`, splits the file as saved: with unsaved changes, the children it wrote were not
 * the ones the advice listed (found by the language server audit). Where the text differs from
 * the file on disk, the advice now says to save first.
 */
describe("the split advice of a document with unsaved changes", () => {
  const server = scratchServer("split-advice-unsaved", { noTypingPause: true });
  const mixed = (partNumber: string) => JSON.stringify(createOrder({ orderItems: [orderItem({ availability: "P", partNumber }), orderItem({ partNumber: "STOCK-1" })] }), null, 2);

  async function advice(name: string, onDisk: string | undefined, text: string): Promise<string> {
    const { client, dir } = server;
    if (onDisk !== undefined) writeFileSync(join(dir, name), onDisk);
    const document = await client.open(server.uri(name), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const said: string = await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.explainSplit", arguments: [document.uri] });
    await client.close(document.uri);
    return said;
  }

  it("saved: the command that writes the children", async () => {
    const text = mixed("PRE-1");
    expect(await advice("saved.json", text, text)).toContain("Run `npx oms-lint split saved.json` to write them");
  });

  it.each([
    ["changed since it was saved", "dirty.json", mixed("PRE-0")],
    ["whose file is gone", "gone.json", undefined],
  ])("%s: save it first, then the command", async (_, name, onDisk) => {
    const said = await advice(name, onDisk, mixed("PRE-1"));
    expect(said).toContain(`\`oms-lint split\` reads the file as saved, which differs from this document: save it first, then \`npx oms-lint split ${name}\` writes them`);
    expect(said).not.toContain("Run `npx oms-lint split");
  });

  it("a byte order mark on disk that the editor decoded away is no change", async () => {
    const text = mixed("PRE-1");
    expect(await advice("marked.json", `\uFEFF${text}`, text)).toContain("Run `npx oms-lint split marked.json` to write them");
  });

  // eglot, Sublime LSP and JetBrains give the document a file's CRLF line breaks as LF: "save it first" showed for ever, as saving changed nothing.
  it.each([
    ["CRLF on disk, LF in the editor", "crlf.json", (text: string) => text.replace(/\n/g, "\r\n")],
    ["CR on disk, LF in the editor", "cr.json", (text: string) => text.replace(/\n/g, "\r")],
  ])("%s: the same text, so the command that writes the children", async (_, name, onDisk) => {
    const text = mixed("PRE-1");
    expect(await advice(name, onDisk(text), text)).toContain(`Run \`npx oms-lint split ${name}\` to write them`);
  });
});
