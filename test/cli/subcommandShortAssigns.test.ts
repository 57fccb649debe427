import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * `-f=json`, `-c=c.json` read as `-f json`, `-c c.json` (ESLint's optionator reads a short
 * option's value after =, as oms-lint's lint run does since fc739f60) in `split` and `init` too:
 * `split -f=json w.json` was an unknown format "=json", `split -c=c.json w.json` and
 * `init --vscode -c=c.json` could not read =c.json (review of the fixture-set fixes).
 */
const folder = scratchFolders("subcommand-short-assigns");
const mixed = JSON.stringify(orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })], { externalOrderID: "W1" }), null, 2) + "\n";
const config = JSON.stringify({ files: [{ glob: "orders/*.json", kind: "createOrder" }] }) + "\n";

describe("a subcommand's short option with its value after =", () => {
  it.each([
    [["split", "-f=json", "w.json"], ["split", "-f", "json", "w.json"]],
    [["split", "-c=c.json", "w.json"], ["split", "-c", "c.json", "w.json"]],
    [["split", "-c=c.json", "-f=json", "w.json"], ["split", "-c", "c.json", "-f", "json", "w.json"]],
  ])("%j does what %j does", async (assigned, spaced) => {
    const runIn = async (argv: string[]) => {
      const dir = folder({ "w.json": mixed, "c.json": config });
      const run = await runCli(argv, { cwd: dir });
      return { ...run, stdout: run.stdout.split(dir).join("<dir>") };
    };
    const expected = await runIn(spaced);
    expect(expected.code).toBe(0);
    expect(await runIn(assigned)).toEqual(expected);
  });

  it('`init --vscode -c=c.json` writes the associations `init --vscode -c c.json` writes', async () => {
    const settings = async (argv: string[]) => {
      // Installed, as init expects (else a note says the associations lead nowhere yet).
      const dir = folder({ "c.json": config, "node_modules/oms-lint/package.json": `{"name":"oms-lint"}` });
      const run = await runCli(argv, { cwd: dir });
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
      return { stdout: run.stdout, written: readFileSync(join(dir, ".vscode/settings.json"), "utf8") };
    };
    expect(await settings(["init", "--vscode", "-c=c.json"])).toEqual(await settings(["init", "--vscode", "-c", "c.json"]));
  });
});
