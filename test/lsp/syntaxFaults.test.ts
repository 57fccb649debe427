import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { messageOf } from "./lspClient.js";
import { scratchServer } from "./scratchServer.js";

interface CliFile {
  readonly filePath: string;
  readonly messages: readonly { ruleId: string; severity: number; message: string; line: number; column: number }[];
}

/**
 * JSON files with a typo, in a folder with no config: jsonc-parser's recovery stops at the
 * broken token, so none of them tells its kind (found by the editor audit: the server
 * published nothing where the CLI and ESLint gave the parse fault).
 */
const files: Record<string, string> = {
  "gift.json": `{\n  "name": "Gift message",\n  "value": 'Happy birthday'\n}`,
  "note.json": `{\n  "name": "Gift\nmessage",\n  "value": "x"\n}`,
  "key.json": `{\n  name: "Gift message",\n  "value": "x"\n}`,
  "search.json": `'/api/v2/orderItem/?orderID=123'`,
  "settings.json": `{\n  "theme": "dark",\n}`,
};

describe("a JSON document with a syntax fault, through the real server and the CLI", () => {
  const server = scratchServer("syntax", {
    files: (dir) => {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    },
  });

  it("gets the CLI's parse fault, at the CLI's place, whatever it holds", async () => {
    const cli = await runCli(["--format", "json", "."], { cwd: server.dir });
    expect(cli.code).toBe(1);
    const fromCli = Object.fromEntries(
      (JSON.parse(cli.stdout) as CliFile[]).map((file) => [file.filePath, file.messages.map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column} ${m.message}`)]),
    );
    const fromServer: Record<string, string[]> = {};
    for (const [name, text] of Object.entries(files)) {
      const uri = server.uri(name);
      await server.client.open(uri, "json", text);
      const diagnostics = await server.client.diagnosticsOf(uri, 1);
      await server.client.close(uri);
      fromServer[join(server.dir, name)] = diagnostics.map((d) => `${String(d.code)} ${d.severity === 1 ? 2 : 1} ${d.range.start.line + 1}:${d.range.start.character + 1} ${messageOf(d)}`);
    }
    expect(fromServer).toEqual(fromCli);
    for (const messages of Object.values(fromServer)) expect(messages).toEqual([expect.stringMatching(/^parse 2 /)]);
    expect(fromServer[join(server.dir, "gift.json")]).toEqual([expect.stringMatching(/^parse 2 3:12 single quotes are not JSON/)]);
  });
});
