import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import { checkRequest, OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { recordingServer } from "../support/recordingServer.js";
import { columnOf, lineOf } from "./support.js";

/**
 * A request body past the limits (an array of 4,000 elements under a maxEntries of 1,000
 * here; 16 million elements in the audit's 48 MB file) is refused by its count, as a payload
 * file is: no rule, no shape test and no error value parses it whole first (found by the
 * limits audit: a .http body the .json lint refuses in 0.6 s took 43.8 s and 2.7 GB).
 */

const server = recordingServer();
const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
const json = { "content-type": "application/json" };
/** maxValues lowered too: the lint counts (rather than parses) a text at least twice as long as it. */
const limits = { maxEntries: 1000, maxValues: 5000 };
const elements = (element: string) => `[${Array(4000).fill(element).join(",")}]`;
const hostile = `{"externalOrderID":"x","orderItems":${elements("{}")}}`;
const pastLimit = /^this array holds more than 1000 elements/;
/** Every URL a body past the limits went to in the audit: an order, a custom data record (read for its name), a translated import. */
const urls: [string, string, string] = [
  "https://integration.shopatron.com/api/v2/createOrder/",
  "https://integration.shopatron.com/api/v2/order/1/customData/2",
  "https://acme-translation.mozu.com/api/v2/importOrder/",
];

let parse: MockInstance<typeof JSON.parse>;
beforeEach(() => void (parse = vi.spyOn(JSON, "parse")));
afterEach(() => parse.mockRestore());
/** How many JSON.parse calls were given the body, or its text with its variables' stand-ins (as long as it). */
const parsedWhole = (body: string) => parse.mock.calls.filter(([text]) => typeof text === "string" && text.length === body.length).length;

describe("a request body past the limits is refused by the count, never parsed whole", () => {
  it.each(urls)(".http file, %s: the limit's one finding at the array", (url) => {
    const method = url.includes("customData") ? "PUT" : "POST";
    const text = `${method} ${url}\nContent-Type: application/json\nx-vol-tenant: 1\n\n${hostile}\n`;
    const result = lintHttpFile(text, "big.http", limits);
    expect(parsedWhole(hostile)).toBe(0);
    const refused = result.messages.filter((m) => m.ruleId === "parse");
    expect(refused).toEqual([expect.objectContaining({ message: expect.stringMatching(pastLimit), line: lineOf(text, hostile), column: columnOf(text, "[{}") })]);
  });

  it("a body of bare variables ({{a}} 4,000 times): the count refuses it, at the array", () => {
    const body = elements(`{"a":{{a}}}`);
    const text = `POST ${urls[0]}\nContent-Type: application/json\n\n${body}\n`;
    const result = lintHttpFile(text, "vars.http", { maxEntries: 1000, maxValues: 7000 });
    expect(parsedWhole(body)).toBe(0);
    expect(result.messages.filter((m) => m.ruleId === "parse")).toEqual([expect.objectContaining({ message: expect.stringMatching(pastLimit), line: 4, column: 1 })]);
  });

  it("a Postman raw body to a custom data record: the collection is read, its body not parsed whole", () => {
    const request = { method: "PUT", header: [{ key: "Content-Type", value: "application/json" }], url: urls[1], body: { mode: "raw", raw: hostile } };
    const result = lintPostmanCollection(JSON.stringify({ info: { schema }, item: [{ name: "r", request }] }), "c.postman_collection.json", limits);
    expect(parsedWhole(hostile)).toBe(0);
    // The body's place named as its other findings' are: the raw string's pointer, the place in the body in the message.
    expect(result.messages.filter((m) => m.ruleId === "parse")).toEqual([expect.objectContaining({ path: "/item/0/request/body/raw", message: expect.stringMatching(/^body \/orderItems: this array holds more than 1000 elements/) })]);
  });

  it("checkRequest: the limit's one failure, at the array", () => {
    const verdict = checkRequest({ method: "POST", url: urls[0], headers: json, body: hostile }, limits);
    expect(parsedWhole(hostile)).toBe(0);
    expect(verdict.failures).toEqual([expect.objectContaining({ ruleId: "parse", path: "/orderItems", message: expect.stringMatching(pastLimit) })]);
  });

  it("withPreSubmitCheck (a real server on 127.0.0.1): refused, never sent, and its error's value is not built from the body", async () => {
    const checked = withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms`, ...limits });
    const refused = await checked(`${server.origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body: hostile }).catch((error: unknown) => error);
    expect(parsedWhole(hostile)).toBe(0);
    expect(refused).toBeInstanceOf(OmsValidationError);
    expect((refused as OmsValidationError).diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", path: "/orderItems", message: expect.stringMatching(pastLimit) })]);
    expect(server.arrivals).toHaveLength(0);
  });
});
