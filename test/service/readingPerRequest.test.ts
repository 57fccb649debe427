import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRequest, withPreSubmitCheck, type Settings } from "../../src/index.js";
import { lintHttpFile } from "../../src/builtIn/linter.js";

/**
 * Each request carries how its variables are read: in a .http file `{{query}}`, `{{id}}` and a bare
 * `{{v}}` are variables a client fills (REST Client fills `{{…}}` alone: a `:id` there is sent as written); in a request about to be sent they are the text the OMS
 * receives (test/service/asSent.test.ts). Found by review of the as-sent reading: it was one
 * module-level switch, turned for the length of a check, so a .http file linted from inside a
 * checkRequest (a getter of its options) read its variables as sent, and drew errors.
 */
const oms = "https://integration.shopatron.com";
const json = { "content-type": "application/json" };
const search = `${oms}/api/v2/orderItem/?{{query}}`;
const recordPut = `${oms}/api/v2/order/5/customData/{{id}}`;
const customData = `${oms}/api/v2/order/5/customData/`;
const httpFile = `GET ${search}\n\n###\nPUT ${recordPut}\nContent-Type: application/json\n\n{"name": "a", "value": {{v}}}\n`;

/** The rules of the errors a .http file draws. */
const fileErrors = (text: string) => lintHttpFile(text, "calls.http").messages.filter((m) => m.severity === 2).map((m) => m.ruleId);

/** A stream that gives `text` only once `opened` resolves: the pre-submit check awaits it. */
function heldBody(text: string, opened: Promise<void>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      await opened;
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
}

/** The rules of the errors a pre-submit check rejected a call with. */
async function rejectedWith(call: Promise<Response>): Promise<string[]> {
  const error: unknown = await call.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof Error) || error.name !== "OmsValidationError") throw new Error(`the call was not rejected by the check: ${String(error)}`);
  return (error as Error & { diagnostics: readonly { ruleId: string; severity: string }[] }).diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId);
}

describe("each request is read its own way, whatever other check runs beside it", () => {
  // The switch was turned only around the synchronous check, after the body was read: this held with it too, and guards the async path.
  it("two pre-submit checks awaiting their bodies at once, and a .http file linted meanwhile", async () => {
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    let sent = 0;
    const checkedFetch = withPreSubmitCheck(async (_input: string | URL | Request, _init?: RequestInit) => {
      sent++;
      return new Response("{}");
    });
    const put = checkedFetch(recordPut, { method: "PUT", headers: json, body: heldBody('{"name": "a", "value": "b"}', opened) });
    const post = checkedFetch(customData, { method: "POST", headers: json, body: heldBody('{"name": "a", "value": {{v}}}', opened) });
    expect(fileErrors(httpFile)).toEqual([]);
    open();
    expect(fileErrors(httpFile)).toEqual([]);
    expect(await rejectedWith(put)).toEqual(["request/path-parameter"]);
    expect(await rejectedWith(post)).toEqual(["parse"]);
    expect(fileErrors(httpFile)).toEqual([]);
    expect(sent).toBe(0);
  });

  it("a .http file linted from inside checkRequest (by a settings getter a body rule reads) keeps its variables, and the request is still checked as sent", () => {
    const order = readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8");
    // As sent, `{{contentType}}` is the Content-Type the OMS receives: not JSON's (a warning).
    const request = { method: "POST", url: `${oms}/api/v2/createOrder/`, headers: { "content-type": "{{contentType}}" }, body: order };
    const inside: string[][] = [];
    const settings: Settings = {
      get onBlocks() {
        inside.push(fileErrors(httpFile));
        return false;
      },
    };
    const verdict = checkRequest(request, { settings });
    expect(inside.length).toBeGreaterThan(0);
    expect(inside).toEqual(inside.map(() => []));
    expect(verdict.diagnostics.map((d) => d.ruleId)).toEqual(["request/content-type"]);
    expect(verdict).toEqual(checkRequest(request, { settings: { onBlocks: false } }));
  });
});
