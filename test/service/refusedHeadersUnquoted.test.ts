import { describe, expect, it } from "vitest";
import { withPreSubmitCheck } from "../../src/index.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * withPreSubmitCheck reads the headers as checkRequest does: headers fetch refuses are a TypeError
 * naming the function that quotes neither name nor value. Built unguarded, Node's Headers threw
 * `Headers.append: "Bearer sk_live_SECRET\nX" is an invalid header value.` (service audit).
 */

const server = recordingServer();
const { arrivals } = server;
const secret = "Bearer sk_live_SECRET\nX";
const record = JSON.stringify({ name: "city", value: "Bern" });

describe("withPreSubmitCheck and headers fetch refuses", () => {
  it.each([
    ["a DELETE, its body never checked", "DELETE", "/api/v2/order/5/customData/7", undefined],
    ["a POST whose body is checked", "POST", "/api/v2/order/5/customData", record],
  ])("%s: a TypeError that quotes no header, unsent", async (_, method, path, body) => {
    const checked = withPreSubmitCheck(fetch, { baseUrl: server.origin });
    const failure = await checked(`${server.origin}${path}`, { method, headers: { "content-type": "application/json", authorization: secret }, body }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TypeError);
    const error = failure as TypeError;
    expect(error.message).toBe(
      "withPreSubmitCheck: init.headers holds an invalid header value, which fetch refuses too (a name is a token: no spaces, colons or line breaks; a value holds no line break or NUL); neither is quoted here",
    );
    expect(error.cause).toBeUndefined();
    expect(arrivals).toHaveLength(0);
  });
});
