import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fix, lintText } from "../../src/index.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * Passing the record a PUT replaces (`existing`, `--existing`) says the payload is a custom
 * data PUT's body: a body that also carries the record's IDs is checked as that body, so the
 * name is held to the record's, not taken for a GET's record and the check skipped unseen
 * (found by the service surface audit).
 */

const existing = { orderCustomDataID: 111111, orderID: 1, name: "Custom Data", value: "v" };
const folder = scratchFolders("existing-kind");
const itemExisting = { orderItemCustomDataID: 7, orderID: 1, name: "Custom Data", value: "v" };

describe("a PUT body with the record's IDs, existing given, no kind", () => {
  const table: [string, object, object, string][] = [
    ["order custom data", { orderCustomDataID: 111111, orderID: 555555, name: "Renamed Data", value: "new" }, existing, "orderCustomData"],
    ["order item custom data", { orderItemCustomDataID: 7, orderID: 555555, name: "Renamed Data", value: "new" }, itemExisting, "orderItemCustomData"],
  ];
  for (const [what, body, record, kind] of table) {
    it(`${what}: checked as ${kind}, the rename an error`, () => {
      const result = lintText(JSON.stringify(body), { existing: record });
      expect(result.kind).toBe(kind);
      expect(result.messages).toContainEqual(expect.objectContaining({ ruleId: "custom-data-put-name", severity: 2, path: "/name", line: 1 }));
    });
  }

  it("the same name passes the check; without existing the body is still a record", () => {
    const body = JSON.stringify({ orderCustomDataID: 111111, orderID: 555555, name: "Custom Data", value: "new" });
    expect(lintText(body, { existing }).messages.filter((m) => m.ruleId.startsWith("custom-data-put-name"))).toEqual([]);
    expect(lintText(body).kind).toBe("orderCustomDataRecord");
  });

  it("fix() tells the kind the same way", () => {
    const body = JSON.stringify({ orderCustomDataID: 111111, orderID: 555555, name: "Renamed Data", value: "new" });
    expect(fix(body, undefined, { existing }).kind).toBe("orderCustomData");
  });

  it("the CLI's --existing: the rename is an error, exit 1", async () => {
    const dir = folder({ "ex.json": JSON.stringify(existing), "put.json": JSON.stringify({ orderCustomDataID: 111111, orderID: 555555, name: "Renamed Data", value: "new" }) });
    const run = await runCli(["--existing", "ex.json", "-f", "json", "put.json"], { cwd: dir });
    expect(run.code).toBe(1);
    const [report] = JSON.parse(run.stdout) as { kind: string; messages: { ruleId: string }[] }[];
    expect(report!.kind).toBe("orderCustomData");
    expect(report!.messages.map((m) => m.ruleId)).toContain("custom-data-put-name");
    expect(run.stderr).toBe("");
  });

  it("the CLI's --existing over files none of which is a custom data body says it was not used (exit as the lint says)", async () => {
    const dir = folder({ "ex.json": JSON.stringify(existing), "order.json": readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8") });
    const run = await runCli(["--existing", "ex.json", "order.json"], { cwd: dir });
    expect(run).toEqual({
      code: 0,
      stdout: "",
      stderr: "oms-lint: note: --existing ex.json was not used: it is the record a custom data PUT replaces, and no file of this run was a custom data body (orderCustomData, orderItemCustomData)\n",
    });
  });
});
