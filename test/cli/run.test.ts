import { describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/main.js";
import { fixtures } from "../support/cli.js";

function io(overrides: Partial<CliIo> = {}) {
  const out = { stdout: "", stderr: "" };
  const world: CliIo = {
    cwd: fixtures,
    env: {},
    stdoutIsTTY: false,
    readStdin: async () => Buffer.from('{"name": "a", "value": "b"}'),
    writeStdout: (text) => void (out.stdout += text),
    writeStderr: (text) => void (out.stderr += text),
    ...overrides,
  };
  return { world, out };
}

describe("run() (the CLI in process)", () => {
  it("an internal error is exit 2 and one line, never a stack trace", async () => {
    const { world, out } = io({ readStdin: () => Promise.reject(new Error("the pipe broke")) });
    expect(await run(["--stdin", "--format", "json"], world)).toBe(2);
    expect(out).toEqual({ stdout: "", stderr: "oms-lint: internal error (please report it): the pipe broke\n" });
  });

  it("colours stylish output only on a terminal without NO_COLOR", async () => {
    const bad = ["--stdin", "--kind", "orderCustomData"];
    const input = { readStdin: async () => Buffer.from('{"name": "", "value": "b"}') };
    const tty = io({ ...input, stdoutIsTTY: true });
    expect(await run(bad, tty.world)).toBe(1);
    expect(tty.out.stdout).toContain("\u001b[");
    const noColor = io({ ...input, stdoutIsTTY: true, env: { NO_COLOR: "1" } });
    await run(bad, noColor.world);
    expect(noColor.out.stdout).not.toContain("\u001b[");
    const piped = io(input);
    await run(bad, piped.world);
    expect(piped.out.stdout).not.toContain("\u001b[");
    expect(piped.out.stdout).toContain("error");
  });
});
