import { describe, expect, it } from "vitest";
import { assertValid, checkRequest, isValid, OmsValidationError, standardSchema, validate, withPreSubmitCheck, type Diagnostic } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";
import { levels, sharedChain } from "../support/sharedChains.js";

/**
 * A payload past a structural limit, at every entry point of the library: one `parse`
 * finding at the place where the limit was passed, which fails the check, and nothing else.
 * The value shares one object at every level (`v = { a: v, b: v }`): a handful of objects,
 * more paths than the limit; the limit options keep the counts small.
 */

const server = recordingServer();
const json = { "content-type": "application/json" };
const limits = { maxValues: 1000 };
/** 12 levels: 8,191 values under `gift` by path, in 13 objects. */
const order = { ...createOrder(), customOrderData: { gift: sharedChain(levels(12)) } };
/** 25 levels: 2^26 - 1 values under `gift`, past the default limit of 5,000,000. */
const deep = { ...createOrder(), customOrderData: { gift: sharedChain(levels(25)) } };
/** The 1,001st value in the order JSON.stringify writes them (`gift` is the 120th; a level k below it holds 2^(k+1) - 1). */
const place = "/customOrderData/gift/a/a/a/b/b/a/b/b/a/b/b";
const issuePath = place.split("/").slice(1);
const finding = {
  ruleId: "parse",
  messageId: "parse",
  severity: "error",
  // The limits are oms-lint's own: no word of the documents' (SPEC §3).
  evidence: "inferred",
  message:
    "the value holds more than 1000 values by this one (an object it reaches by several paths counts once a path, as its JSON text would repeat it): no payload holds this many, so oms-lint stops (the limit is the maxValues option)",
  path: place,
};

/** assertValid's error, or undefined when it did not throw. */
function thrownBy(act: () => void): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("a value past a limit, at each entry point", () => {
  it("validate(): one parse finding, at the value one too many", () => {
    expect(validate("createOrder", order, limits).diagnostics).toEqual([finding]);
  });

  it("validate() with the default limits: 25 levels shared are 2^26 - 1 values, past 5,000,000", () => {
    // The 5,000,001st value is the 4,999,881st after gift: at each level, `a` when it lies
    // within a's 2^k - 1 values (one step past the level), else `b` (2^k steps).
    const at = "/customOrderData/gift/a/a/a/b/a/a/b/b/a/a/a/b/a/a/b/a/b/a/b/a/b/b/b/b";
    expect(validate("createOrder", deep).diagnostics).toEqual([{ ...finding, message: finding.message.replace("1000", "5000000"), path: at }]);
  });

  it("isValid(): false, under the options' limit and the default one (the object in a custom data hash alone is a warning, which passes)", () => {
    expect(isValid("createOrder", order, limits)).toBe(false);
    expect(isValid("createOrder", deep)).toBe(false);
  });

  it("assertValid(): throws OmsValidationError with the finding, and its issue's path as keys", () => {
    const error = thrownBy(() => assertValid("createOrder", order, limits));
    expect(error).toBeInstanceOf(OmsValidationError);
    expect((error as OmsValidationError).diagnostics).toEqual([finding]);
    expect((error as OmsValidationError).issues).toEqual([{ message: finding.message, path: issuePath }]);
    expect((error as Error).message).toContain(`${place}: the value holds more than 1000 values`);
  });

  it("a Standard Schema: the finding as its one issue", () => {
    expect(standardSchema("createOrder", limits)["~standard"].validate(order)).toEqual({ issues: [{ message: finding.message, path: issuePath }] });
  });

  it("checkRequest() on the value's JSON text: the text's finding (the same limit, counted in the text, at the same place)", () => {
    const verdict = checkRequest({ method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", headers: json, body: JSON.stringify(order) }, limits);
    expect(verdict.valid).toBe(false);
    expect(verdict.failures).toEqual([expect.objectContaining({ ruleId: "parse", path: place, message: expect.stringMatching(/^the JSON holds more than 1000 values by this one: /) })]);
  });

  it("withPreSubmitCheck (a real server on 127.0.0.1): refused, never sent; within the limit it goes out", async () => {
    const url = `${server.origin}/oms/api/v2/createOrder/`;
    const checked = withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms`, ...limits });
    const refused = await checked(url, { method: "POST", headers: json, body: JSON.stringify(order) }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OmsValidationError);
    expect((refused as OmsValidationError).diagnostics.map((d: Diagnostic) => d.ruleId)).toEqual(["parse"]);
    expect(server.arrivals).toHaveLength(0);
    const response = await checked(url, { method: "POST", headers: json, body: JSON.stringify(createOrder()) });
    expect(response.status).toBe(200);
    expect(server.arrivals).toHaveLength(1);
  });
});
