// The service surface (examples/service/honoCheckout.ts through Hono, withPreSubmitCheck against a
// server on 127.0.0.1) with customer-ip-range's visitor throwing, as a bug in the rule would. A
// process of its own, so that no other test's run of the rule sees the change; it prints what each
// surface did as one JSON line. Plain node on the built package (dist/, which `npm test` builds
// first), as the tests load it: under `node --import tsx` the imports of src/ compiled from source
// took ~1 CPU-s of the process's ~1.3. Hooks load the one TypeScript file, the example, and are
// registered only then: each module they see costs a round trip to their thread.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { register } from "node:module";

const { customerIpRange } = await import("../../dist/rules/customer-ip-range.js");
customerIpRange.visit.payload = function crashes() {
  throw new Error("oops");
};
// The built-in rules are indexed as src/index.js loads: after the change, so they hold it.
const { OmsValidationError, withPreSubmitCheck } = await import("../../dist/src/index.js");
register("./builtModuleHooks.mjs", import.meta.url);
const { app } = await import("../../examples/service/honoCheckout.ts");

let arrivals = 0;
const server = createServer((request, response) => {
  request.resume().on("end", () => {
    arrivals++;
    response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const json = { "content-type": "application/json" };
// The documents' Create Order example (test/support/payloads.ts's createOrder()).
const body = JSON.stringify(JSON.parse(readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8")));

const hono = await app.request("/orders", { method: "POST", headers: json, body });
/** What a pre-submit check under these rule levels did with the order: sent (the server's count), or refused with these findings. */
async function preSubmit(rules) {
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
