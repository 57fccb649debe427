import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * Work that grows with the input, not with its square, told by a count (test/support/arraySteps.mjs:
 * every step of every array iteration while the CLI runs), not by a timing: the same input at n and
 * at 2n entries must cost at most a little over twice the steps. Found by the audit of hostile input:
 * a list copied whole for each entry added to it (`[...list, entry]`) made a URL repeating one query
 * parameter 32,000 times take 39 s in a .http file (and in the pre-submit check's checkRequest), and a
 * suppressions file of 40,000 keys that name one file take 26 s.
 */
const counter = fileURLToPath(new URL("../support/arraySteps.mjs", import.meta.url));
const folder = scratchFolders("linear-work");

/** The array steps of the CLI over `files(n)` at n = 2,000 and 4,000 (one process for both): at most 2.5 times as many at 2n, where a square makes it 4. */
function expectLinear(files: (n: number) => Record<string, string>, args: readonly string[]): void {
  const runs = [2_000, 4_000].map((n) => ({ cwd: folder(files(n)), args }));
  const [small, large] = JSON.parse(execFileSync(process.execPath, [counter, JSON.stringify(runs)], { encoding: "utf8" })) as [number, number];
  expect(large / small).toBeLessThan(2.5);
}

describe("the work of a run grows with its input (array steps counted at n and 2n entries)", () => {
  it("a .http request whose URL repeats one query parameter n times", () => {
    const request = (n: number) => `### many\nGET https://integration.shopatron.com/api/v2/orderItem/?orderID=1&${Array.from({ length: n }, (_, i) => `p=${i}`).join("&")}\n`;
    expectLinear((n) => ({ "many.http": request(n) }), ["-f", "json", "many.http"]);
  });

  it("a Postman collection whose url lists one query parameter n times", () => {
    const collection = (n: number) =>
      JSON.stringify({
        info: { name: "many", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        item: [{ name: "search", request: { method: "GET", url: { raw: "https://integration.shopatron.com/api/v2/orderItem/?orderID=1", host: ["integration", "shopatron", "com"], path: ["api", "v2", "orderItem", ""], query: [{ key: "orderID", value: "1" }, ...Array.from({ length: n }, (_, i) => ({ key: "p", value: String(i) }))] } } }],
      });
    expectLinear((n) => ({ "many.postman_collection.json": collection(n) }), ["-f", "json", "many.postman_collection.json"]);
  });

  it("a suppressions file whose n keys all name one file in other words (d1/../a.json)", () => {
    const record = (n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`d${i}/../a.json`, { schema: { count: 1 } }])));
    expectLinear((n) => ({ "a.json": '{"name":"a","value":"b"}', "oms-lint-suppressions.json": record(n) }), ["-f", "json", "a.json"]);
  });
});
