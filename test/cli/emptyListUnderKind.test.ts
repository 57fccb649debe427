import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loadConfig.js";
import { isEarlierReport } from "../../src/files/reportHead.js";
import { defaultServerSettings, lintDocument } from "../../src/lsp/documentLint.js";
import { runCli } from "../support/cli.js";
import { recommendedConfig } from "../support/eslintRun.js";
import { createOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A file of `[]` is what a clean run's gitlab (or json) report holds, and a walk leaves such a
 * report out; but a walk left it out also where --kind or a `files` entry said the file is a
 * payload, and the payload's fault passed unread: a folder of `[]` files under --kind
 * createOrder was "no problems in 0 files", exit 0. And any text opening `[]` (`[] notes`)
 * was taken for such a report (audit of the files oms-lint writes).
 */
const folder = scratchFolders("empty-list-under-kind");

interface Reported {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string; readonly severity: number }[];
}

/** Each file `oms-lint -f json <args>` reports (path from the folder, with /), and whether it has an error. */
async function reported(dir: string, args: readonly string[]): Promise<{ code: number | null; files: Record<string, boolean> }> {
  const run = await runCli(["-f", "json", ...args], { cwd: dir });
  const files = JSON.parse(run.stdout) as Reported[];
  return { code: run.code, files: Object.fromEntries(files.map((file) => [relative(dir, file.filePath).split(sep).join("/"), file.messages.some((m) => m.severity === 2)])) };
}

const order = JSON.stringify(createOrder(), null, 2) + "\n";
const mapAll = JSON.stringify({ files: [{ glob: "**/*.json", kind: "createOrder" }] });

