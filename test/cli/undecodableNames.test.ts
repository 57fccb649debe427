import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

// Found by the review of the last stop: a file whose name is not UTF-8, named outright (as
// `git diff -z --name-only | xargs -0 oms-lint` names it), was "not found" and skipped with
// exit 0; two such names that differ only in their bad bytes were one finding in a walk.

const folder = scratchFolders("undecodable");
/** A payload that fails if it is linted: a custom data PUT with an empty name. */
const failing = `{"name":"","value":"y"}`;
/** A name made of text and raw bytes, as a Buffer path (Node.js would read the bytes as U+FFFD). */
const rawName = (dir: string, ...parts: (string | number[])[]) =>
  Buffer.concat([Buffer.from(`${dir}/`), ...parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part)))]);
/** What Node.js gives a program for such a name (process.argv, readdir). */
const asNodeReadsIt = (...parts: (string | number[])[]) => parts.map((part) => (typeof part === "string" ? part : "\uFFFD")).join("");

const unreadMessage =
  "cannot read the file: its path is not valid UTF-8 (each byte that breaks UTF-8 is shown as \\xNN, and a backslash as \\x5c): Node.js, which oms-lint runs on, cannot open a file by such a name; rename the file";

describe("a file whose name is not UTF-8 fails the run under its name, its bytes shown as \\xNN", () => {
  it.each([[[]], [["--no-error-on-unmatched-pattern"]]])("named outright (%j): the file is there, unread: exit 1, never skipped as not found", async (flags) => {
    const dir = folder({ "ok.json": `{"name":"ok","value":"y"}` });
    writeFileSync(rawName(dir, "bad", [0xff], ".json"), failing);
    const run = await runCli(["-f", "compact", ...flags, "--unknown-kind", "warn", "--", asNodeReadsIt("bad", [0xff], ".json"), "ok.json"], { cwd: dir });
    expect(run).toEqual({ code: 1, stdout: `bad\\xff.json:1:1: error ${unreadMessage} [parse]\n`, stderr: "" });
  });

  it("named outright inside a folder whose name is not UTF-8", async () => {
    const dir = folder({});
    mkdirSync(rawName(dir, "d", [0xe9]));
    writeFileSync(Buffer.concat([rawName(dir, "d", [0xe9]), Buffer.from("/a.json")]), failing);
    const run = await runCli(["-f", "compact", "--no-error-on-unmatched-pattern", asNodeReadsIt("d", [0xe9], "/a.json")], { cwd: dir });
    expect(run).toEqual({ code: 1, stdout: `d\\xe9/a.json:1:1: error ${unreadMessage} [parse]\n`, stderr: "" });
  });

  it("a name that does not exist under any bytes is still not found (exit 2; skipped with the flag)", async () => {
    const dir = folder({ "ok.json": `{"name":"ok","value":"y"}` });
    const missing = asNodeReadsIt("gone", [0xff], ".json");
    expect(await runCli([missing], { cwd: dir })).toMatchObject({ code: 2, stderr: `oms-lint: no file or folder "${missing}" was found\n` });
    expect(await runCli(["--no-error-on-unmatched-pattern", missing, "ok.json"], { cwd: dir })).toMatchObject({ code: 0 });
  });

  it.each([["a folder", "."], ["a glob", "*.json"]])("two names that differ only in their bad bytes are two findings, through %s", async (_, pattern) => {
    const dir = folder({ "ok.json": `{"name":"ok","value":"y"}` });
    writeFileSync(rawName(dir, "a", [0xff], ".json"), failing);
    writeFileSync(rawName(dir, "a", [0xfe], ".json"), failing);
    const run = await runCli(["-f", "compact", pattern], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toEqual([`a\\xfe.json:1:1: error ${unreadMessage} [parse]`, `a\\xff.json:1:1: error ${unreadMessage} [parse]`]);
  });

  it("in a folder whose name is not UTF-8, each file to lint is reported (never passed unseen); a folder with none is no finding", async () => {
    const dir = folder({ "ok.json": `{"name":"ok","value":"y"}` });
    const cafe = rawName(dir, "fixtures/caf", [0xe9]);
    mkdirSync(Buffer.concat([cafe, Buffer.from("/sub")]), { recursive: true });
    writeFileSync(Buffer.concat([cafe, Buffer.from("/neg.json")]), failing);
    writeFileSync(Buffer.concat([cafe, Buffer.from("/notes.txt")]), "notes");
    writeFileSync(Buffer.concat([cafe, Buffer.from("/sub/deep.json")]), failing);
    mkdirSync(rawName(dir, "photos", [0xe9]));
    writeFileSync(Buffer.concat([rawName(dir, "photos", [0xe9]), Buffer.from("/a.png")]), "png");
    const run = await runCli(["-f", "compact", "."], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toEqual([`fixtures/caf\\xe9/neg.json:1:1: error ${unreadMessage} [parse]`, `fixtures/caf\\xe9/sub/deep.json:1:1: error ${unreadMessage} [parse]`]);
  });

  it("a backslash in such a name is shown as \\x5c: no two names are shown alike", async () => {
    const dir = folder({});
    writeFileSync(rawName(dir, [0xff], [0xfe], ".json"), failing);
    writeFileSync(rawName(dir, "\\xff", [0xfe], ".json"), failing);
    const run = await runCli(["-f", "compact", "."], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toEqual([`\\x5cxff\\xfe.json:1:1: error ${unreadMessage} [parse]`, `\\xff\\xfe.json:1:1: error ${unreadMessage} [parse]`]);
  });

  it("the reports that name files carry the name: github, sarif, junit", async () => {
    const dir = folder({});
    writeFileSync(rawName(dir, "caf", [0xe9], ".json"), failing);
    const report = async (format: string) => (await runCli(["-f", format, "."], { cwd: dir })).stdout;
    expect(await report("github")).toContain("::error file=caf\\xe9.json,line=1,");
    const sarif = JSON.parse(await report("sarif")) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(decodeURIComponent(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri)).toMatch(/caf\\xe9\.json$/);
    expect(await report("junit")).toMatch(/name="caf\\xe9\.json"/);
  });

  it("--changed-since finds such a file among those git lists, each on its own", async () => {
    const dir = folder({ "ok.json": `{"name":"ok","value":"y"}` });
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", ...args], { cwd: dir, stdio: "pipe" });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-q", "-m", "ok");
    writeFileSync(rawName(dir, "a", [0xff], ".json"), failing);
    writeFileSync(rawName(dir, "a", [0xfe], ".json"), failing);
    const run = await runCli(["-f", "compact", "--changed-since", "HEAD", "."], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toEqual([`a\\xfe.json:1:1: error ${unreadMessage} [parse]`, `a\\xff.json:1:1: error ${unreadMessage} [parse]`]);
  });

  it("--suppress-all never records it", async () => {
    const dir = folder({});
    writeFileSync(rawName(dir, "a", [0xff], ".json"), failing);
    expect((await runCli(["--suppress-all", "."], { cwd: dir })).code).toBe(1);
    expect(() => readFileSync(join(dir, "oms-lint-suppressions.json"))).toThrow();
    expect((await runCli(["."], { cwd: dir })).code).toBe(1);
  });
});

// Audit: -c and --existing, given a name that is not UTF-8, said "it does not exist (a broken
// symbolic link?)" of a file that is there; -o and --suppressions-location said why already.
describe("a config or --existing record whose name is not UTF-8: exit 2, one line saying why it cannot be read, never \"does not exist\"", () => {
  const why = "the name holds U+FFFD, which is what Node.js reads a byte that breaks UTF-8 as, so it would write or read another file than the one named: give a UTF-8 name";
  const given = asNodeReadsIt("c", [0xff], ".json");

  it.each([
    [["-c", given, "payload.json"], "--config"],
    [["--config", given, "payload.json"], "--config"],
    [["--existing", given, "payload.json"], "--existing"],
    [["split", "-c", given, "order.json"], "--config"],
    [["init", "--vscode", "--config", given], "--config"],
  ])("%j", async (args, flag) => {
    const dir = folder({ "payload.json": `{"name":"ok","value":"y"}`, "order.json": "{}" });
    // The file is there, under its bytes: only its name cannot be given to Node.js.
    writeFileSync(rawName(dir, "c", [0xff], ".json"), `{"name":"ok","value":"y"}`);
    const run = await runCli(args, { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: `oms-lint: ${flag} ${JSON.stringify(given)}: ${why}\n` });
  });

  // The audit's fixer: split --out-dir so named made the folder under U+FFFD's bytes, another than the one named.
  it("split --out-dir: refused before anything is written", async () => {
    const dir = folder({});
    writeFileSync(join(dir, "order.json"), readFileSync(new URL("../../examples/createOrder.json", import.meta.url)));
    const outDir = asNodeReadsIt("out", [0xff]);
    const run = await runCli(["split", "--out-dir", outDir, "order.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: `oms-lint: --out-dir ${JSON.stringify(outDir)}: ${why}\n` });
    expect(readdirSync(dir)).toEqual(["order.json"]);
  });
});
