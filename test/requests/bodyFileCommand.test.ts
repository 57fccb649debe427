import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * The command request/body-unchecked gives ("lint it on its own (oms-lint --kind createOrder
 * <file>)"), run as a user runs it: its words split by a real POSIX shell in the folder the
 * request file was linted from, then handed to the CLI. oms-lint reads a target that names no
 * file as a glob: `'order[1].json'` linted order1.json when order[1].json was not there (found
 * by the audit of request files), so the command must name the one file or none.
 */

const folder = scratchFolders("body-file-command");
const request = (name: string) => `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n< ./${name}\n`;

/** The words of the command the request file's warning gives, as `sh` splits them there; undefined where it gives none. */
async function suggestedCommand(cwd: string): Promise<string[] | undefined> {
  const run = await runCli(["-f", "json", "r.http"], { cwd });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  const warning = result!.messages.find((one) => one.ruleId === "request/body-unchecked");
  expect(warning).toBeDefined();
  const command = /\(oms-lint (--kind .*)\)$/.exec(warning!.message)?.[1];
  if (command === undefined) return undefined;
  const words = execFileSync("sh", ["-c", `printf '%s\\0' ${command}`], { cwd, encoding: "utf8" });
  return words.split("\0").slice(0, -1);
}

/** The files (relative to cwd) a run of the CLI with these arguments lints; none when it stops with a usage error. */
async function lintedBy(args: readonly string[], cwd: string): Promise<string[]> {
  const run = await runCli(["-f", "json", ...args], { cwd });
  if (run.code === 2) return [];
  return (JSON.parse(run.stdout) as { filePath: string }[]).map((one) => one.filePath.slice(cwd.length + 1));
}

describe("the command of a body file whose name holds glob characters lints that file alone", () => {
  it.each([
    ["order[1].json", ["order1.json"]],
    ["order[!x].json", ["order1.json"]],
    ["order?.json", ["orderx.json"]],
    ["order*.json", ["order-old.json"]],
    ["order (1).json", ["order 1.json"]],
    ["@(order).json", ["order.json"]],
    ["+(a).json", ["a.json", "aa.json"]],
    ["!(a).json", ["b.json"]],
    ["a|b.json", ["a.json"]],
    ["orders/[2024]/order.json", ["orders/2/order.json"]],
    [".bodies/order[1].json", [".bodies/order1.json"]],
    ["-order[1].json", ["-order1.json"]],
  ])("%s, beside %j: the file when it is there, nothing when it is not", async (name, others) => {
    const cwd = folder({ "r.http": request(name), [name]: "{}\n", ...Object.fromEntries(others.map((other) => [other, "{}\n"])) });
    const command = await suggestedCommand(cwd);
    expect(command).toBeDefined();
    expect(await lintedBy(command!, cwd)).toEqual([name]);
    rmSync(join(cwd, name));
    expect(await lintedBy(command!, cwd)).toEqual([]);
  });

  it.each(["a\\b.json", "order{1,2}.json", "{a.json", "a}.json"])("%s: no command (no escape names it alone), the kind alone, and why", async (name) => {
    const cwd = folder({ "r.http": request(name), [name]: "{}\n" });
    expect(await suggestedCommand(cwd)).toBeUndefined();
    const run = await runCli(["r.http"], { cwd });
    expect(run.stdout).toContain("lint that file on its own, with --kind createOrder (its path holds a backslash or a brace, which oms-lint reads in a file pattern, and no escape makes it name that file alone, so no command names it here)");
  });

  it("any name of letters and glob characters: its file alone among files named alike, and nothing without it", async () => {
    const character = fc.constantFrom(..."ab1[]{},()*?!@+| \\-.");
    const name = fc.string({ unit: character, minLength: 1, maxLength: 6 }).map((text) => `${text}.json`);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), async (names) => {
        const cwd = folder({ "r.http": request(names[0]!), ...Object.fromEntries(names.map((one) => [one, "{}\n"])) });
        const command = await suggestedCommand(cwd);
        // No command only where no escape names the file alone (the cases above say why).
        if (command === undefined) {
          expect(names[0]).toMatch(/[\\{}]/);
          return;
        }
        expect(await lintedBy(command, cwd)).toEqual([names[0]]);
        rmSync(join(cwd, names[0]!));
        expect(await lintedBy(command, cwd)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
