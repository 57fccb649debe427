import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bin, runCli } from "../support/cli.js";

// Found by the audit of the CI surface: a branch that only changed oms-lint.config.json (a rule
// made an error, an override's settings) or the suppressions file linted nothing with
// `--changed-since origin/main .` and exited 0, while `oms-lint .` failed. A change to a file
// the run reads for every file's result lints every file, and one note says which changed.

const root = mkdtempSync(join(tmpdir(), "oms-lint-changed-inputs-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;

const payload = (fields: Record<string, string>) => `${JSON.stringify({ name: "gift", value: "v", ...fields })}\n`;

/**
 * A repository on the branch "feature", left from main: a.json with an error recorded in the
 * suppressions file, b.json with an unknown property (a rule the config turns off), c.json clean.
 */
function repository(): { dir: string; git: (...args: string[]) => void; write: (path: string, text: string) => void } {
  const dir = join(root, `repo-${count++}`);
  const git = (...args: string[]) => void execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", ...args], { cwd: dir, stdio: "pipe" });
  const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
  execFileSync("git", ["init", "-q", "-b", "main", dir], { stdio: "pipe" });
  write("a.json", payload({ name: "" }));
  write("b.json", payload({ extra: "x" }));
  write("c.json", payload({}));
  write("oms-lint.config.json", `${JSON.stringify({ files: [{ glob: "*.json", kind: "orderCustomData" }], rules: { "unknown-property": "off" } })}\n`);
  write("other.config.json", `${JSON.stringify({ files: [{ glob: "*.json", kind: "orderCustomData" }], rules: { "unknown-property": "off" } })}\n`);
  execFileSync(process.execPath, [bin, "--suppress-all", "."], { cwd: dir, stdio: "pipe" });
  git("add", ".");
  git("commit", "-q", "-m", "fixtures");
  git("checkout", "-q", "-b", "feature");
  return { dir, git, write };
}

const linted = async (dir: string, ...argv: string[]) => {
  const run = await runCli(["-f", "json", ...argv, "."], { cwd: dir });
  return { code: run.code, stderr: run.stderr, files: (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath.slice(dir.length + 1)) };
};

const everyFileNote = (changed: string) =>
  `oms-lint: --changed-since main: ${changed} changed: every file found is linted, as without --changed-since (a change there can change any file's result)\n`;

describe("--changed-since: a branch that changed a file the run reads lints every file", () => {
  it("a branch that changed a fixture alone lints that fixture alone, without a note", async () => {
    const { dir, git, write } = repository();
    write("c.json", payload({ value: "w" }));
    git("commit", "-q", "-am", "c");
    expect(await linted(dir, "--changed-since", "main")).toEqual({ code: 0, stderr: "", files: ["c.json"] });
  });

  it.each([
    ["the config made a rule an error (committed)", true],
    ["the config made a rule an error (not committed)", false],
  ])("%s: every file is linted, and the run fails as `oms-lint .` does", async (_name, commit) => {
    const { dir, git, write } = repository();
    write("oms-lint.config.json", `${JSON.stringify({ files: [{ glob: "*.json", kind: "orderCustomData" }], rules: { "unknown-property": "error" } })}\n`);
    if (commit) git("commit", "-q", "-am", "strict");
    const whole = await linted(dir);
    expect(whole.code).toBe(1);
    expect(await linted(dir, "--changed-since", "main")).toEqual({ ...whole, stderr: everyFileNote("oms-lint.config.json (the config this run reads)") });
  });

  it("the config removed: every file is linted", async () => {
    const { dir, git } = repository();
    git("rm", "-q", "oms-lint.config.json");
    git("commit", "-q", "-m", "no config");
    const whole = await linted(dir, "--kind", "orderCustomData");
    expect(whole.files).toEqual(["a.json", "b.json", "c.json", "other.config.json"]);
    expect(await linted(dir, "--kind", "orderCustomData", "--changed-since", "main")).toEqual({ ...whole, stderr: everyFileNote("oms-lint.config.json (a config file, now removed)") });
  });

  it("--config names the file: its change lints every file; the default config's change does not", async () => {
    const { dir, git, write } = repository();
    write("other.config.json", `${JSON.stringify({ files: [{ glob: "*.json", kind: "orderCustomData" }], rules: { "unknown-property": "error" } })}\n`);
    git("commit", "-q", "-am", "strict");
    const whole = await linted(dir, "-c", "other.config.json");
    expect(whole.code).toBe(1);
    expect(await linted(dir, "-c", "other.config.json", "--changed-since", "main")).toEqual({ ...whole, stderr: everyFileNote("other.config.json (the config this run reads)") });
    // oms-lint.config.json is not read by this run (a walk leaves it out by its name): its change lints nothing.
    write("oms-lint.config.json", "{}\n");
    git("checkout", "-q", "main", "--", "other.config.json");
    expect(await linted(dir, "-c", "other.config.json", "--changed-since", "main")).toEqual({ code: 0, stderr: "", files: [] });
  });

  it("a count raised in the suppressions file: every file is linted, and the run ends as `oms-lint .` does", async () => {
    const { dir, git, write } = repository();
    const record = JSON.parse(readFileSync(join(dir, "oms-lint-suppressions.json"), "utf8")) as Record<string, Record<string, { count: number }>>;
    for (const rules of Object.values(record)) for (const rule of Object.values(rules)) rule.count += 1;
    write("oms-lint-suppressions.json", `${JSON.stringify(record, null, 2)}\n`);
    git("commit", "-q", "-am", "more expected");
    const whole = await linted(dir);
    const changed = await linted(dir, "--changed-since", "main");
    expect(changed.files).toEqual(["a.json", "b.json", "c.json", "other.config.json"]);
    expect(changed).toEqual({ ...whole, stderr: everyFileNote("oms-lint-suppressions.json (the suppressions file)") + whole.stderr });
  });

  it("the suppressions file removed: every file is linted, and a.json's error fails the run", async () => {
    const { dir } = repository();
    unlinkSync(join(dir, "oms-lint-suppressions.json"));
    const whole = await linted(dir);
    expect(whole.code).toBe(1);
    expect(await linted(dir, "--changed-since", "main")).toEqual({ ...whole, stderr: everyFileNote("oms-lint-suppressions.json (the suppressions file)") });
  });

  it("the config and the suppressions file changed: one note names both", async () => {
    const { dir, write } = repository();
    write("oms-lint.config.json", `${JSON.stringify({ files: [{ glob: "*.json", kind: "orderCustomData" }] })}\n`);
    unlinkSync(join(dir, "oms-lint-suppressions.json"));
    expect((await linted(dir, "--changed-since", "main")).stderr).toBe(
      everyFileNote("oms-lint.config.json (the config this run reads) and oms-lint-suppressions.json (the suppressions file)"),
    );
  });
});
