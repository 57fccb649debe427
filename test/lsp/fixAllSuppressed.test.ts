import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CodeAction } from "vscode-languageserver";
import { runCli } from "../support/cli.js";
import { createOrder, type JsonObject } from "../support/payloads.js";
import { writeCreateOrderConfig } from "./createOrderConfig.js";
import { scratchServer } from "./scratchServer.js";

/**
 * The editor hides the errors the suppressions record holds (a negative fixture's), but its
 * fix-all (source.fixAll.oms-lint, codeActionsOnSave) fixed them: saving out.json, which holds a
 * shippingMethod name and price on purpose, removed both, and `npx oms-lint .` then failed
 * ("expects 2 read-only-shipping-fields errors … none was found"). Found by the language
 * server audit. Fix-all now leaves the fixes of the rules whose errors the record hides.
 */
describe("fix-all leaves what the suppressions record hides", () => {
  /** A Create Order with the recorded shippingMethod name and price, and its payment's maxAmount (-1: one max-amount-null-preferred fixes). */
  function order(maxAmount: number | null): string {
    const built = createOrder() as JsonObject & { shippingMethod: JsonObject; orderPayments: JsonObject[] };
    built.shippingMethod = { ...built.shippingMethod, name: "Ground", price: 5 };
    built.orderPayments[0]!.maxAmount = maxAmount;
    return JSON.stringify(built, null, 2) + "\n";
  }
  const record = JSON.stringify({ "out.json": { "read-only-shipping-fields": { count: 2 } }, "only.json": { "read-only-shipping-fields": { count: 2 } } });
  const server = scratchServer("fix-all-suppressed", {
    noTypingPause: true,
    files: (dir) => {
      writeCreateOrderConfig(dir);
      writeFileSync(join(dir, "oms-lint-suppressions.json"), record);
      writeFileSync(join(dir, "only.json"), order(null));
    },
  });
  const whole = { start: { line: 0, character: 0 }, end: { line: 500, character: 0 } };
  const fixAllOf = (actions: CodeAction[]) => actions.find((a) => a.kind === "source.fixAll.oms-lint");

  it("with another fixable finding: offered, fixes that one, keeps the recorded name and price, and the CLI still passes", async () => {
    const { client, dir, uri } = server;
    const text = order(-1);
    writeFileSync(join(dir, "out.json"), text);
    expect((await runCli(["."], { cwd: dir })).code).toBe(0);
    const document = await client.open(uri("out.json"), "json", text);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    expect(diagnostics.map((d) => d.code)).toEqual(["max-amount-null-preferred"]);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: document.uri }, range: whole, context: { diagnostics: [], only: ["source.fixAll"] } });
    const offered = fixAllOf(actions);
    expect(offered?.edit).toBeDefined();
    await client.apply(offered!.edit!);
    const fixed = JSON.parse(document.getText());
    expect(fixed.orderPayments[0].maxAmount).toBeNull();
    expect(fixed.shippingMethod).toMatchObject({ name: "Ground", price: 5 });
    writeFileSync(join(dir, "out.json"), document.getText());
    expect((await runCli(["."], { cwd: dir })).code).toBe(0);
    await client.close(document.uri);
  });

  it("with only the recorded findings: not offered, and the fix-all command changes nothing", async () => {
    const { client, dir, uri } = server;
    const text = order(null);
    const document = await client.open(uri("only.json"), "json", text);
    expect(await client.diagnosticsOf(document.uri, 1)).toEqual([]);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: document.uri }, range: whole, context: { diagnostics: [], only: ["source.fixAll"] } });
    expect(fixAllOf(actions)).toBeUndefined();
    expect(await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [document.uri] })).toBe(false);
    expect(document.getText()).toBe(text);
    expect(readFileSync(join(dir, "only.json"), "utf8")).toBe(text);
    await client.close(document.uri);
  });
});
