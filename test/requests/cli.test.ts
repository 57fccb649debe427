import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { lintText } from "../../src/index.js";
import { requestFixture, requestFixtures } from "./support.js";

const temp = mkdtempSync(join(tmpdir(), "oms-lint-requests-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("the CLI lints whole requests", () => {
  it("a folder takes .http, .rest, *.postman_collection.json and collections told by info.schema", async () => {
    const run = await runCli(["--format", "json", "."], { cwd: requestFixtures });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number; messages: { ruleId: string }[] }[];
    const byName = new Map(results.map((r) => [r.filePath.slice(requestFixtures.length), r]));
    expect([...byName.keys()]).toEqual(["all-endpoints.http", "broken-collection.json", "broken.rest", "oms.postman_collection.json"]);
    expect(byName.get("all-endpoints.http")?.errorCount).toBe(0);
    expect(byName.get("oms.postman_collection.json")?.messages).toEqual([]);
    expect(byName.get("broken.rest")?.messages.map((m) => m.ruleId)).toContain("request/missing-tenant-header");
    expect(byName.get("broken-collection.json")?.messages.map((m) => m.ruleId)).toContain("request/unknown-endpoint");
  });

  // Found by the review of the request files: the warning was `parse`, which no config could turn off (`"parse": "off"`: exit 2, no such rule).
  it("a collection whose url.raw and parts disagree: request/postman-raw-url-differs's warning (exit 0), off in the config file", async () => {
    const url = { raw: "https://integration.shopatron.com/api/v2/orderItem/?orderID=5", protocol: "https", host: ["integration", "shopatron", "com"], path: ["api", "v2", "orderItem", ""], query: [{ key: "orderID", value: "5" }, { key: "page", value: "2" }] };
    const dir = join(temp, "raw-differs");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "c.postman_collection.json"), JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "search", request: { method: "GET", url } }] }));
    const found = async (...flags: string[]) => {
      const run = await runCli(["--format", "json", ...flags, "c.postman_collection.json"], { cwd: dir });
      return { code: run.code, findings: (JSON.parse(run.stdout) as { messages: { ruleId: string; severity: number }[] }[])[0]!.messages.map((m) => [m.ruleId, m.severity]) };
    };
    expect(await found("--no-config")).toEqual({ code: 0, findings: [["request/postman-raw-url-differs", 1]] });
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ rules: { "request/postman-raw-url-differs": "off" } }));
    expect(await found()).toEqual({ code: 0, findings: [] });
  });

  // Found by the audit of the ESLint plugin: this warning stood under `parse`, the rule id of
  // errors (ESLint's recommended config sets oms-lint/parse at "error", and failed the file).
  it("a collection told by its name whose info.schema names no Postman schema: postman-info-schema's warning at info, our reading (exit 0)", async () => {
    const dir = join(temp, "info-schema");
    mkdirSync(dir, { recursive: true });
    const request = { name: "a", request: { method: "GET", url: "https://integration.shopatron.com/api/v2/orderItem/?orderID=1" } };
    writeFileSync(join(dir, "c.postman_collection.json"), JSON.stringify({ info: { name: "x" }, item: [request] }));
    const run = await runCli(["--format", "json", "--no-config", "c.postman_collection.json"], { cwd: dir });
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout) as { warningCount: number; messages: { ruleId: string; severity: number; evidence: string; path: string; line: number; column: number }[] }[];
    expect(result!.messages.map(({ ruleId, severity, evidence, path, line, column }) => ({ ruleId, severity, evidence, path, line, column }))).toEqual([
      { ruleId: "postman-info-schema", severity: 1, evidence: "inferred", path: "/info", line: 1, column: 9 },
    ]);
  });

  // Found by the audit of request files: REST Client's rest-client.defaultHeaders may send
  // x-vol-tenant with every request, where the tenant rules' findings are false. oms-lint does not
  // read VS Code's settings (docs/requests.md says why); the override it gives there must work.
  it("the override docs/requests.md gives for rest-client.defaultHeaders turns the tenant rules off for .http files, not for collections", async () => {
    const docs = readFileSync(new URL("../../docs/requests.md", import.meta.url), "utf8");
    const snippet = /`rest-client\.defaultHeaders`[^]*?```json\n([^]*?)```/.exec(docs)?.[1];
    const dir = join(temp, "default-headers");
    mkdirSync(join(dir, "calls"), { recursive: true });
    writeFileSync(join(dir, "oms-lint.config.json"), snippet ?? "");
    writeFileSync(join(dir, "calls", "items.http"), "GET https://12345-translation.mozu.com/api/v2/orderItem/1/customData/?orderID=2\n\n###\nGET https://12345-translation.mozu.com/api/v2/orderItem/?orderID=2\n");
    const collection = { info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "items", request: "https://12345-translation.mozu.com/api/v2/orderItem/1/customData/?orderID=2" }] };
    writeFileSync(join(dir, "calls", "items.postman_collection.json"), JSON.stringify(collection));
    const run = await runCli(["--format", "json", "calls"], { cwd: dir });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    const rulesOf = (name: string) => results.find((r) => r.filePath.endsWith(name))?.messages.map((m) => m.ruleId);
    expect(rulesOf("items.http")).toEqual([]);
    expect(rulesOf("items.postman_collection.json")).toEqual(["request/missing-tenant-header"]);
    expect(run.code).toBe(1);
  });

  it("--max-entries and --max-values hold a request's body as they hold a payload file (only --max-depth reached it)", async () => {
    // Six elements past five: the URL's five path segments stay within the limit.
    const body = JSON.stringify({ name: "gift", value: ["a", "b", "c", "d", "e", "f"] });
    writeFileSync(join(temp, "limits.http"), `POST https://integration.shopatron.com/api/v2/order/1/customData\nx-vol-tenant: 1\nContent-Type: application/json\n\n${body}\n`);
    const messagesOf = async (...flags: string[]) => {
      const run = await runCli(["--format", "json", "--no-config", ...flags, "limits.http"], { cwd: temp });
      return (JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[])[0]!.messages.filter((m) => m.ruleId === "parse").map((m) => m.message);
    };
    expect(await messagesOf()).toEqual([]);
    expect(await messagesOf("--max-entries", "5")).toEqual([expect.stringMatching(/^this array holds more than 5 elements: .*\(the limit is --max-entries or limits\.maxEntries in oms-lint\.config\.json\)$/)]);
    expect(await messagesOf("--max-values", "5")).toEqual([expect.stringMatching(/^the JSON holds more than 5 values by this one: .*\(the limit is --max-values or limits\.maxValues in oms-lint\.config\.json\)$/)]);
  });

  it("--fix and --fix-dry-run leave a request file as it is: a body's fixable finding is reported, with no fix (README, Fixing what is safe to fix)", async () => {
    // Create Order's orderID, "best to treat it as read-only": fixed to null in a payload file.
    const text = 'POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n{"externalOrderID": "x", "orderID": 555555}\n';
    writeFileSync(join(temp, "fix.http"), text);
    writeFileSync(join(temp, "fix.json"), '{"externalOrderID": "x", "orderID": 555555}\n');
    const dryRun = await runCli(["--fix-dry-run", "--no-config", "--kind", "createOrder", "fix.json", "fix.http"], { cwd: temp });
    // The payload's fix is in the diff; the request file's is not.
    expect(dryRun.stdout).toContain('+{"externalOrderID": "x", "orderID": null}');
    expect(dryRun.stdout).not.toContain("fix.http");
    const fixed = await runCli(["--fix", "--format", "json", "--no-config", "fix.http"], { cwd: temp });
    expect(readFileSync(join(temp, "fix.http"), "utf8")).toBe(text);
    const [result] = JSON.parse(fixed.stdout) as { messages: { ruleId: string; fix?: unknown; line: number }[] }[];
    expect(result!.messages.filter((m) => m.ruleId === "read-only-ids")).toEqual([expect.objectContaining({ line: 4 })]);
    expect(result!.messages.some((m) => m.fix !== undefined)).toBe(false);
  });

  it("stylish output names the file and line", async () => {
    const run = await runCli(["broken.rest"], { cwd: requestFixtures });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/broken\.rest\n/);
    expect(run.stdout).toMatch(/request\/custom-data-name-unmatched/);
  });

  it("request rules take levels from the config and --rule; SARIF describes them", async () => {
    writeFileSync(join(temp, "calls.http"), requestFixture("broken.rest"));
    writeFileSync(join(temp, "oms-lint.config.json"), JSON.stringify({ rules: { "request/content-type": "off", "request/body-required": "warn" } }));
    const run = await runCli(["--format", "json", "--rule", "request/missing-tenant-header:off", "calls.http"], { cwd: temp });
    expect(run.stderr).toBe("");
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; severity: number }[] }[];
    const ids = result!.messages.map((m) => m.ruleId);
    expect(ids).not.toContain("request/content-type");
    expect(ids).not.toContain("request/missing-tenant-header");
    expect(result!.messages.find((m) => m.ruleId === "request/body-required")?.severity).toBe(1);
    // A JSON payload in the same run is not disturbed by the request rules in the config.
    writeFileSync(join(temp, "note.json"), JSON.stringify({ name: "n", value: "v" }));
    const payload = await runCli(["--kind", "orderCustomData", "note.json"], { cwd: temp });
    expect([payload.code, payload.stderr]).toEqual([0, ""]);
    const sarif = JSON.parse((await runCli(["--format", "sarif", "calls.http"], { cwd: temp })).stdout) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex?: number }[] }[];
    };
    const described = sarif.runs[0]!.tool.driver.rules.map((r) => r.id);
    expect(described).toContain("request/custom-data-name-changed");
    expect(sarif.runs[0]!.results.every((r) => r.ruleIndex !== undefined)).toBe(true);
  });

  // Found by the data audit: the verdict on a payload named like a collection advised --kind, which the name overrode.
  it("a payload named like a Postman collection: the verdict's advice (--kind, or a files entry) makes it a payload", async () => {
    writeFileSync(join(temp, "note.postman_collection.json"), JSON.stringify({ name: "", value: "v" }));
    const asCollection = await runCli(["--format", "json", "note.postman_collection.json"], { cwd: temp });
    const [collection] = JSON.parse(asCollection.stdout) as { messages: { message: string }[] }[];
    expect(collection!.messages.map((m) => m.message).join("\n")).toMatch(/no "item" array; if it is a payload, name its kind with --kind <kind> or map the file to a kind under "files"/);
    const byKind = await runCli(["--format", "json", "--kind", "orderCustomData", "note.postman_collection.json"], { cwd: temp });
    expect(JSON.parse(byKind.stdout)).toMatchObject([{ kind: "orderCustomData", errorCount: 1, messages: [{ ruleId: "schema", path: "/name" }] }]);
    const mapped = join(temp, "mapped");
    mkdirSync(mapped);
    writeFileSync(join(mapped, "note.postman_collection.json"), JSON.stringify({ name: "", value: "v" }));
    writeFileSync(join(mapped, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "*.postman_collection.json", kind: "orderCustomData" }] }));
    expect(JSON.parse((await runCli(["--format", "json", "note.postman_collection.json"], { cwd: mapped })).stdout)).toMatchObject([{ kind: "orderCustomData", errorCount: 1 }]);
    // A real collection (it holds requests) stays one under a folder-wide --kind or files entry (found by review).
    writeFileSync(join(mapped, "oms.postman_collection.json"), JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [] }));
    const walked = JSON.parse((await runCli(["--format", "json", "--kind", "createOrder", "oms.postman_collection.json"], { cwd: mapped })).stdout) as { kind: string | null; messages: unknown[] }[];
    expect(walked).toMatchObject([{ kind: null, messages: [] }]);
  });
});

