import { describe, expect, it } from "vitest";
import { checkRequest, lintHttpFile, withPreSubmitCheck } from "../../src/index.js";
import { recordingServer } from "../support/recordingServer.js";

const server = recordingServer();

const search = "https://integration.shopatron.com/api/v2/orderItem/?orderID=5";

/**
 * HEAD where the endpoint takes GET: the documents' "HTTP Method GET" row does not refuse it, and
 * RFC 9110 says "All general-purpose servers MUST support the methods GET and HEAD" (§9.1), HEAD
 * being GET without content (§9.3.2). Our reading, so a warning at most (SPEC §3: when in doubt, warn).
 */
describe("a HEAD request where the endpoint takes GET", () => {
  it("checkRequest() gives it one inferred warning that quotes RFC 9110, and no error", () => {
    const verdict = checkRequest({ method: "HEAD", url: search });
    expect(verdict.diagnostics.map((d) => [d.ruleId, d.severity, d.evidence])).toEqual([["request/head-method", "warning", "inferred"]]);
    expect(verdict.diagnostics[0]!.message).toContain("RFC 9110");
    expect(verdict.diagnostics[0]!.message).toContain("All general-purpose servers MUST support the methods GET and HEAD");
    expect(verdict.valid).toBe(true);
  });

  it("is read as the GET it mirrors: a search without its orderID is still the search's error", () => {
    const verdict = checkRequest({ method: "HEAD", url: "https://integration.shopatron.com/api/v2/orderItem/?perPage=5" });
    expect(verdict.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ["request/head-method", "warning"],
      ["request/missing-query-parameter", "error"],
    ]);
  });

  it("withPreSubmitCheck sends it (under failOn error) to a real server", async () => {
    const checked = withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms` });
    const response = await checked(`${server.origin}/oms/api/v2/orderItem/?orderID=5`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(server.arrivals.map((a) => `${a.method} ${a.url}`)).toEqual(["HEAD /oms/api/v2/orderItem/?orderID=5"]);
  });

  it("a request file's HEAD gets the same warning, at the method", () => {
    const { messages } = lintHttpFile(`HEAD ${search}\n`, "search.http");
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([["request/head-method", 1, 1, 1]]);
  });

  it("HEAD where the endpoint takes no GET stays request/method-not-allowed's error", () => {
    const verdict = checkRequest({ method: "HEAD", url: "https://integration.shopatron.com/api/v2/createOrder/" });
    expect(verdict.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([["request/method-not-allowed", "error"]]);
  });
});
