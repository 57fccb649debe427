import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endpoints } from "../../src/requests/endpoints.js";
import { matchEndpoint } from "../../src/requests/matchEndpoint.js";
import { checkRequest } from "../../src/service/checkRequest.js";
import { withPreSubmitCheck } from "../../src/service/preSubmitCheck.js";
import { OmsValidationError } from "../../src/service/omsValidationError.js";

/**
 * A path with an unreserved character percent-encoded is the same path (RFC 3986 §6.2.2.2), and a
 * server decodes it before it routes. Matched as written only, `/api/v2/create%4Frder/` was no
 * endpoint, and withPreSubmitCheck sent an empty Create Order body unchecked (audit of the
 * service surface).
 */

const host = "https://integration.shopatron.com";
/** An endpoint's path with each `{name}` filled by a value its type accepts. */
const filled = (path: string) => path.replace(/\{\w+\}/g, "5");

describe("an endpoint's path with unreserved characters percent-encoded", () => {
  it.each([
    ["a letter of the call's name", "/api/v2/create%4Frder/", "createOrder"],
    ["the API root's version, in lower-case hex", "/api/%76%32/createOrder/", "createOrder"],
    ["a letter after the order's ID", "/api/v2/order/5/custom%44ata", "orderCustomData"],
  ])("%s: matched, its body checked as that call's", (_, path, endpoint) => {
    const verdict = checkRequest({ method: "POST", url: `${host}${path}`, headers: { "content-type": "application/json" }, body: "{}" });
    expect(verdict.endpoint).toBe(endpoint);
    expect(verdict.valid).toBe(false);
    expect(verdict.failures.some((d) => d.ruleId === "schema")).toBe(true);
  });

  it("withPreSubmitCheck refuses the invalid body and sends nothing", async () => {
    const sent: unknown[] = [];
    const checked = withPreSubmitCheck(async (...args: unknown[]) => {
      sent.push(args);
      return new Response("{}", { status: 201 });
    });
    const error = await checked(`${host}/api/v2/create%4Frder/`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OmsValidationError);
    expect(sent).toEqual([]);
  });

  it("a reserved character stays escaped: %2F is no slash between segments", () => {
    expect(matchEndpoint(`${host}/api/v2%2FcreateOrder/`, "as-sent").endpoint).toBeUndefined();
  });

  it("any endpoint, any of its literal characters escaped in either case, is the same endpoint", () => {
    const escape = (char: string, lower: boolean) => {
      const hex = char.charCodeAt(0).toString(16).padStart(2, "0");
      return `%${lower ? hex : hex.toUpperCase()}`;
    };
    fc.assert(
      fc.property(fc.constantFrom(...endpoints), fc.infiniteStream(fc.tuple(fc.boolean(), fc.boolean())), (endpoint, choices) => {
        const path = filled(endpoint.path);
        // Escape characters of the literal segments only: a path parameter's value is read as its own text.
        const literal = new Set(endpoint.path.replace(/\{\w+\}/g, "").split(""));
        const written = path
          .split("/")
          .map((segment) => (/^\d+$/.test(segment) ? segment : [...segment].map((char) => (literal.has(char) && /[A-Za-z0-9\-._~]/.test(char) ? choicesEscape(char) : char)).join("")))
          .join("/");
        function choicesEscape(char: string) {
          const [encode, lower] = choices.next().value as [boolean, boolean];
          return encode ? escape(char, lower) : char;
        }
        expect(matchEndpoint(`${host}${written}`, "as-sent").endpoint?.id).toBe(matchEndpoint(`${host}${path}`, "as-sent").endpoint?.id);
      }),
      { numRuns: 200 },
    );
  });
});