// Found by the audit of every surface: lintText took a .http file for a payload (a parse fault at
// its first "@") and a collection for a payload of unknown kind, where the CLI lints them as requests.
describe("lintText given a request file, as the CLI lints it", () => {
  it("each request fixture: the CLI's messages, by its name (.http, .rest, .postman_collection.json) or its content (info.schema)", async () => {
    const run = await runCli(["--format", "json", "."], { cwd: requestFixtures });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: unknown[] }[];
    expect(results).toHaveLength(4);
    for (const { filePath, messages } of results) {
      const name = filePath.slice(requestFixtures.length);
      expect(lintText(requestFixture(name), { filePath: name }).messages, name).toEqual(messages);
    }
    // A collection told by its content needs no name.
    const collection = results.find((r) => r.filePath.endsWith("broken-collection.json"))!;
    expect(lintText(requestFixture("broken-collection.json")).messages).toEqual(collection.messages);
  });

  // Found by the request-files audit: each request drew one unknown-endpoint warning (exit 0),
  // `-translation.mozu.com/api/v2/… is none of the OMS v2 endpoints`, and its body went unchecked.
  it("a URL with no scheme whose host starts with a variable: its body and tenant header are checked (exit 1)", async () => {
    const dir = join(temp, "variable-host");
    mkdirSync(dir, { recursive: true });
    const body = 'Content-Type: application/json\n\n{"name": "", "value": "v"}\n';
    writeFileSync(join(dir, "ns.http"), `POST {{tenantId}}-translation.mozu.com/api/v2/orderItem/1/customData?orderID=2\n${body}\n###\nPOST {{host}}:{{port}}/api/v2/order/1/customData\n${body}`);
    const run = await runCli(["--format", "compact", "--no-config", "ns.http"], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines.map((line) => /\[([^\]]+)\]$/.exec(line)?.[1])).toEqual(["request/missing-tenant-header", "schema", "schema"]);
    expect(lines[0]).toContain("ns.http:1:1: error a call to the translation host needs the x-vol-tenant header");
    expect(lines[1]).toContain("ns.http:4:10: error name must not be empty");
    expect(lines[2]).toContain("ns.http:10:10: error name must not be empty");
  });

  it("a kind given says the text is that payload: no request lint", () => {
    expect(lintText(requestFixture("all-endpoints.http"), { kind: "createOrder", filePath: "a.http" }).messages).toEqual([expect.objectContaining({ ruleId: "parse", fatal: true })]);
  });
});
