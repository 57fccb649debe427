import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRequest } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

// Found by the audit of the service surface: a gateway passes req.url, a path, and checkRequest
// read "/api/v2/createOrder/" as no OMS call even under baseUrl: { valid: true, checked: false },
// an order in an unknown currency let through unchecked.
const json = { "content-type": "application/json" };
const post = (url: string, body = JSON.stringify({ ...createOrder(), currency: "XXX" })) => ({ method: "POST", url, headers: json, body });

describe("checkRequest with a URL that is a path (starts with /)", () => {
  it.each([
    { baseUrl: "https://oms.example.com", url: "/api/v2/createOrder/" },
    { baseUrl: "https://oms.example.com/api/v2", url: "/api/v2/createOrder/" },
    { baseUrl: "http://proxy.internal/oms", url: "/oms/api/v2/createOrder/" },
  ])("$url under $baseUrl is read from the base's origin, as a fetch with that base sends it: checked, the currency refused", ({ baseUrl, url }) => {
    const verdict = checkRequest(post(url), { baseUrl });
    expect(verdict).toMatchObject({ valid: false, checked: true, endpoint: "createOrder", kind: "createOrder" });
    expect(verdict.failures.map((d) => d.path)).toEqual(["/currency"]);
  });

  it("is the same verdict as its absolute URL's (new URL(path, baseUrl))", () => {
    const baseUrl = "https://oms.example.com";
    const paths = fc.oneof(
      fc.constantFrom("/api/v2/createOrder/", "/api/v2/importOrder/", "/api/v2/orderCustomData/", "/createOrder/", "/api/v2/shipment/5"),
      fc.webPath().map((path) => `/${path.replace(/^\/+/, "")}`),
    );
    fc.assert(
      fc.property(paths, fc.constantFrom("GET", "POST", "PUT"), (path, method) => {
        const request = { ...post(path), method };
        expect(checkRequest(request, { baseUrl })).toEqual(checkRequest({ ...request, url: new URL(path, baseUrl).href }, { baseUrl }));
      }),
    );
  });

  it("without baseUrl is a TypeError that says to give one (nothing to resolve it against)", () => {
    expect(() => checkRequest(post("/api/v2/createOrder/"))).toThrow(TypeError);
    expect(() => checkRequest(post("/api/v2/createOrder/"))).toThrow(/^checkRequest: request\.url "\/api\/v2\/createOrder\/" is a path: give options\.baseUrl/);
  });

  it("an absolute URL off the OMS and the base is still no OMS call: unchecked, passes", () => {
    expect(checkRequest(post("https://shop.example/api/v2/createOrder/"), { baseUrl: "https://oms.example.com" })).toMatchObject({ valid: true, checked: false });
  });
});
