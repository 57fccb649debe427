import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { scratchServer } from "./scratchServer.js";

/**
 * The explainSplit advice wrote each child's externalOrderID raw: with an ID that is a card
 * number or an e-mail address, the message box and the command's result read
 * `4111111111111111-1: item 0 …`, where `oms-lint split` shows `"[redacted]-1"` (SPEC §5: no
 * secret quoted in a message; found by the language server audit). The advice now shows each
 * child's ID as split's report does.
 */
describe("the split advice shows each child's externalOrderID as `oms-lint split` shows it", () => {
  const server = scratchServer("split-advice-secrets", { noTypingPause: true });
  const folder = scratchFolders("split-advice-secrets-cli");
  const example = JSON.parse(readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8")) as { externalOrderID: string; orderItems: { product: { availability?: string } }[] };
  const mixedWith = (externalOrderID: string) => {
    const order = structuredClone(example);
    order.externalOrderID = externalOrderID;
    order.orderItems[1]!.product.availability = "P";
    return JSON.stringify(order, null, 2);
  };

  async function advised(name: string, text: string): Promise<{ advice: string; shown: string }> {
    const { client } = server;
    const document = await client.open(server.uri(name), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const from = client.messages.seen.length;
    const advice: string = await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.explainSplit", arguments: [document.uri] });
    const shown = await client.messages.next(() => true, "the split advice", from);
    await client.close(document.uri);
    return { advice, shown: shown.message };
  }

  async function splitsChildIds(text: string): Promise<string[]> {
    const split = await runCli(["split", "-f", "json", "order.json"], { cwd: folder({ "order.json": text }) });
    return (JSON.parse(split.stdout) as { children: { externalOrderID: string }[] }).children.map((child) => child.externalOrderID);
  }

  it.each([
    ["a card number", "4111111111111111", true],
    ["an e-mail address", "jane.doe@example.com", true],
    // split keeps a phone-like ID whole: it is the merchant's key for the order, `2024-12-0042` no one's phone (test/split/dateLikeChildIds.test.ts).
    ["a phone-like number", "+1 555-123-4567", false],
  ])("an externalOrderID that is %s", async (_, id, masked) => {
    const text = mixedWith(id);
    const { advice, shown } = await advised(`order-${masked ? "masked" : "kept"}-${id.length}.json`, text);
    const children = await splitsChildIds(text);
    expect(children).toHaveLength(2);
    expect(advice).toContain(`: ${children[0]}: item 0 (`);
    expect(advice).toContain(`; ${children[1]}: item 1 (`);
    expect(shown).toBe(advice);
    if (masked) {
      expect(children).toEqual(["[redacted]-1", "[redacted]-2"]);
      expect(advice).not.toContain(id);
    }
  });
});
