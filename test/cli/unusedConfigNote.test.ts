import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A config in a subfolder is not used when the run starts above it (SPEC §5: the config is found
 * upward from the working folder), where ESLint looks one up for each file: the walk that passes
 * over it says so, once, on stderr (audit of config and file discovery: it was silently not used).
 */
const folder = scratchFolders("unused-config-note");
const tenantConfig = JSON.stringify({ files: [{ glob: "*.json", kind: "createOrder" }] });
const payload = '{"name": "a", "value": "b"}';
const notUsed = (why: string) => `oms-lint: note: tenant/oms-lint.config.json is not used: ${why}; run from tenant/ or use overrides\n`;

describe("a config in a subfolder a walk passes over", () => {
  it("from the root: the files lint without it, and one note names it", async () => {
    const root = folder({ "tenant/oms-lint.config.json": tenantConfig, "tenant/p.json": payload });
    expect(await runCli(["."], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: notUsed("the config is found upward from the working folder") });
  });

  it("beside the root's own config: the root's is used, the tenant's named", async () => {
    const root = folder({ "oms-lint.config.json": "{}", "tenant/oms-lint.config.json": tenantConfig, "tenant/p.json": payload });
    const run = await runCli(["."], { cwd: root });
    expect(run.stderr).toBe(notUsed("the config is found upward from the working folder"));
  });

  it("with -c or --no-config, the note says which config the run reads", async () => {
    const root = folder({ "my.json": "{}", "tenant/oms-lint.config.json": tenantConfig, "tenant/p.json": payload });
    expect((await runCli(["-c", "my.json", "."], { cwd: root })).stderr).toBe(notUsed("this run reads the config --config names"));
    expect((await runCli(["--no-config", "."], { cwd: root })).stderr).toBe(notUsed("this run reads no config (--no-config)"));
  });

  it("the working folder's own config, left out by -c or --no-config as asked, is not named", async () => {
    const root = folder({ "oms-lint.config.json": "{}", ".conf/my.json": "{}", "p.json": payload });
    expect(await runCli(["-c", ".conf/my.json", "."], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(await runCli(["--no-config", "."], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("the config in use, walked over, and an ignored one are not named", async () => {
    const root = folder({ "tenant/oms-lint.config.json": JSON.stringify({ ignores: ["old/"] }), "tenant/p.json": payload, "tenant/old/oms-lint.config.json": "{}" });
    expect(await runCli(["."], { cwd: join(root, "tenant") })).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
