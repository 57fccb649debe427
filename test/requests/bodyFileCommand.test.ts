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
/** A Postman collection sending its body from `src`: a name a request file's line cannot hold (a line feed) it holds as written. */
const collection = (src: string) =>
  JSON.stringify({
    info: { name: "c", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    item: [{ name: "r", request: { method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", header: [{ key: "Content-Type", value: "application/json" }], body: { mode: "file", file: { src } } } }],
  });

/**
 * The words of the command the request file's warning gives, as a user reads it off the
 * terminal (the default report, which writes a tab as `\t` and a bidi override as `\u202e`)
 * and `sh` splits them there; undefined where it gives none.
 */
async function suggestedCommand(cwd: string, file = "r.http"): Promise<string[] | undefined> {
  const run = await runCli([file], { cwd });
  const line = run.stdout.split("\n").find((one) => one.endsWith("request/body-unchecked"));
  expect(line).toBeDefined();
  const command = /\(oms-lint (--kind .*)\) +request\/body-unchecked$/.exec(line!)?.[1];
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

/** Why a body file whose path reads as a secret gets no command (request/body-unchecked quotes no secret). */
const secretPath = "its path holds what reads as a secret (a card number, an email address, a phone number), which no message quotes, so no command names it here";

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
    // Folders a glob never enters: the escaped name is read as the file it spells, named outright.
    ["node_modules/order[1].json", ["node_modules/order1.json"]],
    [".git/order[1].json", [".git/order1.json"]],
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

  it.each(["a@a.json", "+@a.json", "order@b1.json"])("%s, which reads as an email address: no command, the kind alone, and why, the path not quoted", async (name) => {
    const cwd = folder({ "r.http": request(name), [name]: "{}\n" });
    expect(await suggestedCommand(cwd)).toBeUndefined();
    const run = await runCli(["r.http"], { cwd });
    expect(run.stdout).toContain(`lint that file on its own, with --kind createOrder (${secretPath}`);
    expect(run.stdout).not.toContain(name);
  });

  it("any name of letters and glob characters: its file alone among files named alike, and nothing without it", async () => {
    const character = fc.constantFrom(..."ab1[]{},()*?!@+| \\-.");
    const name = fc.string({ unit: character, minLength: 1, maxLength: 6 }).map((text) => `${text}.json`);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), async (names) => {
        const cwd = folder({ "r.http": request(names[0]!), ...Object.fromEntries(names.map((one) => [one, "{}\n"])) });
        const command = await suggestedCommand(cwd);
        // No command only where no escape names the file alone, the report collapses two spaces into one, or the name
        // reads as an email address, which no message quotes (`a@a.json`, drawn under OMS_LINT_FUZZ_SEED=8; the cases say why).
        if (command === undefined) {
          if (!/[\\{}]| {2}/.test(names[0]!)) {
            expect(names[0]).toMatch(/[^ ]@[^@]*\./);
            expect((await runCli(["r.http"], { cwd })).stdout).toContain(secretPath);
          }
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

const shownOtherwise = "its path holds what a report writes otherwise (a control character such as a tab or a line feed, an invisible or bidi character, a lone surrogate, two spaces in a row), and a command copied from it would name another file";

describe("the command of a body file whose name a report writes otherwise names no other file", () => {
  // Each beside the file its escaped or collapsed command named (found by the audit of request files).
  it.each([
    ["a\tb.json", "atb.json"],
    ["n\nl.json", "nnl.json"],
    ["\u202eevil.json", "u202eevil.json"],
    ["a\u200bb.json", "au200bb.json"],
    ["a\u00adb.json", "au00adb.json"],
    ["a  b.json", "a b.json"],
    ["a\ud800b.json", "a\ufffdb.json"],
  ])("%j, beside %j: no command, the kind alone, and why", async (name, decoy) => {
    const cwd = folder({ [decoy]: "{}\n", [name]: "{}\n", "c.postman_collection.json": collection(name) });
    expect(await suggestedCommand(cwd, "c.postman_collection.json")).toBeUndefined();
    const run = await runCli(["-f", "json", "c.postman_collection.json"], { cwd });
    expect(run.stdout).toContain(`lint that file on its own, with --kind createOrder (${shownOtherwise}, so no command names it here)`);
  });

  // A NUL (no file on disk can hold one): no shell word holds it either, and the reason is the report's, not a backslash's
  // (a merge of two fixes gave lintTargetArgument's "a backslash or a brace" for it, fileArgument having no word for a NUL).
  it.each(["a\u0000b.json", "a\\\tb.json"])("%j: no command, with the report's reason", async (name) => {
    const cwd = folder({ "c.postman_collection.json": collection(name) });
    const run = await runCli(["-f", "json", "c.postman_collection.json"], { cwd });
    expect(run.stdout).toContain(`lint that file on its own, with --kind createOrder (${shownOtherwise}, so no command names it here)`);
  });

  it("any name of letters, glob, control and invisible characters: its file alone among files named alike, and nothing without it", async () => {
    const character = fc.constantFrom(..."ab1[]*?( \\{", "\t", "\n", "\r", "\u001b", "\u202e", "\u200b", "\u2028", "\ufeff", "\ud800");
    const name = fc.string({ unit: character, minLength: 1, maxLength: 6 }).map((text) => `${text}.json`);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), async (names) => {
        const cwd = folder({ "c.postman_collection.json": collection(names[0]!), ...Object.fromEntries(names.map((one) => [one, "{}\n"])) });
        const command = await suggestedCommand(cwd, "c.postman_collection.json");
        // No command only where no escape names the file alone, or the report shows the name otherwise.
        if (command === undefined) {
          expect(names[0]).toMatch(/[\\{}\t\n\r\u001b\u202e\u200b\u2028\ufeff\ud800]| {2}/);
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
