import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { runCli } from "./cli.js";

/**
 * A scratch folder holding one good custom data payload, removed after the file's tests: each
 * call writes `config` as its oms-lint.config.json and lints the payload in process, so a test
 * reads what the CLI says of that config alone.
 */
export function configRun(prefix: string): (config: string) => ReturnType<typeof runCli> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "payload.json"), '{"name": "a", "value": "b"}');
  return async (config: string) => {
    writeFileSync(join(dir, "oms-lint.config.json"), config);
    return await runCli(["payload.json"], { cwd: dir });
  };
}
