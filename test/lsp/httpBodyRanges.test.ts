import { describe, expect, it } from "vitest";
import { DiagnosticSeverity } from "vscode-languageserver";
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

  // Found by the audit of .http positions: text after a value ending in a line break was published as if the {{name}} were not written (the 5 at 2:23, not 2:28).
  it("a body finding written after a value that ends with a line break covers its text, the {{name}} counted", async () => {
    const { client } = server;
    const held = `@h = Content-Type: application/json\\n\\n\nPOST https://integration.shopatron.com/api/v2/order/5/customData\n{{h}}{"name": "n", "value": 5}\n`;
    const document = await client.open(server.uri("held.http"), "http", held);
    const [value] = (await client.diagnosticsOf(document.uri, 1)).filter((d) => d.code === "schema");
    expect(value!.range.start).toEqual({ line: 2, character: held.split("\n")[2]!.indexOf("5") });
    expect(document.getText(value!.range)).toBe("5");
    await client.close(document.uri);
  });

  // Found by the audit of .http positions: after a byte order mark it was published one character past the line's end (1:2–1:12).
  it("request/body-not-allowed on a body the request line's value holds covers that line, after a byte order mark", async () => {
    const { client } = server;
    const marked = `\uFEFFGET {{u}}\n###\n@u = https://integration.shopatron.com/api/v2/orderItem/?orderID=1\\n\\n{"a": 1}\n`;
    const document = await client.open(server.uri("bom.http"), "http", marked);
    const [body] = (await client.diagnosticsOf(document.uri, 1)).filter((d) => d.code === "request/body-not-allowed");
    // The range itself: the editor's getText stops at the line's end, so a range past it reads the same.
    expect(body!.range).toEqual({ start: { line: 0, character: 1 }, end: { line: 0, character: 1 + "GET {{u}}".length } });
    expect(document.getText(body!.range)).toBe("GET {{u}}");
    await client.close(document.uri);
  });

  // Found by the request-files audit: with 100,000 `{{h}}` lines under the request line the server
  // published nothing (each line searched the URL so far: test/hostile/linearWork.test.ts counts it).
  // 10,000 lines: the count is linearWork's; this is the place the editor shows.
  it("under 10,000 lines of a variable the client fills below the request line, the body's finding covers its value", async () => {
    const { client } = server;
    const lines = `POST https://integration.shopatron.com/api/v2/order/1/customData\n${"{{h}}\n".repeat(10_000)}\n{"name": "", "value": "v"}\n`;
    const document = await client.open(server.uri("lines.http"), "http", lines);
    const [name] = (await client.diagnosticsOf(document.uri, 1)).filter((d) => d.code === "schema");
    expect([name!.severity, name!.range.start.line, document.getText(name!.range)]).toEqual([DiagnosticSeverity.Error, 10_002, '""']);
    await client.close(document.uri);
  });
});
