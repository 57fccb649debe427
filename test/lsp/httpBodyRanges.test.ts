import { describe, expect, it } from "vitest";
import { scratchServer } from "./scratchServer.js";

/** The README's orders.http, its custom data part: the PUT sends "Gift mesage", a name the POST did not create. */
const text = [
  "@oms = https://integration.shopatron.com/api/v2",
  "",
  "### Add a gift message",
  "POST {{oms}}/order/555555/customData",
  "Content-Type: application/json",
  "",
  '{"name": "Gift message", "value": "Happy birthday"}',
  "",
  "### Change its value (the name cannot change)",
  "PUT {{oms}}/order/555555/customData/111111",
  "Content-Type: application/json",
  "",
  '{"name": "Gift mesage", "value": "Happy birthday!"}',
  "",
].join("\n");

/** The editor underlined nothing: request/custom-data-name-unmatched was published at 12:0–12:0 (found by the editor audit). */
describe("a .http body finding is published at the value it is about", () => {
  const server = scratchServer("http-body-ranges");

  it("request/custom-data-name-unmatched covers the name the PUT sends", async () => {
    const { client } = server;
    const document = await client.open(server.uri("orders.http"), "http", text);
    const [unmatched] = (await client.diagnosticsOf(document.uri, 1)).filter((d) => d.code === "request/custom-data-name-unmatched");
    expect(document.getText(unmatched!.range)).toBe('"Gift mesage"');
    await client.close(document.uri);
  });
});
