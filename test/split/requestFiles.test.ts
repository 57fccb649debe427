import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { asPostmanRawBody, createOrderLine } from "../support/requestBodies.js";

const folder = scratchFolders("split-requests");

/** A .http file whose one request sends a Create Order that lint says must be split (P beside Y). */
const cartHttp = `${createOrderLine}${JSON.stringify(orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })]), null, 2)}\n`;

const refusal = (what: string) => `split takes one order's JSON (createOrder or importOrder), not a request file, and this is ${what}: save the request's body as a .json file of its own and split that`;

// Found by the audit of what oms-lint writes: lint advised `oms-lint split <file>` in cart.http, and split then said
// "placeholder POST is not a JSON value", and of a collection "a payload oms-lint cannot tell", though lint read it as one.
describe("oms-lint split of a request file", () => {
  it("refuses a .http or .rest file (by its name) and a Postman collection (by its name or its content) as lint tells them, exit 1, nothing written", async () => {
    const files = { "cart.http": cartHttp, "cart.REST": cartHttp, "orders.json": asPostmanRawBody(cartHttp), "named.postman_collection.json": asPostmanRawBody(cartHttp) };
    const dir = folder(files);
    const cases: [string, string][] = [
      ["cart.http", "a .http or .rest file"],
      ["cart.REST", "a .http or .rest file"],
      ["orders.json", "a Postman collection"],
      ["named.postman_collection.json", "a Postman collection"],
    ];
    for (const [file, what] of cases) {
      const run = await runCli(["split", file], { cwd: dir });
      expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }, file).toEqual({ code: 1, stdout: "", stderr: `oms-lint split: ${file}: ${refusal(what)}\n` });
      const json = await runCli(["split", "-f", "json", file], { cwd: dir });
      expect(json.code, file).toBe(1);
      expect(JSON.parse(json.stdout), file).toEqual({ filePath: file, split: false, cannotSplit: refusal(what), notes: [], children: [] });
    }
    expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
  });

  it("splits the body once it is saved as a .json file of its own, as the refusal says", async () => {
    const dir = folder({ "cart.json": cartHttp.slice(createOrderLine.length) });
    const run = await runCli(["split", "cart.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("cart.json: split into 2 orders\n");
  });
});
