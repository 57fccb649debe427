import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratchServer } from "./scratchServer.js";

/**
 * preorder-mix in a .http, .rest or Postman body said "(`oms-lint split <file>` writes them …)",
 * but `oms-lint split co.http` exits 2 ("not a request file") and no split action is offered
 * there (found by the language server audit). In a request's body the message says to save the
 * body as a .json file of its own, as the CLI's does.
 */
describe("the split note of a finding in a request's body", () => {
  const example = JSON.parse(readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8")) as { orderItems: { product: { availability?: string } }[] };
  example.orderItems[1]!.product.availability = "P";
  const body = JSON.stringify(example, null, 2);
  const http = `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n${body}\n`;
  const postman = JSON.stringify({
    info: { name: "c", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    item: [{ name: "co", request: { method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", header: [{ key: "Content-Type", value: "application/json" }], body: { mode: "raw", raw: body, options: { raw: { language: "json" } } } } }],
  }, null, 2);
  const server = scratchServer("split-request-bodies", {
    noTypingPause: true,
    files: (dir) => {
      writeFileSync(join(dir, "co.http"), http);
      writeFileSync(join(dir, "co.rest"), http);
      writeFileSync(join(dir, "c.postman_collection.json"), postman);
    },
  });

  it.each([
    ["a .http file", "co.http", "http", http],
    ["a .rest file", "co.rest", "http", http],
    ["a Postman collection", "c.postman_collection.json", "json", postman],
    ["an untitled request file", "untitled:Untitled-1", "http", http],
  ])("%s", async (_, name, languageId, text) => {
    const { client } = server;
    const document = await client.open(name.startsWith("untitled:") ? name : server.uri(name), languageId, text);
    const mix = (await client.diagnosticsOf(document.uri, 1)).filter((d) => d.code === "preorder-mix");
    expect(mix).toHaveLength(1);
    expect(mix[0]!.message).toContain("(`oms-lint split` writes them from this body saved as a .json file of its own, or says what in it to fix first)");
    expect(mix[0]!.message).not.toContain("oms-lint split <file>");
    await client.close(document.uri);
  });
});
