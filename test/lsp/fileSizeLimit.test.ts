import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { taxedOrder } from "../support/payloads.js";
import { messageOf } from "./lspClient.js";
import { scratchServer } from "./scratchServer.js";

/**
 * The config's limits.maxFileSize holds in the editor as in the CLI (found by the editor
 * surface audit: a document far over a `1KB` limit the CLI refuses was linted in full).
 */
describe("a document over the config's limits.maxFileSize", () => {
  const text = taxedOrder();
  const server = scratchServer("file-size", {
    files: (dir) => {
      writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ limits: { maxFileSize: "1KB" } }));
      writeFileSync(join(dir, "big.json"), text);
      writeFileSync(join(dir, "small.json"), "{}");
    },
  });

  it("gets the CLI's one fault, and no finding of any rule", async () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024);
    const cli = await runCli(["--format", "json", "big.json"], { cwd: server.dir });
    const [fault] = (JSON.parse(cli.stdout) as { messages: { ruleId: string; message: string }[] }[])[0]!.messages;
    expect(fault).toMatchObject({ ruleId: "parse", message: expect.stringContaining("more than the 1024 bytes oms-lint reads: that is the limit set by --max-file-size or limits.maxFileSize") });
    expect(fault!.message).not.toContain("no payload is this large");
    const uri = server.uri("big.json");
    await server.client.open(uri, "json", text);
    const diagnostics = await server.client.diagnosticsOf(uri, 1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "parse", severity: 1, range: { start: { line: 0, character: 0 } } });
    expect(messageOf(diagnostics[0]!)).toContain(fault!.message);
    await server.client.close(uri);
  });
});
