import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver";
import { createOrder } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";
import { initVscode } from "../support/initSettings.js";

const schemaFindings = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === "schema");
/** The config maps order.json to its kind: "editor" leaves its structural findings to the editor's JSON validation. */
const config = (dir: string) => {
  writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "order.json", kind: "createOrder" }] }));
  initVscode(dir);
};
const order = JSON.stringify(createOrder({ currency: "XXX" }), null, 2);

/**
 * A `structure` setting the server does not take ("bogus", "editor" as a bare string for the
 * whole initializationOptions, 5, a section that answers "editr") was ignored without a word:
 * the user saw structural findings twice and never learnt why (found by the editor audit).
 */
describe("a structure setting the server does not take is told once, and the previous value kept", () => {
  describe.each([
    ["structure: \"bogus\"", { structure: "bogus" }, 'structure "bogus" (initializationOptions) is not a value the server takes: "publish" or "editor"; structure stays "publish"'],
    ['the bare string "editor"', "editor", 'initializationOptions "editor" is not an object: the server takes { "structure": "publish" } or { "structure": "editor" }; structure stays "publish"'],
    ["the number 5", 5, 'initializationOptions 5 is not an object: the server takes { "structure": "publish" } or { "structure": "editor" }; structure stays "publish"'],
  ])("initializationOptions of %s", (_, initializationOptions, told) => {
    const server = scratchServer("invalid-init-settings", { noTypingPause: true, initializationOptions, settings: null, files: config });

    it("is told by window/showMessage, and the structure published", async () => {
      const { client } = server;
      const uri = server.uri("order.json");
      await client.open(uri, "json", order);
      expect(schemaFindings(await client.diagnosticsOf(uri, 1)).length).toBeGreaterThan(0);
      expect(client.messages.seen.map((m) => m.message)).toEqual([`oms-lint: ${told}`]);
      await client.close(uri);
    });
  });

  describe("a settings section that answers structure \"editr\"", () => {
    const server = scratchServer("invalid-section-settings", { noTypingPause: true, initializationOptions: { structure: "editor" }, settings: { structure: "editr" }, files: config });

    it("is told once, however often it is read again, and the structure stays as it was", async () => {
      const { client } = server;
      const uri = server.uri("order.json");
      await client.open(uri, "json", order);
      expect(schemaFindings(await client.diagnosticsOf(uri, 1))).toEqual([]);
      for (let i = 0; i < 2; i++) {
        const pulled = client.pulls.seen.length;
        await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
        await client.pulls.next(() => true, "the settings pull", pulled);
      }
      const version = await client.edit(uri, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: " " }]);
      expect(schemaFindings(await client.diagnosticsOf(uri, version))).toEqual([]);
      expect(client.messages.seen.map((m) => m.message)).toEqual([
        'oms-lint: structure "editr" (the omsLint settings) is not a value the server takes: "publish" or "editor"; structure stays "editor"',
      ]);
      expect(client.messages.seen.map((m) => m.type)).toEqual([2]);
      await client.close(uri);
    });
  });
});
