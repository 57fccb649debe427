import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver";
import { repoRoot, runCli } from "../support/cli.js";
import { messageOf } from "./lspClient.js";
import { scratchServer } from "./scratchServer.js";

const example = readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8");
/** "Tesé": the é at 9:22, one byte (0xE9) in Latin-1. */
const accented = example.replace('"firstName": "Test"', '"firstName": "Tesé"');

/** The CLI's findings on a file of the folder, as its json format gives them. */
async function cliFindings(dir: string, file: string): Promise<{ ruleId: string; severity: number; message: string; line: number; column: number }[]> {
  const run = await runCli(["--format", "json", file], { cwd: dir });
  expect(run.code, run.stderr).toBe(1);
  return (JSON.parse(run.stdout) as { messages: { ruleId: string; severity: number; message: string; line: number; column: number }[] }[])[0]!.messages;
}

const asPublished = (d: Diagnostic) => ({ ruleId: d.code, severity: d.severity === 1 ? 2 : 1, message: messageOf(d), line: d.range.start.line + 1, column: d.range.start.character + 1 });

/**
 * An editor sends the text it decoded from a file's bytes; the server linted that text and
 * published nothing where the CLI refuses the file as not UTF-8 (found by the audit of the
 * language server). It checks the bytes on disk as the CLI does.
 */
describe("a file whose bytes on disk are not UTF-8", () => {
  const server = scratchServer("file-encoding", {
    noTypingPause: true,
    files: (dir) => {
      writeFileSync(join(dir, "utf16.json"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(example, "utf16le")]));
      writeFileSync(join(dir, "latin1.json"), Buffer.from(accented, "latin1"));
    },
  });

  it.each([
    { file: "utf16.json", text: example, cause: /^the file is UTF-16 text/ },
    { file: "latin1.json", text: accented, cause: /^the file is not UTF-8 text \(byte 0xE9 here\)/ },
  ])("$file: the CLI's encoding fault, at its place, until it is saved as UTF-8", async ({ file, text, cause }) => {
    const { client, dir } = server;
    const cli = await cliFindings(dir, file);
    expect(cli).toEqual([expect.objectContaining({ ruleId: "parse", severity: 2, message: expect.stringMatching(cause) })]);
    const uri = server.uri(file);
    // The text as the editor decoded it from the bytes.
    await client.open(uri, "json", text);
    expect((await client.diagnosticsOf(uri, 1)).map(asPublished)).toEqual(cli.map(({ ruleId, severity, message, line, column }) => ({ ruleId, severity, message, line, column })));
    // Saved as UTF-8: linted as any file (the example has no error).
    writeFileSync(join(dir, file), text);
    const from = client.diagnostics.seen.length;
    await client.save(uri);
    expect((await client.diagnosticsOf(uri, 1, from)).filter((d) => d.severity === 1)).toEqual([]);
    await client.close(uri);
  });

  // The audit at cb582f2c: the server watched only the config, and read the bytes again on open and save
  // alone, so a file fixed outside the editor (iconv, git checkout) kept its fault when the editor reloaded it.
  it("a UTF-8 file rewritten as Latin-1 outside the editor: the fault once the client's watcher reports it", async () => {
    const { client, dir } = server;
    const [file, uri] = [join(dir, "rewritten.json"), server.uri("rewritten.json")];
    writeFileSync(file, accented);
    await client.open(uri, "json", accented);
    expect((await client.diagnosticsOf(uri, 1)).filter((d) => d.code === "parse")).toEqual([]);
    writeFileSync(file, Buffer.from(accented, "latin1"));
    const from = client.diagnostics.seen.length;
    expect(await client.fileChanged(file)).toBe(true);
    const fault = (await client.diagnosticsOf(uri, 1, from)).map(asPublished);
    expect(fault).toEqual([expect.objectContaining({ ruleId: "parse", severity: 2, message: expect.stringMatching(/^the file is not UTF-8 text \(byte 0xE9 here\)/) })]);
    await client.close(uri);
  });

  it.each([
    { name: "a .http file", file: "requests.http", watched: true },
    { name: "a .rest file", file: "requests.rest", watched: true },
    { name: "the config", file: "oms-lint.config.json", watched: true },
    { name: "a file the walk skips (notes.txt)", file: "notes.txt", watched: false },
  ])("the client watches the files the server lints: $name", async ({ file, watched }) => {
    expect(await server.client.fileChanged(join(server.dir, "sub", file))).toBe(watched);
  });

  it("a Latin-1 file rewritten as UTF-8 outside the editor, no watcher reporting it: the fault goes at the editor's reload (a change)", async () => {
    const { client, dir } = server;
    const [file, uri] = [join(dir, "reloaded.json"), server.uri("reloaded.json")];
    writeFileSync(file, Buffer.from(accented, "latin1"));
    await client.open(uri, "json", accented);
    expect((await client.diagnosticsOf(uri, 1)).filter((d) => d.code === "parse")).toHaveLength(1);
    writeFileSync(file, accented);
    const whole = { start: { line: 0, character: 0 }, end: { line: accented.split("\n").length, character: 0 } };
    const version = await client.edit(uri, [{ range: whole, newText: accented }]);
    expect((await client.diagnosticsOf(uri, version)).filter((d) => d.severity === 1)).toEqual([]);
    await client.close(uri);
  });

  it("a UTF-8 file's bytes are not read at each change: rewritten as Latin-1 unreported, typing finds no fault until the watcher or a save says", async () => {
    const { client, dir } = server;
    const [file, uri] = [join(dir, "typed.json"), server.uri("typed.json")];
    writeFileSync(file, accented);
    await client.open(uri, "json", accented);
    await client.diagnosticsOf(uri, 1);
    writeFileSync(file, Buffer.from(accented, "latin1"));
    const version = await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: " " }]);
    expect((await client.diagnosticsOf(uri, version)).filter((d) => d.code === "parse")).toEqual([]);
    const from = client.diagnostics.seen.length;
    await client.save(uri);
    expect((await client.diagnosticsOf(uri, version, from)).filter((d) => d.code === "parse")).toHaveLength(1);
    await client.close(uri);
  });

  it("a document with no file is linted from its text, as before", async () => {
    const { client } = server;
    await client.open("untitled:Untitled-1", "json", accented);
    expect((await client.diagnosticsOf("untitled:Untitled-1", 1)).filter((d) => d.code === "parse")).toEqual([]);
    await client.close("untitled:Untitled-1");
  });
});
