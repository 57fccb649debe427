import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { taxedOrder } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";

/**
 * What `npx oms-lint .` run from the workspace folder skips because of a .gitignore gets no
 * diagnostic in the editor either (found by the editor surface audit: gi.json, named in
 * .gitignore, had the LSP's diagnostics and none of the CLI's).
 */
describe("a .gitignore'd document", () => {
  const files = ["gi.json", "built/out.json", "orders/kept.json", "orders/local.json"];
  const server = scratchServer("gitignore", {
    files: (dir) => {
      mkdirSync(join(dir, ".git"));
      writeFileSync(join(dir, ".gitignore"), "gi.json\nbuilt/\n");
      mkdirSync(join(dir, "orders"));
      writeFileSync(join(dir, "orders", ".gitignore"), "local.json\n");
      for (const name of files) {
        mkdirSync(join(dir, name, ".."), { recursive: true });
        writeFileSync(join(dir, name), taxedOrder());
      }
    },
  });

  it("gets no diagnostics, as the CLI's walk leaves it out; the file beside it is linted", async () => {
    const published: Record<string, number> = {};
    for (const name of files) {
      const uri = server.uri(name);
      await server.client.open(uri, "json", taxedOrder());
      published[name] = (await server.client.diagnosticsOf(uri, 1)).length;
      await server.client.close(uri);
    }
    const cli = await runCli(["--format", "json", "."], { cwd: server.dir });
    const linted = (JSON.parse(cli.stdout) as { filePath: string }[]).map((file) => file.filePath);
    expect(linted).toEqual([join(server.dir, "orders/kept.json")]);
    expect(published).toEqual({ "gi.json": 0, "built/out.json": 0, "orders/kept.json": expect.any(Number), "orders/local.json": 0 });
    expect(published["orders/kept.json"]).toBeGreaterThan(0);
  });
});
