import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRequest, OmsValidationError, validate, withPreSubmitCheck } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * A body past a structural limit (too deep, too many entries in one array or object, too many
 * values) is refused at the place the limit was passed, the same place validate() names of the
 * parsed value: told from the text, checkRequest and withPreSubmitCheck gave path "" (the
 * OmsValidationError's issue had no path) where validate() named the array (found by the audit
 * of the service surface).
 */

const server = recordingServer();
const { arrivals } = server;
const createOrderUrl = "https://integration.shopatron.com/api/v2/createOrder/";
const json = { "content-type": "application/json" };

/** The documents' Create Order example with an array of 100,001 zeros at orderItems[0].itemSpecifics.options.size. */
function orderWithHugeOption(): string {
  const order = createOrder();
  const items = order.orderItems as { itemSpecifics?: unknown }[];
  items[0]!.itemSpecifics = { options: { size: new Array<number>(100_001).fill(0) } };
  return JSON.stringify(order);
}

const sizePath = "/orderItems/0/itemSpecifics/options/size";

describe("a body past the entries limit: its place", () => {
  it("checkRequest names the array, as validate() of the parsed body does", () => {
    const body = orderWithHugeOption();
    const parse = (diagnostics: readonly { ruleId: string; path: string; message: string }[]) => diagnostics.filter((d) => d.ruleId === "parse").map((d) => [d.path, d.message]);
    const fromValue = parse(validate("createOrder", JSON.parse(body)).diagnostics);
    expect(fromValue).toEqual([[sizePath, expect.stringMatching(/^this array holds more than 100000 elements/)]]);
    expect(parse(checkRequest({ method: "POST", url: createOrderUrl, headers: json, body }).diagnostics)).toEqual(fromValue);
  });

  it("withPreSubmitCheck refuses it unsent with OmsValidationError whose finding and issue name the array", async () => {
    const checked = withPreSubmitCheckOnServer();
    const failure = await checked(`${server.origin}/api/v2/createOrder/`, { method: "POST", headers: json, body: orderWithHugeOption() }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OmsValidationError);
    const error = failure as OmsValidationError;
    expect(error.diagnostics.map((d) => d.path)).toEqual([sizePath]);
    // The body is not built (it passes a limit), yet its issue path holds the index as a number, as a built body's does.
    expect(error.issues.map((i) => i.path)).toEqual([["orderItems", 0, "itemSpecifics", "options", "size"]]);
    expect(error.message).toContain(`${sizePath}: this array holds more than 100000 elements`);
    expect(arrivals).toHaveLength(0);
  });
});

describe("a body whose syntax fails before any limit is passed", () => {
  it("keeps its fault's path \"\" (the text is no JSON: there is no place in it to name), though a count of its commas passes maxEntries", () => {
    const verdict = checkRequest({ method: "POST", url: createOrderUrl, headers: json, body: "[1 2, 3, 4, 5]" }, { maxEntries: 3 });
    expect(verdict.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["parse", ""]]);
    expect(verdict.diagnostics[0]!.message).not.toMatch(/holds more than/);
  });
});

/** The global fetch, checked, for the recording server. */
function withPreSubmitCheckOnServer() {
  return withPreSubmitCheck(fetch, { baseUrl: server.origin });
}

/** Small limits, so that small values pass them anywhere. */
const limits = { maxDepth: 4, maxEntries: 3, maxValues: 10 };
/** JSON values with keys that need escaping in a pointer ("/", "~") among others. */
const key = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom("a/b", "~", "~1", "0", "10"));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 4 })), tie("array"), tie("object")),
  array: fc.array(tie("node"), { maxLength: 5 }),
  object: fc.dictionary(key, tie("node"), { maxKeys: 5 }),
})).node;

describe("any body past a limit: the same place and words from the text as from the value", () => {
  it("checkRequest gives validate()'s limit finding at its path, however the text is indented", () => {
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 2, "\t"), (body, indent) => {
        const text = JSON.stringify(body, null, indent);
        // The words differ by what was given ("the value nests deeper" / "the JSON nests deeper", and a value's count of
        // an object reached by several paths): the limit and its place do not.
        const parse = (diagnostics: readonly { ruleId: string; path: string; message: string }[]) =>
          diagnostics.filter((d) => d.ruleId === "parse").map((d) => [d.path, d.message.replace(/^the (value|JSON) /, "").replace(/ \(an object it reaches by several paths[^)]*\)/, "")]);
        const fromValue = parse(validate("createOrder", JSON.parse(text), limits).diagnostics);
        expect(parse(checkRequest({ method: "POST", url: createOrderUrl, headers: json, body: text }, limits).diagnostics)).toEqual(fromValue);
      }),
      { numRuns: 400 },
    );
  });
});
