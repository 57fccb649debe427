import { describe, expect, it } from "vitest";
import { withPreSubmitCheck } from "../../src/index.js";
import { recordingServer } from "../support/recordingServer.js";
import { refusalOf } from "../support/refusal.js";

const server = recordingServer();

/**
 * OmsValidationError's message names where each finding is. A request's own findings and its
 * query's have path "", which the message labelled "(whole)", read as the whole body (the audit of
 * the service API): `(whole): a call to the translation host needs the x-vol-tenant header`. Each is
 * labelled by the part of the request it is about.
 */
describe("a pre-submit refusal's message labels a request's findings by where they are", () => {
  const json = { "content-type": "application/json" };
  const checkedFetch = (options: { failOn?: "error" | "warning" } = {}) => withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms`, ...options });
  const lines = async (call: Promise<unknown>) => (await refusalOf(call)).message.split("\n").slice(1);

  it("a missing header: (header x-vol-tenant)", async () => {
    // A translation host is an OMS host by its name: refused before any connection.
    const refused = await lines(withPreSubmitCheck(fetch)("https://12345-translation.mozu.com/api/v2/orderItem/5/customData/7?orderID=1"));
    expect(refused).toEqual([expect.stringMatching(/^ {2}\(header x-vol-tenant\): a call to the translation host needs the x-vol-tenant header/)]);
  });

  it("a Content-Type the documents do not give: (header content-type)", async () => {
    const refused = await lines(checkedFetch({ failOn: "warning" })(`${server.origin}/oms/api/v2/order/5/customData`, { method: "POST", headers: { "content-type": "text/plain" }, body: '{"name":"a","value":"b"}' }));
    expect(refused).toContainEqual(expect.stringMatching(/^ {2}\(header content-type\): Content-Type is "text\/plain"/));
  });

  it("a search parameter: (query orderID), as its finding's parameter names it", async () => {
    const refused = await lines(checkedFetch()(`${server.origin}/oms/api/v2/orderItem/?orderID=x`));
    expect(refused).toEqual([expect.stringMatching(/^ {2}\(query orderID\): search query: orderID must be/)]);
  });

  it("a request rule's query parameter: (query orderID) too", async () => {
    const refused = await lines(checkedFetch()(`${server.origin}/oms/api/v2/orderItem/5/customData/7?orderID=x`, { method: "PUT", headers: json, body: '{"name":"a","value":"b"}' }));
    expect(refused).toEqual([expect.stringMatching(/^ {2}\(query orderID\): query parameter orderID must be a positive integer/)]);
  });

  it("a secret-looking parameter name is [redacted] in its label", async () => {
    const refused = await lines(checkedFetch({ failOn: "warning" })(`${server.origin}/oms/api/v2/orderItem/?orderID=5&joe@example.com=1`));
    expect(refused).toEqual([expect.stringMatching(/^ {2}\(query \[redacted\]\): search query: unknown property "\[redacted\]"/)]);
  });

  // Review of 00607690: a missing ?orderID= was labelled (request), with no parameter set.
  it("a query parameter that is missing: (query orderID), its parameter set", async () => {
    const error = await refusalOf(checkedFetch()(`${server.origin}/oms/api/v2/orderItem/`));
    expect(error.message.split("\n").slice(1)).toEqual([expect.stringMatching(/^ {2}\(query orderID\): \/api\/v2\/orderItem\/ needs the query parameter \?orderID=/)]);
    expect(error.diagnostics.map(({ ruleId, requestPart, parameter }) => ({ ruleId, requestPart, parameter }))).toEqual([{ ruleId: "request/missing-query-parameter", requestPart: "query", parameter: "orderID" }]);
  });

  // Review of 00607690: Diagnostic.requestPart says "body" for a body that is sent, missing or of another type; a missing one was "request".
  it("a POST without its body: (body)", async () => {
    const error = await refusalOf(checkedFetch()(`${server.origin}/oms/api/v2/order/5/customData`, { method: "POST", headers: json }));
    expect(error.message.split("\n").slice(1)).toContainEqual(expect.stringMatching(/^ {2}\(body\): POST \/api\/v2\/order\/\{orderID\}\/customData needs a JSON body/));
    expect(error.diagnostics.find((d) => d.ruleId === "request/body-required")?.requestPart).toBe("body");
  });

  it("the method: (request)", async () => {
    const refused = await lines(checkedFetch()(`${server.origin}/oms/api/v2/createOrder/`, { method: "GET" }));
    expect(refused).toEqual([expect.stringMatching(/^ {2}\(request\): GET is not allowed on \/api\/v2\/createOrder\//)]);
  });

  it("the body's own findings keep their pointer, and the whole body stays (whole)", async () => {
    const refused = await lines(checkedFetch()(`${server.origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body: "[1]" }));
    expect(refused).toEqual([expect.stringMatching(/^ {2}\(whole\): the Create Order body must be a JSON object/)]);
    expect(server.arrivals).toHaveLength(0);
  });
});