describe("a file of [] whose kind the run is told is linted as that payload", () => {
  it("--kind createOrder over a folder of [] alone: the file is an error, exit 1, not 'no problems in 0 files'", async () => {
    const dir = folder({ "list.json": "[]\n" });
    const text = await runCli(["--kind", "createOrder", "."], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("list.json");
    expect(text.stdout).not.toContain("no problems");
    expect(await reported(dir, ["--kind", "createOrder", "."])).toEqual({ code: 1, files: { "list.json": true } });
  });

  it("a `files` glob giving it a kind: the same, beside a clean order; a glob target too", async () => {
    const dir = folder({ "oms-lint.config.json": mapAll, "orders/list.json": "[ ]\n", "orders/order.json": order });
    expect(await reported(dir, ["."])).toEqual({ code: 1, files: { "orders/list.json": true, "orders/order.json": false } });
    expect(await reported(dir, ["orders/*.json"])).toEqual({ code: 1, files: { "orders/list.json": true, "orders/order.json": false } });
  });

  it("--fix under a kind reports it too, and leaves it as it is", async () => {
    const dir = folder({ "list.json": "[]\n" });
    expect(await reported(dir, ["--fix", "--kind", "createOrder", "."])).toEqual({ code: 1, files: { "list.json": true } });
    expect(readFileSync(join(dir, "list.json"), "utf8")).toBe("[]\n");
  });

  it("with no kind given, it is still left out as a clean run's report (README); named outright, its kind cannot be told: an error", async () => {
    const dir = folder({ "list.json": "[]\n", "order.json": order });
    expect(await reported(dir, ["."])).toEqual({ code: 0, files: { "order.json": false } });
    expect(await reported(dir, ["list.json"])).toEqual({ code: 1, files: { "list.json": true } });
  });

  it("a walk that lints nothing but leaves such files out says so on stderr (exit 0, as before), --fix too", async () => {
    const dir = folder({ "a.json": "[]\n", "sub/b.json": "[ ]\n" });
    const note = "oms-lint: note: no file was linted: 2 files holding [] alone were left out as a clean run's gitlab or json report (a.json, sub/b.json; [] is also an empty list of bodies, which no payload kind takes): name one outright, or give it a kind (--kind, or a \"files\" entry in oms-lint.config.json), to lint it\n";
    expect(await runCli(["."], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: note });
    expect(await runCli(["--fix", "."], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: note });
  });

  // Found by the audit of the fixture-set features (issue 18): beside a file it lints, a `[]` fixture
  // was skipped without a word (`--unknown-kind error --max-warnings 0 -f json .`: one file reported,
  // nothing on stderr, exit 0), where named outright it is a kind error. Each file left out is named.
  it("beside a file it lints, the note names each file left out (a walk, a glob, --fix), and the run's verdict is the linted files'", async () => {
    const dir = folder({ "broken.json": "[]\n", "createOrder.json": order });
    const note = "oms-lint: note: 1 file holding [] alone was left out as a clean run's gitlab or json report (broken.json; [] is also an empty list of bodies, which no payload kind takes): name one outright, or give it a kind (--kind, or a \"files\" entry in oms-lint.config.json), to lint it\n";
    for (const args of [["."], ["*.json"], ["--fix", "."]]) {
      const run = await runCli(["--unknown-kind", "error", "--max-warnings", "0", "-f", "json", ...args], { cwd: dir });
      expect({ code: run.code, stderr: run.stderr }, args.join(" ")).toEqual({ code: 0, stderr: note });
      expect((JSON.parse(run.stdout) as Reported[]).map((file) => relative(dir, file.filePath))).toEqual(["createOrder.json"]);
    }
    expect(await reported(dir, ["--unknown-kind", "error", "broken.json"])).toEqual({ code: 1, files: { "broken.json": true } });
  });

  it("past ten files, the note names ten and counts the rest", async () => {
    const dir = folder({ ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`r${String(i).padStart(2, "0")}.json`, "[]\n"])), "createOrder.json": order });
    const run = await runCli(["."], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("12 files holding [] alone were left out as a clean run's gitlab or json report (r00.json, r01.json, r02.json, r03.json, r04.json, r05.json, r06.json, r07.json, r08.json, r09.json and 2 more; ");
  });

  it("a report that carries a report's marks is still left out under a kind", async () => {
    const dir = folder({ "oms-lint.config.json": mapAll, "order.json": order });
    expect((await runCli(["-f", "json", "-o", "report.json", "order.json"], { cwd: dir })).code).toBe(0);
    // report.json holds a json report of one clean file: `[{"filePath": …`.
    expect(readFileSync(join(dir, "report.json"), "utf8")).toMatch(/^\[\s*\{\s*"filePath"/);
    expect(await reported(dir, ["."])).toEqual({ code: 0, files: { "order.json": false } });
  });

  it("the editor lints it under a `files` glob, as the walk does, and shows nothing on it without one", async () => {
    const dir = folder({ "oms-lint.config.json": mapAll });
    const mapped = await loadConfig(join(dir, "oms-lint.config.json"), dir);
    expect(lintDocument({ filePath: join(dir, "list.json") }, "[]\n", mapped, defaultServerSettings)?.result.errorCount).toBeGreaterThan(0);
    const plain = folder({ "oms-lint.config.json": "{}" });
    const unmapped = await loadConfig(join(plain, "oms-lint.config.json"), plain);
    expect(lintDocument({ filePath: join(plain, "list.json") }, "[]\n", unmapped, defaultServerSettings)).toBeUndefined();
  });

  it("the ESLint plugin lints it under a `kind` setting, and says nothing of it without one", async () => {
    const dir = folder({});
    const rulesOf = async (settings?: Record<string, unknown>) => {
      const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig(settings) });
      const [result] = await eslint.lintText("[]\n", { filePath: join(dir, "list.json") });
      return result!.messages.map((m) => [m.ruleId, m.severity]);
    };
    expect(await rulesOf({ kind: "createOrder" })).toEqual([["oms-lint/schema", 2]]);
    expect(await rulesOf()).toEqual([]);
  });
});

describe("only [] itself is a clean run's report: text that opens with it is no report", () => {
  it.each(["[] notes", "[][1]", "[]\n[]", "[]]"])("%j is linted by a walk (its parse fault), and is no earlier report -o may replace", async (text) => {
    const dir = folder({ "broken.json": text });
    expect(await reported(dir, ["."])).toEqual({ code: 1, files: { "broken.json": true } });
    expect(isEarlierReport({ size: text.length, head: text, tail: text })).toBe(false);
  });

  it("[] itself, with white space around it, is one", () => {
    for (const text of ["[]", "[]\n", " [ ]\r\n", "\uFEFF[]"]) expect(isEarlierReport({ size: text.length, head: text, tail: text }), JSON.stringify(text)).toBe(true);
  });
});
