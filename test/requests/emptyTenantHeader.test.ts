import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import type { LintMessage } from "../../src/lint/lintResult.js";

/**
 * Found by the audit of request files: an empty x-vol-tenant (`x-vol-tenant:`, blanks only, a
 * Postman header whose value is "") on a translation host was request/missing-tenant-header's
 * "needs the x-vol-tenant header", at the request line: the header is there, and the message
 * sent the reader looking for a line that exists. Empty is still no tenant (the same finding,
 * the same level); it now says the header is empty, at the header's line or entry.
 */
const itemData = "https://12345-translation.mozu.com/api/v2/orderItem/100001/customData?orderID=5";
const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
const tenantFindings = (messages: readonly LintMessage[]) => messages.filter((m) => m.ruleId === "request/missing-tenant-header");

describe("request/missing-tenant-header: an empty x-vol-tenant is said to be empty, where it is written", () => {
  for (const line of ["x-vol-tenant:", "x-vol-tenant:    ", "X-Vol-Tenant: ", "x-vol-tenant"]) {
    it(`.http: ${JSON.stringify(line)} on line 2`, () => {
      const text = `GET ${itemData}\n${line}\n`;
      const found = tenantFindings(lintHttpFile(text, "t.http").messages);
      expect(found.map((m) => [m.severity, m.message, m.line, m.column, m.endLine, m.endColumn])).toEqual([
        [2, "x-vol-tenant is empty: a call to the translation host needs the tenant ID in it: Custom Order Item Data says to provide the x-vol-tenant header", 2, 1, 2, line.length + 1],
      ]);
    });
  }

  it(".http: no header at all is still the missing header, at the request line", () => {
    const found = tenantFindings(lintHttpFile(`GET ${itemData}\nAccept: */*\n`, "t.http").messages);
    expect(found.map((m) => [m.message, m.line])).toEqual([["a call to the translation host needs the x-vol-tenant header (the tenant ID): Custom Order Item Data says to provide it", 1]]);
  });

  it("Postman: a header entry whose value is \"\" stands at that entry", () => {
    const header = [{ key: "Accept", value: "*/*" }, { key: "x-vol-tenant", value: "" }];
    const text = JSON.stringify({ info: { schema }, item: [{ name: "r", request: { method: "GET", header, url: itemData } }] }, null, 2);
    const found = tenantFindings(lintPostmanCollection(text, "c.postman_collection.json").messages);
    expect(found.map((m) => [m.message, m.path])).toEqual([
      ["x-vol-tenant is empty: a call to the translation host needs the tenant ID in it: Custom Order Item Data says to provide the x-vol-tenant header", "/item/0/request/header/1"],
    ]);
  });
});
