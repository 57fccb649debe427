import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection, lintText, validate } from "../../src/builtIn/linter.js";
import { checkRequest } from "../../src/index.js";
import { runCli } from "../support/cli.js";

/**
 * The structure limits (depth, entries, values, a URL's parameters and path segments, a request
 * file's requests) are oms-lint's own: the five documents give none, so a fault past one is no
 * word of theirs that the OMS refuses the payload (SPEC §3). It was `evidence: "stated"`, as a
 * syntax fault is (the documents give JSON as the format); it is `inferred` (a limit from outside
 * the five documents), and still an error: oms-lint stopped there and checked nothing else.
 */

const dir = mkdtempSync(join(tmpdir(), "oms-lint-limit-evidence-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const order = `{"externalOrderID":"x","orderItems":[{},{},{},{}]}`;
const createOrderUrl = "https://integration.shopatron.com/api/v2/createOrder/";
const pick = (messages: readonly { ruleId: string; severity: number | string; evidence?: string }[]) => messages.filter((m) => m.ruleId === "parse").map(({ severity, evidence }) => [severity, evidence]);

describe("a limit's fault: evidence inferred, severity error", () => {
  it.each([
    ["entries", order, { maxEntries: 3 }],
    ["depth", `{"orderItems":[{"itemSpecifics":{"options":{"a":[1]}}}]}`, { maxDepth: 4 }],
    ["values", `{"a":1,"b":[true,null],"c":"x"}`, { maxValues: 5 }],
    ["a search URL's parameters", JSON.stringify("https://integration.shopatron.com/api/v2/orderItem/search?orderID=1&a=1&b=2&c=3"), { maxEntries: 3 }],
  ])("lintText, %s", (_, text, limits) => {
    expect(pick(lintText(text, limits).messages)).toEqual([[2, "inferred"]]);
  });

  it("validate() of a value past a limit", () => {
    expect(pick(validate("createOrder", JSON.parse(order), { maxEntries: 3 }).diagnostics)).toEqual([["error", "inferred"]]);
  });

  it("checkRequest of a body past a limit", () => {
    const verdict = checkRequest({ method: "POST", url: createOrderUrl, headers: { "content-type": "application/json" }, body: order }, { maxEntries: 3 });
    expect(pick(verdict.diagnostics)).toEqual([["error", "inferred"]]);
  });

  it("a .http body past a limit, and a file of more requests than the limit", () => {
    const request = `POST ${createOrderUrl}\nContent-Type: application/json\n\n${order}\n`;
    expect(pick(lintHttpFile(request, "a.http", { maxEntries: 3 }).messages)).toEqual([[2, "inferred"]]);
    const fourRequests = Array(4).fill(`GET ${createOrderUrl}\n`).join("###\n");
    expect(pick(lintHttpFile(fourRequests, "b.http", { maxEntries: 3 }).messages)).toEqual([[2, "inferred"]]);
  });

  it("a Postman collection past a limit itself", () => {
    const collection = JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "r", request: { method: "POST", header: [], url: createOrderUrl, body: { mode: "raw", raw: "{}" } } }] });
    expect(pick(lintPostmanCollection(collection, "c.postman_collection.json", { maxEntries: 3 }).messages)).toEqual([[2, "inferred"]]);
  });

  it("the CLI's -f json", async () => {
    writeFileSync(join(dir, "order.json"), order);
    const run = await runCli(["order.json", "-f", "json", "--max-entries", "3"], { cwd: dir });
    const [file] = JSON.parse(run.stdout) as [{ messages: { ruleId: string; severity: number; evidence: string }[] }];
    expect(pick(file.messages)).toEqual([[2, "inferred"]]);
  });
});

describe("what the documents do give stays stated", () => {
  it("a syntax fault (the documents give JSON as the format)", () => {
    expect(pick(lintText(`{"externalOrderID": MFG_ID}`).messages)).toEqual([[2, "stated"]]);
  });

  it("a value that holds itself (it has no JSON text)", () => {
    const value: Record<string, unknown> = { externalOrderID: "x" };
    value.self = value;
    expect(pick(validate("createOrder", value).diagnostics)).toEqual([["error", "stated"]]);
  });
});
