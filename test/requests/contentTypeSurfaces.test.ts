import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkRequest, lintHttpFile } from "../../src/index.js";
import { emptyConfig } from "../../src/config/config.js";
import { lintDocument } from "../../src/lsp/documentLint.js";

/**
 * request/content-type is one rule for every surface: a .http file the CLI lints, the same file
 * open in the editor (the language server), and a call checkRequest (withPreSubmitCheck) is given.
 * Each gets the same words for a charset other than UTF-8 and for a type that only starts as JSON's (service audit).
 */
const url = "https://integration.shopatron.com/api/v2/order/5/customData";
const body = '{"name":"city","value":"Zürich"}';
const folder = mkdtempSync(join(tmpdir(), "oms-lint-content-type-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The rule's messages in each surface for a request sending each of `contentTypes` as a Content-Type line (repeated where more than one). */
function messagesEverywhere(...contentTypes: string[]): string[][] {
  const http = `POST ${url}\n${contentTypes.map((type) => `Content-Type: ${type}\n`).join("")}\n${body}\n`;
  const ofRule = (messages: readonly { ruleId: string | null; message: string }[]) => messages.filter((m) => m.ruleId === "request/content-type").map((m) => m.message);
  const cli = ofRule(lintHttpFile(http, "orders.http").messages);
  const editor = ofRule(lintDocument({ filePath: join(folder, "orders.http") }, http, emptyConfig(folder), { structure: "publish" }, folder)?.result.messages ?? []);
  const service = ofRule(checkRequest({ method: "POST", url, headers: contentTypes.map((type) => ["content-type", type] as const), body }).diagnostics);
  return [cli, editor, service];
}

describe("request/content-type on every surface", () => {
  it.each(["application/json; charset=iso-8859-1", "application/jsonp"])("%s: one warning, the same words in the CLI, the editor and checkRequest", (contentType) => {
    const [cli, editor, service] = messagesEverywhere(contentType);
    expect(cli).toHaveLength(1);
    expect(cli![0]).toContain(`Content-Type is ${JSON.stringify(contentType)}`);
    expect(editor).toEqual(cli);
    expect(service).toEqual(cli);
  });

  it("Content-Type twice: the two read as one, joined with \", \" as fetch's Headers joins them, the same warning everywhere", () => {
    const [cli, editor, service] = messagesEverywhere("application/json", "text/plain");
    expect(cli).toEqual([expect.stringMatching(/^Content-Type is "application\/json, text\/plain": the documents give JSON as the supported format, so send application\/json/)]);
    expect(editor).toEqual(cli);
    expect(service).toEqual(cli);
  });

  // Read as one media type, the joined value was a malformed parameter once the first had one: no finding (service audit).
  it.each([
    [["application/json; charset=utf-8", "text/plain"], 'Content-Type is "application/json; charset=utf-8, text/plain": the documents give JSON as the supported format, so send application/json'],
    [["text/plain", "application/json; charset=utf-8"], 'Content-Type is "text/plain, application/json; charset=utf-8": the documents give JSON as the supported format'],
    [["application/json; charset=iso-8859-1", "application/json"], 'Content-Type is "application/json; charset=iso-8859-1, application/json": its charset "iso-8859-1" is not UTF-8'],
    [["application/json", "application/json; charset=utf-16"], 'Content-Type is "application/json, application/json; charset=utf-16": its charset "utf-16" is not UTF-8'],
  ])("Content-Type twice, %j: each media type judged, the same warning everywhere", (contentTypes, words) => {
    const [cli, editor, service] = messagesEverywhere(...contentTypes);
    expect(cli).toEqual([expect.stringContaining(words)]);
    expect(editor).toEqual(cli);
    expect(service).toEqual(cli);
  });

  it("Content-Type twice, both JSON's with no other charset: nothing anywhere", () => {
    expect(messagesEverywhere("application/json; charset=utf-8", "application/json")).toEqual([[], [], []]);
  });

  it.each(["application/json; charset=UTF-8", "application/json; charset=utf8", "application/json; charset=", "application/json; profile=https://example.com/p"])("%s: nothing anywhere", (contentType) => {
    expect(messagesEverywhere(contentType)).toEqual([[], [], []]);
  });
});
