import { describe, expect, it } from "vitest";
import { checkRequest, withPreSubmitCheck } from "../../src/index.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * Which requests are OMS calls is decided on the URL as fetch reads it (WHATWG URL
 * parsing): the host fetch connects to, and the path it sends.
 */

const server = recordingServer();
/** A Create Order body that fails: checked, it is refused; unchecked, it passes. */
const request = (url: string) => ({ method: "POST", url, headers: { "content-type": "application/json" }, body: "{}" });

describe("the OMS hosts, as fetch reads the URL", () => {
  const table: [string, string, { checked: boolean; endpoint?: string }][] = [
    ["the classic host", "https://integration.shopatron.com/api/v2/createOrder/", { checked: true, endpoint: "createOrder" }],
    ["its fully qualified name, with the final dot", "https://integration.shopatron.com./api/v2/createOrder/", { checked: true, endpoint: "createOrder" }],
    ["a translation host with the final dot", "https://t1-translation.mozu.com./api/v2/createOrder/", { checked: true, endpoint: "createOrder" }],
    ["a sandbox translation host with the final dot", "https://t1-translation.sandbox.mozu.com./api/v2/createOrder/", { checked: true, endpoint: "createOrder" }],
    ["percent-encoded letters in the host", "https://integration.%73hopatron.com/api/v2/createOrder/", { checked: true, endpoint: "createOrder" }],
    ["upper case and a port", "HTTPS://INTEGRATION.SHOPATRON.COM:8443/api/v2/createOrder/", { checked: true, endpoint: "createOrder" }],
    ["user info before the host", "https://user:secret@integration.shopatron.com/api/v2/createOrder/", { checked: true, endpoint: "createOrder" }],
    ["dot segments in the path, resolved before sending", "https://integration.shopatron.com/api/v2/orders/../createOrder/", { checked: true, endpoint: "createOrder" }],
    ["a backslash: the host is the shop's, the OMS name is in the path", "https://shop.example.com\\@t1-translation.mozu.com/api/v2/createOrder/", { checked: false }],
    ["an OMS name as user info: the host is the shop's", "https://integration.shopatron.com@shop.example.com/api/v2/createOrder/", { checked: false }],
    ["an OMS name as a prefix of another host", "https://integration.shopatron.com.shop.example/api/v2/createOrder/", { checked: false }],
    ["a URL fetch cannot parse", "https://integration shopatron.com/api/v2/createOrder/", { checked: false }],
  ];
  for (const [what, url, expected] of table) {
    it(`${what}: ${url}`, () => {
      const verdict = checkRequest(request(url));
      expect(verdict).toMatchObject({ ...expected, valid: !expected.checked });
    });
  }

  it("a backslash before @ sends the request to the host before it, unchecked, as fetch does (a real server on 127.0.0.1)", async () => {
    const f = withPreSubmitCheck(fetch);
    const url = `${server.origin}\\@t1-translation.mozu.com/api/v2/createOrder/`;
    const response = await f(url, request(url));
    expect(response.status).toBe(200);
    expect(server.arrivals.map((a) => `${a.method} ${a.url} ${a.body.toString("utf8")}`)).toEqual(["POST /@t1-translation.mozu.com/api/v2/createOrder/ {}"]);
  });
});
