import { describe, expect, it } from "vitest";
import { checkRequest } from "../../src/index.js";
import { importOrder } from "../support/payloads.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

const folder = scratchFolders("translated-import");

/**
 * A Historic Order Import sent to a translation host is checked only with the v2 import's
 * shape (docs/requests.md ²); a body left unchecked is said to be, never called checked and
 * clean (found by the service surface audit).
 */

const url = "https://acme-translation.mozu.com/api/v2/importOrder/";
const headers = { "content-type": "application/json", "x-vol-tenant": "1" };
const { orderStatus: _dropped, ...withoutOrderStatus } = importOrder();

describe("checkRequest of a translated Historic Order Import", () => {
  it("the v2 import without orderStatus is checked as importOrder, and refused for the missing orderStatus", () => {
    const verdict = checkRequest({ method: "POST", url, headers, body: JSON.stringify(withoutOrderStatus) });
    expect(verdict).toMatchObject({ checked: true, endpoint: "importOrder", kind: "importOrder", valid: false });
    expect(verdict.failures).toContainEqual(expect.objectContaining({ ruleId: "schema", messageId: "required", message: expect.stringMatching(/orderStatus/) }));
  });

  it("the translated body (status) is not checked as any kind, and a warning says so", () => {
    const verdict = checkRequest({ method: "POST", url, headers, body: JSON.stringify({ status: "FULFILLED", externalId: "A1" }) });
    expect(verdict).toMatchObject({ checked: true, endpoint: "importOrder", kind: undefined, errorCount: 0, warningCount: 1 });
    expect(verdict.diagnostics).toEqual([expect.objectContaining({ ruleId: "request/body-unchecked", severity: "warning", evidence: "inferred", path: "", message: expect.stringMatching(/^the body is not checked/) })]);
    expect(checkRequest({ method: "POST", url, headers, body: JSON.stringify({ status: "FULFILLED" }) }, { failOn: "warning" }).valid).toBe(false);
  });

  it("the v2 import with orderStatus: checked and valid, no note", () => {
    const verdict = checkRequest({ method: "POST", url, headers, body: JSON.stringify(importOrder()) });
    expect(verdict).toMatchObject({ kind: "importOrder", valid: true, errorCount: 0 });
    expect(verdict.diagnostics.map((d) => d.ruleId)).not.toContain("request/body-unchecked");
  });

  it("the CLI lints a .http file the same way: the missing orderStatus an error, a translated body's note a warning", async () => {
    const request = (body: object) => `POST ${url}\nx-vol-tenant: 1\ncontent-type: application/json\n\n${JSON.stringify(body)}\n`;
    const dir = folder({ "import.http": `${request(withoutOrderStatus)}\n###\n${request({ status: "FULFILLED" })}` });
    const run = await runCli(["-f", "json", "import.http"], { cwd: dir });
    expect(run.code).toBe(1);
    const [report] = JSON.parse(run.stdout) as { messages: { ruleId: string; severity: number; message: string; line: number }[] }[];
    expect(report!.messages).toContainEqual(expect.objectContaining({ ruleId: "schema", severity: 2, message: expect.stringMatching(/orderStatus/) }));
    expect(report!.messages).toContainEqual(expect.objectContaining({ ruleId: "request/body-unchecked", severity: 1, line: 12 }));
  });
});
