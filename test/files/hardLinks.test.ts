import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { WriteFailure, writeFileAtomic } from "../../src/files/atomicWrite.js";
import { runCli } from "../support/cli.js";

/**
 * A file with two names (a hard link) is one file: an atomic write renames a new file over
 * one name, and the other name keeps the old text, parted from it without a word. Every
 * writer refuses it instead, and says so.
 */
const work = mkdtempSync(join(tmpdir(), "oms-lint-hardlinks-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;
/** A folder holding `name` with `text`, and a second name for the same file in `elsewhere/`. */
function linked(name: string, text: string): { dir: string; file: string; other: string } {
  const dir = join(work, `case-${++folders}`);
  mkdirSync(join(dir, "elsewhere"), { recursive: true });
  const file = join(dir, name);
  const other = join(dir, "elsewhere", name);
  writeFileSync(file, text);
  linkSync(file, other);
  return { dir, file, other };
}
/** Both names still name one file, holding `text`. */
function stillOne(file: string, other: string, text: string): void {
  expect(statSync(file).ino).toBe(statSync(other).ino);
  expect([readFileSync(file, "utf8"), readFileSync(other, "utf8")]).toEqual([text, text]);
}

const example = readFileSync(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)), "utf8");
const fixable = example.replace(`"maxAmount": null`, `"maxAmount": -1`);

describe("a file with two names (a hard link)", () => {
  it("writeFileAtomic refuses it (HARDLINK), and leaves both names on the old text and no temporary file", () => {
    const { dir, file, other } = linked("order.json", "old");
    expect(() => writeFileAtomic(file, "new")).toThrow(WriteFailure);
    expect(() => writeFileAtomic(file, "new")).toThrow(/2 names \(hard links\)/);
    stillOne(file, other, "old");
    expect(readdirSync(dir).sort()).toEqual(["elsewhere", "order.json"]);
  });

  it("--fix reports it as not fixed, and says why; both names keep the text", async () => {
    const { dir, file, other } = linked("order.json", fixable);
    const run = await runCli(["--fix", "--kind", "createOrder", "--format", "json", "order.json"], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(result.messages[0]).toMatchObject({ ruleId: "fix", fatal: true });
    expect(result.messages[0].message).toMatch(/cannot write the fixed file: it has 2 names \(hard links\)/);
    stillOne(file, other, fixable);
  });

  it("-o naming an earlier report with another name is refused (exit 2); both names keep the report", async () => {
    const { dir, file, other } = linked("report.txt", "");
    writeFileSync(join(dir, "order.json"), example);
    const run = await runCli(["-o", "report.txt", "order.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write --output-file report\.txt: it has 2 names \(hard links\)/);
    stillOne(file, other, "");
  });

  it("a suppressions file with another name is not rewritten (exit 2)", async () => {
    const { dir, file, other } = linked("oms-lint-suppressions.json", "{}\n");
    writeFileSync(join(dir, "order.json"), example.replace(`"locale": "en-US"`, `"locale": "en-AU"`));
    const run = await runCli(["--suppress-all", "order.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/it has 2 names \(hard links\)/);
    stillOne(file, other, "{}\n");
  });
});
