import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { formatters } from "../../src/formatters/index.js";
import { runCli } from "../support/cli.js";
import { scratchServer } from "./scratchServer.js";

/** JSON beside the payloads that no payload is: a walk of the folder skips each of them. */
const notPayloads = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", ".vscode/settings.json", "orders/.draft.json", "node_modules/shop/data.json"];
const payload = "orders/order.json";
const text = JSON.stringify({ name: "shop", version: "1.0.0" }, null, 2);
/** oms-lint's own reports, told by their content (src/files/ownReport.ts): what each format writes of a run's findings. */
const findings = [lintText('{ "note": "not an order" }', { filePath: "/work/notes.json" })];
const context = { cwd: "/work", toolVersion: "0.1.0", color: false };
const reports: Record<string, string> = {
  "report.json": formatters.json(findings, context),
  "gl-code-quality-report.json": formatters.gitlab(findings, context),
  "reports/rd.json": formatters.rdjson(findings, context),
  "out.sarif.json": formatters.sarif(findings, context),
};
const textOf = (name: string) => reports[name] ?? text;

describe("JSON that a folder walk skips gets nothing, even under a `files` glob mapping every .json", () => {
  const server = scratchServer("skip", {
    files: (dir) => {
      writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "**/*.json", kind: "createOrder" }] }));
      for (const name of [...notPayloads, ...Object.keys(reports), payload]) {
        mkdirSync(join(dir, dirname(name)), { recursive: true });
        writeFileSync(join(dir, name), textOf(name));
      }
    },
  });

  it("publishes no diagnostics on manifests, lockfiles, tool configs, hidden and node_modules files, oms-lint's own reports; the payload beside them is linted", async () => {
    const { client, dir } = server;
    const published = new Map<string, number>();
    const skipped = [...notPayloads, ...Object.keys(reports)];
    for (const name of [...skipped, payload]) {
      const uri = server.uri(name);
      await client.open(uri, "json", textOf(name));
      published.set(name, (await client.diagnosticsOf(uri, 1)).length);
      await client.close(uri);
    }
    expect(Object.fromEntries(published)).toEqual(Object.fromEntries([...skipped.map((name) => [name, 0]), [payload, expect.any(Number)]]));
    expect(published.get(payload)).toBeGreaterThan(0);

    // The same files as `npx oms-lint .` from the workspace folder lints: the payload alone.
    const cli = await runCli(["--format", "json", "."], { cwd: dir });
    const linted = (JSON.parse(cli.stdout) as { filePath: string }[]).map((file) => file.filePath);
    expect(linted).toEqual([join(dir, payload)]);
  });
});
