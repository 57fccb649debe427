import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRequest, OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer, type Arrival } from "../support/recordingServer.js";

/**
 * fetch(request, init): the Fetch standard's Request constructor keeps the request's body
 * unless init.body is given and not null (`new Request(new Request(u, { method: "POST", body:
 * "x" }), { body: null })` still has "x"), and takes init.headers in place of the request's when
 * given. The check reads that body, the one Node's fetch sends (found by audit: with
 * { body: null } the wrapper read no body and refused the documents' own example as one that
 * needs a JSON body).
 */

const server = recordingServer();
const { arrivals } = server;
const createOrderUrl = () => `${server.origin}/oms/api/v2/createOrder/`;
const checkedFetch = () => withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms` });
const json = { "content-type": "application/json" };
const documentsExample = readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8");

const postOf = (body: string | undefined) => new Request(createOrderUrl(), { method: "POST", headers: json, ...(body === undefined ? {} : { body }) });

async function outcomeOf(call: Promise<Response>): Promise<"sent" | OmsValidationError> {
  const outcome = await call.then(() => "sent" as const, (error: unknown) => error);
  if (outcome === "sent" || outcome instanceof OmsValidationError) return outcome;
  throw outcome;
}

describe("a Request given with an init whose body is null or undefined", () => {
  it("{ body: null } sends the Request's body, the documents' example: it is checked and goes out byte for byte", async () => {
    expect(await outcomeOf(checkedFetch()(postOf(documentsExample), { body: null }))).toBe("sent");
    expect(arrivals.map((a) => a.body.toString("utf8"))).toEqual([documentsExample]);
  });

  it("{ body: null } with an invalid body is refused for what the body holds, not for a body it lacks", async () => {
    const refused = await outcomeOf(checkedFetch()(postOf(JSON.stringify(createOrder({ orderItems: "none" }))), { body: null }));
    expect(refused).toBeInstanceOf(OmsValidationError);
    expect((refused as OmsValidationError).diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["schema", "/orderItems"]]);
    expect(arrivals).toHaveLength(0);
  });
});

/** The body a call shape gives in init: left out, undefined, null, or a text (valid, invalid, empty). */
type InitBody = { readonly given: false } | { readonly given: true; readonly body: string | null | undefined };

describe("property: over the call shapes (request, init), the check reads what the server receives", () => {
  const valid = JSON.stringify(createOrder());
  const invalid = JSON.stringify(createOrder({ orderItems: "none" }));
  const initBodies = fc.constantFrom<InitBody>({ given: false }, { given: true, body: undefined }, { given: true, body: null }, { given: true, body: valid }, { given: true, body: invalid }, { given: true, body: "" });
  const initHeaders = fc.constantFrom<HeadersInit | undefined>(undefined, {}, json);

  /** What Node's own fetch, unchecked, delivers for the call shape. */
  async function delivered(requestBody: string | undefined, initBody: InitBody, headers: HeadersInit | undefined): Promise<Arrival> {
    arrivals.splice(0);
    await fetch(postOf(requestBody), initOf(initBody, headers));
    expect(arrivals).toHaveLength(1);
    return arrivals.splice(0)[0]!;
  }

  const initOf = (initBody: InitBody, headers: HeadersInit | undefined): RequestInit => ({ ...(initBody.given ? { body: initBody.body } : {}), ...(headers === undefined ? {} : { headers }) });

  it("refused exactly when the request the server receives fails checkRequest; sent, its bytes are those", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(valid, invalid, undefined), initBodies, initHeaders, async (requestBody, initBody, headers) => {
        const arrival = await delivered(requestBody, initBody, headers);
        const received = arrival.body.toString("utf8");
        const contentType = arrival.headers["content-type"];
        const verdict = checkRequest({ method: "POST", url: createOrderUrl(), headers: contentType === undefined ? {} : { "content-type": contentType }, body: received === "" ? undefined : received }, { baseUrl: `${server.origin}/oms` });
        const outcome = await outcomeOf(checkedFetch()(postOf(requestBody), initOf(initBody, headers)));
        expect(outcome === "sent").toBe(verdict.valid);
        if (outcome === "sent") expect(arrivals.splice(0).map((a) => a.body.toString("utf8"))).toEqual([received]);
        // An empty body and none reach the server alike (both fail): the findings are compared for a body that holds something.
        else if (received !== "") expect(outcome.diagnostics.map((d) => [d.ruleId, d.path, d.message])).toEqual(verdict.failures.map((d) => [d.ruleId, d.path, d.message]));
      }),
      { seed: 20261206, numRuns: 60 },
    );
  });
});
