import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const fixtures = fileURLToPath(new URL("../fixtures/cli/", import.meta.url));
const bin = fileURLToPath(new URL("../../bin/oms-lint.js", import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/oms-lint.js …` as a user's shell would (the built CLI, a real process). */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? fixtures,
    input: options.input ?? "",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    encoding: "utf8",
    timeout: 60_000,
    // A hostile file's report can pass spawnSync's default 1 MiB.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The 1-based line and column of `needle`'s first character in `text`, found independently
 * of the program (plain string search), plus `skip` characters into it.
 */
export function positionOf(text: string, needle: string, skip = 0): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, index + skip).split("\n");
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

/** Where the value of `"key": value` starts: the key found by search, the value after its colon and blanks. */
export function valuePosition(text: string, key: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(`"${key}"`, index + 1);
  if (index < 0) throw new Error(`key ${key} is not in the text`);
  let value = text.indexOf(":", index + key.length + 2) + 1;
  while (/\s/.test(text[value] as string)) value++;
  const before = text.slice(0, value).split("\n");
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

export function fixtureText(relativePath: string): string {
  return readFileSync(fixtures + relativePath, "utf8");
}
