import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver";
import { runCli } from "../support/cli.js";
import { createOrder, type JsonObject } from "../support/payloads.js";
import type { LspClient } from "./lspClient.js";
import { scratchServer } from "./scratchServer.js";

/**
 * The editor applies the CLI's bulk suppressions (oms-lint-suppressions.json in the workspace
 * folder, where `npx oms-lint` runs): a file's errors of a rule up to the recorded count are not
 * shown, as the CLI leaves them out; with more, all are (which is new cannot be told). The
 * record's own verdicts on a run (a count no longer reached) are the CLI's: the editor shows none.
 * The editor showed every recorded error (ESLint's RFC eslint/rfcs#142: "incorrect error
 * reporting in environments like IDEs").
 */
const config = JSON.stringify({ rules: { "read-only-ids": "error" } });
/** A Create Order with read-only-ids errors: orderID set, and customer.customerID too when `customerID` is given. */
function order(customerID?: number): string {
  const built = createOrder({ orderID: 77 });
  if (customerID !== undefined) (built.customer as JsonObject).customerID = customerID;
  return JSON.stringify(built, null, 2);
}
const readOnlyIds = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === "read-only-ids");
const recordFindings = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === "suppressions");

/** Replaces the document's whole text, as a paste over it does; resolves with its diagnostics. */
async function replaceText(client: LspClient, uri: string, text: string): Promise<Diagnostic[]> {
  const document = client.documents.get(uri)!;
  const version = await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) }, newText: text }]);
  return client.diagnosticsOf(uri, version);
}

describe("the language server applies the suppressions record the CLI reads", () => {
  const server = scratchServer("suppressions", {
    noTypingPause: true,
    files: (dir) => {
      writeFileSync(join(dir, "oms-lint.config.json"), config);
      writeFileSync(join(dir, "two.json"), order(5));
      writeFileSync(join(dir, "one.json"), order());
    },
  });

  it("leaves out the errors recorded by --suppress-rule, and shows them all once there are more than recorded", async () => {
    const { client, dir, uri } = server;
    expect((await runCli(["--suppress-rule", "read-only-ids", "."], { cwd: dir })).code).toBe(0);
    // The CLI passes on the files as they are, each error recorded.
    expect((await runCli(["."], { cwd: dir })).code).toBe(0);

    await client.open(uri("two.json"), "json", order(5));
    expect(readOnlyIds(await client.diagnosticsOf(uri("two.json"), 1))).toEqual([]);
    await client.open(uri("one.json"), "json", order());
    expect(readOnlyIds(await client.diagnosticsOf(uri("one.json"), 1))).toEqual([]);
    // one.json's record is 1 error: a second is new, and both are shown, as the CLI reports both.
    expect(readOnlyIds(await replaceText(client, uri("one.json"), order(5))).map((d) => d.severity)).toEqual([1, 1]);
  });

  it("shows none of the record's own verdicts: a count no longer reached is not the editor's error", async () => {
    const { client, dir, uri } = server;
    // two.json's record is 2 errors: with 1 left, the CLI suppresses it and fails the run on the count unreached.
    writeFileSync(join(dir, "two.json"), order());
    expect((await runCli(["."], { cwd: dir })).stdout).toMatch(/expects 2 read-only-ids errors in this file and 1 was found/);
    const diagnostics = await replaceText(client, uri("two.json"), order());
    expect(readOnlyIds(diagnostics)).toEqual([]);
    expect(recordFindings(diagnostics)).toEqual([]);
  });

  it("reads the record again when the client's watcher reports it changed, and shows the errors it no longer records", async () => {
    const { client, dir, uri } = server;
    const from = client.diagnostics.seen.length;
    writeFileSync(join(dir, "oms-lint-suppressions.json"), "{}\n");
    expect(await client.fileChanged(join(dir, "oms-lint-suppressions.json"))).toBe(true);
    const relinted = await client.diagnostics.next((p) => p.uri === uri("two.json") && readOnlyIds(p.diagnostics).length === 1, "two.json linted without the record", from);
    expect(readOnlyIds(relinted.diagnostics).map((d) => d.severity)).toEqual([1]);
  });

  it("tells once that a record it cannot read is not applied, and shows every error", async () => {
    const { client, dir, uri } = server;
    const from = client.messages.seen.length;
    writeFileSync(join(dir, "oms-lint-suppressions.json"), JSON.stringify({ "two.json": { "read-only-ids": { count: 0 } } }));
    expect(await client.fileChanged(join(dir, "oms-lint-suppressions.json"))).toBe(true);
    const told = await client.messages.next((m) => m.message.includes("oms-lint-suppressions.json"), "the record's problem", from);
    expect(told.message).toMatch(/needs a count of 1 or more.*not applied/);
    expect(readOnlyIds(await replaceText(client, uri("two.json"), order(5))).length).toBe(2);
    expect(client.messages.seen.slice(from).filter((m) => m.message.includes("oms-lint-suppressions.json")).length).toBe(1);
  });
});

describe("a client that watches no files: a record changed on disk counts from the next keystroke", () => {
  const server = scratchServer("suppressions-unwatched", {
    noTypingPause: true,
    watchesFiles: false,
    files: (dir) => {
      writeFileSync(join(dir, "oms-lint.config.json"), config);
      writeFileSync(join(dir, "oms-lint-suppressions.json"), JSON.stringify({ "o.json": { "read-only-ids": { count: 1 } } }));
    },
  });

  it("shows the error once the record that suppressed it is deleted on disk (a git checkout)", async () => {
    const { client, dir, uri } = server;
    await client.open(uri("o.json"), "json", order());
    expect(readOnlyIds(await client.diagnosticsOf(uri("o.json"), 1))).toEqual([]);
    writeFileSync(join(dir, "oms-lint-suppressions.json"), "{}\n");
    expect(readOnlyIds(await replaceText(client, uri("o.json"), `${order()}\n`)).length).toBe(1);
  });
});
