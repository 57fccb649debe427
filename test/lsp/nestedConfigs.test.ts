import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";

interface CliFile {
  readonly messages: readonly { ruleId: string; line: number; column: number }[];
}

describe("nested configs: the server reads the config `npx oms-lint` reads when run from the workspace folder", () => {
  const text = JSON.stringify(createOrder({ orderID: 5 }), null, 2);
  const server = scratchServer("nested", {
    files: (dir) => {
      mkdirSync(join(dir, "team"));
      writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ rules: { "read-only-ids": "off" } }));
      writeFileSync(join(dir, "team", "oms-lint.config.json"), JSON.stringify({ rules: { "read-only-ids": "error" } }));
      writeFileSync(join(dir, "team", "order.json"), text);
    },
  });

  it("a document under a subfolder's config gets the workspace root's config, as the CLI run from the root gives", async () => {
    const { client, dir } = server;
    const uri = server.uri("team/order.json");
    await client.open(uri, "json", text);
    const diagnostics = await client.diagnosticsOf(uri, 1);
    // The root's config turns read-only-ids off; the subfolder's config is not the run's.
    expect(diagnostics.filter((d) => d.code === "read-only-ids")).toEqual([]);

    const cli = await runCli(["--format", "json", "team/order.json"], { cwd: dir });
    const [file] = JSON.parse(cli.stdout) as CliFile[];
    const fromCli = file!.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`).sort();
    const fromServer = diagnostics.map((d) => `${String(d.code)} ${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
    expect(fromServer).toEqual(fromCli);
    await client.close(uri);
  });
});
