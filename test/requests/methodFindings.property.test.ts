import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { endpoints } from "../../src/requests/endpoints.js";

/**
 * One cause, one finding: a method an endpoint does not take is either method-not-allowed's
 * error (no row of the call's document lists it), record-id-missing's warning (a custom data
 * PUT or DELETE without the record ID) or record-id-unexpected's (a custom data POST with one),
 * never two and never none. Found by the audit of diagnostic wording (a PUT without the record
 * ID) and by the review of the stop (a POST with one): each was a stated error the documents never state.
 * So was HEAD where the endpoint takes GET (the service audit): now request/head-method's warning.
 */
const methodRules = new Set(["request/method-not-allowed", "request/record-id-missing", "request/record-id-unexpected"]);
const methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

/** The endpoint's URL with every path parameter filled and its required query given. */
function urlOf(path: string, query: readonly string[]): string {
  const filled = path.replace(/\{\w+\}/g, "7");
  return `https://integration.shopatron.com${filled}${query.length > 0 ? `?${query.map((name) => `${name}=5`).join("&")}` : ""}`;
}

describe("a method an endpoint does not take: one finding, of one of the three rules", () => {
  it("holds for every endpoint and method, in any letter case", () => {
    fc.assert(
      fc.property(fc.constantFrom(...endpoints), fc.constantFrom(...methods), fc.boolean(), (endpoint, method, lower) => {
        const written = lower ? method.toLowerCase() : method;
        const text = `${written} ${urlOf(endpoint.path, Object.keys(endpoint.requiredQuery))}\n`;
        const found = lintHttpFile(text, "calls.http").messages.filter((m) => methodRules.has(m.ruleId));
        // HEAD (which no endpoint lists) where the endpoint takes GET is read as the GET (RFC 9110 §9.3.2): request/head-method's warning, none of these.
        const headAsGet = method === "HEAD" && endpoint.operations.some((o) => o.method === "GET");
        const taken = endpoint.operations.some((o) => o.method === method) || headAsGet;
        expect(found.length, text).toBe(taken ? 0 : 1);
        const head = lintHttpFile(text, "calls.http").messages.filter((m) => m.ruleId === "request/head-method");
        expect(head.map((m) => m.severity), text).toEqual(headAsGet ? [1] : []);
        // The warning is only ever a custom data call's PUT or DELETE, sent to the collection's path.
        if (found[0]?.ruleId === "request/record-id-missing") {
          expect(["PUT", "DELETE"]).toContain(method);
          expect(endpoint.path).toMatch(/\/customData\/?$/);
          expect(found[0].severity).toBe(1);
        }
        // A method the call's HTTP Method row lists ("POST, PUT, DELETE, GET") is never a stated error.
        const listed = endpoints.some((e) => e.source === endpoint.source && e.listedOnCall?.methods.split(", ").includes(method));
        if (listed && !taken) expect(found[0]?.severity, text).toBe(1);
        // The other warning is only ever a custom data POST, sent to the record's path.
        if (found[0]?.ruleId === "request/record-id-unexpected") {
          expect(method).toBe("POST");
          expect(endpoint.path).toMatch(/\/customData\/\{\w+\}$/);
          expect(found[0].severity).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
