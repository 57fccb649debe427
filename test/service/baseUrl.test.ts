import { describe, expect, it } from "vitest";
import { checkRequest } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/**
 * `baseUrl` stands where the OMS host's root would (the README's `${OMS_BASE_URL}/api/v2/createOrder/`),
 * or its API root when it ends in /api/v2: the path after it is read as it is sent, and
 * /api/v2 is never added to a path that did not send it.
 */

const post = (url: string, body = JSON.stringify(createOrder())) => ({ method: "POST", url, headers: { "content-type": "application/json" }, body });

describe("checkRequest under baseUrl", () => {
  const table: [string, string, string, { valid: boolean; endpoint: string | undefined }][] = [
    ["a host root, the README's way", "http://oms.internal", "http://oms.internal/api/v2/createOrder/", { valid: true, endpoint: "createOrder" }],
    ["a host root, a path without /api/v2: no endpoint", "http://oms.internal", "http://oms.internal/createOrder/", { valid: false, endpoint: undefined }],
    ["a proxy's prefix, then /api/v2", "http://proxy.internal/oms", "http://proxy.internal/oms/api/v2/createOrder/", { valid: true, endpoint: "createOrder" }],
    ["a proxy's prefix, a path without /api/v2: no endpoint", "http://proxy.internal/oms", "http://proxy.internal/oms/createOrder/", { valid: false, endpoint: undefined }],
    ["a base that holds /api/v2", "http://oms.internal/api/v2", "http://oms.internal/api/v2/createOrder/", { valid: true, endpoint: "createOrder" }],
    ["a base that holds /api/v2, with a trailing slash", "http://oms.internal/api/v2/", "http://oms.internal/api/v2/createOrder/", { valid: true, endpoint: "createOrder" }],
    ["a base that holds /api", "http://oms.internal/api", "http://oms.internal/api/v2/createOrder/", { valid: true, endpoint: "createOrder" }],
    // Found by review: the base's /API/V2 was kept in capitals, no endpoint matched, and the body went unchecked.
    ["a proxy's base ending in /API/V2, in capitals", "https://proxy.example/OMS/API/V2", "https://proxy.example/OMS/API/V2/createOrder/", { valid: true, endpoint: "createOrder" }],
  ];
  for (const [what, baseUrl, url, expected] of table) {
    it(`${what}: ${url} under ${baseUrl}`, () => {
      const verdict = checkRequest(post(url), { baseUrl, failOn: "warning" });
      expect(verdict).toMatchObject({ checked: true, ...expected });
    });
  }

  it("a finding quotes the path as sent, never one with /api/v2 added", () => {
    const message = (url: string) => checkRequest(post(url, "{}"), { baseUrl: "http://example.com" }).diagnostics.find((d) => d.ruleId === "request/unknown-endpoint")?.message;
    expect(message("http://example.com/foo")).toMatch(/^\/foo is none of the OMS v2 endpoints/);
    expect(message("http://example.com/v2/createOrder/")).toMatch(/^\/v2\/createOrder\/ is none of the OMS v2 endpoints the documents describe; did you mean \/api\/v2\/createOrder\/\?/);
    expect(message("http://example.com/createOrder/")).toMatch(/^\/createOrder\/ is none of/);
  });
});
