// The service surface (examples/service/honoCheckout.ts through Hono, withPreSubmitCheck against a
// server on 127.0.0.1) with customer-ip-range's visitor throwing, as a bug in the rule would. A
// process of its own (`node --import tsx`), so that no other test's run of the rule sees the
// change; it prints what each surface did as one JSON line.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { customerIpRange } from "../../rules/customer-ip-range.js";
import { createOrder } from "./payloads.js";

(customerIpRange.visit as { payload: unknown }).payload = function crashes() {
  throw new Error("oops");
};
const { app } = await import("../../examples/service/honoCheckout.js");
const { OmsValidationError, withPreSubmitCheck } = await import("../../src/index.js");

let arrivals = 0;
const server = createServer((request, response) => {
  request.resume().on("end", () => {
    arrivals++;
    response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const json = { "content-type": "application/json" };
const body = JSON.stringify(createOrder());

const hono = await app.request("/orders", { method: "POST", headers: json, body });
/** What a pre-submit check under these rule levels did with the order: sent (the server's count), or refused with these findings. */
async function preSubmit(rules: Record<string, "warn" | "error"> | undefined) {
  const before = arrivals;
  const checked = withPreSubmitCheck(fetch, { baseUrl: `${origin}/oms`, ...(rules === undefined ? {} : { rules }) });
  try {
    const response = await checked(`${origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body });
    return { status: response.status, sent: arrivals - before };
  } catch (error) {
    if (!(error instanceof OmsValidationError)) throw error;
    return { refused: error.diagnostics.map(({ ruleId, messageId, severity }) => ({ ruleId, messageId, severity })), sent: arrivals - before };
  }
}
const report = { hono: { status: hono.status }, preSubmitDefault: await preSubmit(undefined), preSubmitError: await preSubmit({ "customer-ip-range": "error" }) };
server.close();
process.stdout.write(`${JSON.stringify(report)}\n`);
