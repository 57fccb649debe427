import { describe, expect, it } from "vitest";
import { scratchServer } from "./scratchServer.js";
import { readmeCustomDataRequests } from "../support/readmeOrdersHttp.js";

const text = readmeCustomDataRequests;

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
