import { describe, expect, it } from "vitest";
import { assertValid, checkRequest, isValid, standardSchema, withPreSubmitCheck } from "../../src/index.js";

/** Wrong arguments to the service API: a TypeError naming the function, the argument and what it takes. */

const url = "https://integration.shopatron.com/api/v2/createOrder/";
const call = (fn: Function, ...args: unknown[]) => () => fn(...args);

describe("the service API's arguments", () => {
  const table: [string, () => unknown, RegExp][] = [
    ["checkRequest() with no request", call(checkRequest), /^checkRequest: the request must be an object \{ method, url, headers, body \}; got undefined$/],
    ["checkRequest(null)", call(checkRequest, null), /^checkRequest: the request must be an object .*; got null$/],
    ["a number as the request", call(checkRequest, 5), /^checkRequest: the request must be an object .*; got the number 5$/],
    ["the URL string given as the request", call(checkRequest, url), /^checkRequest: the request must be an object .*; got the string "https:/],
    ["a request without its URL", call(checkRequest, { method: "POST", body: "{}" }), /^checkRequest: request\.url must be a string or a URL; got undefined$/],
    ["a number as the URL", call(checkRequest, { url: 5 }), /^checkRequest: request\.url must be a string or a URL; got the number 5$/],
    ["a number as the method", call(checkRequest, { url, method: 5 }), /^checkRequest: request\.method must be a string such as "POST"; got the number 5$/],
    ["the body as an object, not its text", call(checkRequest, { url, method: "POST", body: { a: 1 } }), /^checkRequest: request\.body must be the body's text \(a string\).*; got an object$/],
    [
      "a fetch Request with a body (a stream)",
      call(checkRequest, new Request(url, { method: "POST", body: "{}" })),
      /^checkRequest: request\.body is a stream \(a fetch Request's\?\), which a synchronous check cannot read; pass \{ method, url, headers, body: await request\.clone\(\)\.text\(\) \}, or wrap fetch with withPreSubmitCheck$/,
    ],
    ["a number as the headers", call(checkRequest, { url, headers: 5 }), /^checkRequest: request\.headers must be Headers, an object .*; got the number 5$/],
    ["options that are a number", call(checkRequest, { url }, 5), /^checkRequest: options must be an object .*; got the number 5$/],
    ["options.rules that is not an object", call(checkRequest, { url }, { rules: 5 }), /^checkRequest: options\.rules must be an object .*; got the number 5$/],
    ["withPreSubmitCheck() with no fetch", call(withPreSubmitCheck), /^withPreSubmitCheck: fetch must be a fetch function.*; got undefined$/],
    ["withPreSubmitCheck with a URL for fetch", call(withPreSubmitCheck, url), /^withPreSubmitCheck: fetch must be a fetch function.*; got the string "https:/],
    ["an onInvalid that is no function", call(withPreSubmitCheck, fetch, { onInvalid: "reject" }), /^withPreSubmitCheck: options\.onInvalid must be a function .*; got the string "reject"$/],
    ["withPreSubmitCheck options that are null", call(withPreSubmitCheck, fetch, null), /^withPreSubmitCheck: options must be an object .*; got null$/],
    ["assertValid options that are a string", call(assertValid, "createOrder", {}, "strict"), /^assertValid: options must be an object .*; got the string "strict"$/],
    ["assertValid options.rules that is a string", call(assertValid, "createOrder", {}, { rules: "off" }), /^assertValid: options\.rules must be an object .*; got the string "off"$/],
    ["isValid options.existing that is a number", call(isValid, "orderCustomData", {}, { existing: 5 }), /^isValid: options\.existing must be the custom data record the PUT replaces, \{ name, value \}; got the number 5$/],
    ["isValid options that are an array", call(isValid, "createOrder", {}, ["warning"]), /^isValid: options must be an object .*; got an array$/],
    ["standardSchema options that are a number", call(standardSchema, "createOrder", 1), /^standardSchema: options must be an object .*; got the number 1$/],
    ["the JSON Schema asked for without a target", () => (standardSchema("createOrder")["~standard"].jsonSchema.input as Function)(), /draft-07 and draft-2020-12, not undefined$/],
  ];
  it.each(table)("%s", (_what, act, message) => {
    let thrown: unknown;
    try {
      act();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(message);
  });

  it("a fetch Request without a body (a search GET) is checked as it stands", () => {
    const search = new Request("https://integration.shopatron.com/api/v2/orderItem/?orderID=12345", { headers: { "x-vol-tenant": "1" } });
    // Its type says body may be a stream, so TypeScript callers are told at compile time; a JavaScript caller gets here.
    expect(checkRequest(search as unknown as Parameters<typeof checkRequest>[0])).toMatchObject({ checked: true, endpoint: expect.any(String) });
  });
});
