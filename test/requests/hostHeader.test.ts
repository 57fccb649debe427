import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { parseHttpFile } from "../../src/requests/httpFile.js";

const body = '\n\n{"name":"a","value":"b"}\n';
const relative = (host: string) =>
  `POST /api/v2/orderItem/5/customData/?orderID=1 HTTP/1.1\nHost: ${host}\nContent-Type: application/json${body}`;

describe(".http: a relative request line with a Host header (REST Client makes it absolute)", () => {
  it.each([
    ["acme-translation.mozu.com:443", "https://acme-translation.mozu.com:443/api/v2/orderItem/5/customData/?orderID=1"],
    ["acme-translation.mozu.com:8443", "https://acme-translation.mozu.com:8443/api/v2/orderItem/5/customData/?orderID=1"],
    ["acme-translation.mozu.com", "http://acme-translation.mozu.com/api/v2/orderItem/5/customData/?orderID=1"],
  ])("Host: %s is read as %s", (host, url) => {
    expect(parseHttpFile(relative(host)).requests[0]?.url).toBe(url);
  });

  it("the translation host's missing x-vol-tenant is the stated error, on the written request line", () => {
    const found = lintHttpFile(relative("acme-translation.mozu.com:443"), "a.http").messages.filter((m) => m.ruleId === "request/missing-tenant-header");
    expect(found.map((m) => [m.line, m.column, m.severity])).toEqual([[1, 1, 2]]);
  });

  it("with the x-vol-tenant header, no request finding", () => {
    const text = relative("acme-translation.mozu.com:443").replace("Content-Type", "x-vol-tenant: 1\nContent-Type");
    expect(lintHttpFile(text, "a.http").messages).toEqual([]);
  });

  it("an absolute URL is not changed by a Host header", () => {
    const text = "GET https://integration.shopatron.com/api/v2/order/1/customData\nHost: acme-translation.mozu.com:443\n";
    expect(parseHttpFile(text).requests[0]?.url).toBe("https://integration.shopatron.com/api/v2/order/1/customData");
  });
});
