import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { builtInLinter } from "../../src/builtIn/linter.js";
import { packageInfo } from "../../src/builtIn/packageInfo.js";
import { pseudoRules } from "../../src/builtIn/ruleDescriptions.js";
import { ruleDocsLinks } from "../../src/lsp/ruleDocsLink.js";
import { createOrder } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";

const docsRoot = fileURLToPath(new URL("../../docs/rules/", import.meta.url));
/** Every rule id with a docs page: docs/rules/<id>.md, in subfolders too (schema/…, request/…). */
const documented: string[] = (readdirSync(docsRoot, { recursive: true }) as string[]).filter((path) => path.endsWith(".md")).map((path) => path.slice(0, -3).split("\\").join("/"));
const pageOf = (id: string) => pathToFileURL(join(docsRoot, `${id}.md`)).href;
const undocumented = [...builtInLinter.ruleSet.rules.map((rule) => rule.meta.id), ...pseudoRules.map((rule) => rule.id)].filter((id) => !documented.includes(id));

describe("every rule with a docs page is linked from its diagnostics", () => {
  it("finds pages for the structural and request rules (the table below is not empty of them)", () => {
    expect(documented).toEqual(expect.arrayContaining(["schema", "schema/example-type", "request/unknown-endpoint", "tax-rate-cap"]));
  });

  it.each(documented)("%s: the page the package ships, while package.json names no repository", (id) => {
    const link = ruleDocsLinks(packageInfo())(id);
    expect(link).toBe(pageOf(id));
    expect(existsSync(fileURLToPath(link!))).toBe(true);
  });

  it.each(documented)("%s: the published page, by the package's one docs URL scheme, once a repository is known", (id) => {
    const published = (ruleId: string) => `https://github.com/acme/oms-lint/blob/HEAD/docs/rules/${ruleId}.md`;
    expect(ruleDocsLinks({ ...packageInfo(), docsUrl: published })(id)).toBe(published(id));
  });

  it.each(undocumented)("%s: no page, no link", (id) => {
    expect(ruleDocsLinks(packageInfo())(id)).toBeUndefined();
  });
});

describe("codeDescription.href through the real server", () => {
  const server = scratchServer("links");

  const linksOf = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.codeDescription?.href]);
  const expected = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, documented.includes(String(d.code)) ? pageOf(String(d.code)) : undefined]);

  it("links schema, schema/* and request/* findings to their pages", async () => {
    const order = createOrder({ currency: "XXX", orderID: 5, customer: { ...(createOrder().customer as object), phone1: 5 } });
    const { client } = server;
    const json = server.uri("order.json");
    await client.open(json, "json", JSON.stringify(order, null, 2));
    const payload = await client.diagnosticsOf(json, 1);
    expect(payload.map((d) => d.code)).toEqual(expect.arrayContaining(["schema", "schema/example-type", "read-only-ids"]));
    expect(linksOf(payload)).toEqual(expected(payload));

    const http = server.uri("orders.http");
    await client.open(http, "http", ["POST https://integration.shopatron.com/api/v2/createOrdr/", "Content-Type: application/json", "", "{}", ""].join("\n"));
    const requests = await client.diagnosticsOf(http, 1);
    expect(requests.map((d) => d.code)).toContain("request/unknown-endpoint");
    expect(linksOf(requests)).toEqual(expected(requests));
  });

  // Found by the audit of the ESLint plugin: this warning was `parse`'s, an error under ESLint.
  it("a collection told by its name whose info.schema names no Postman schema: postman-info-schema's warning, as in the CLI and ESLint, with no page to link", async () => {
    const { client } = server;
    const collection = server.uri("named.postman_collection.json");
    await client.open(collection, "json", JSON.stringify({ info: { name: "x" }, item: [] }));
    const found = await client.diagnosticsOf(collection, 1);
    expect(found.map((d) => [d.code, d.severity, d.codeDescription?.href])).toEqual([["postman-info-schema", DiagnosticSeverity.Warning, undefined]]);
  });
});
