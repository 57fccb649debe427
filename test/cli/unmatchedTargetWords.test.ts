import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A target that finds nothing to lint says why, as ESLint's "All files matched by … are
 * ignored" does (audit of config and file discovery): a glob into node_modules was told "no
 * files match" though files match, and a folder of package.json and tsconfig.base.json alone
 * "holds no files to lint", where the glob form already said they are skipped as no payloads.
 */
const folder = scratchFolders("unmatched-target-words");
const payload = '{"name": "a", "value": "b"}';

describe("a target that finds nothing to lint: exit 2, and why", () => {
  it("a glob whose files all lie in node_modules names one to lint outright", async () => {
    const cwd = folder({ "node_modules/fx/a.json": payload });
    expect(await runCli(["node_modules/fx/*.json"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'oms-lint: all the files "node_modules/fx/*.json" matches lie in node_modules or .git, which a glob and a folder walk never enter (ESLint ignores them too); name one outright to lint it ("node_modules/fx/a.json")\n',
    });
    expect(await runCli(["node_modules/fx/a.json"], { cwd })).toMatchObject({ code: 0 });
  });

  it("a folder holding only package.json and tsconfig.base.json says they are skipped as evidently not payloads", async () => {
    const cwd = folder({ "only/package.json": "{}", "only/tsconfig.base.json": "{}" });
    const run = await runCli(["only"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `oms-lint: the files the folder "only" holds are skipped as evidently not payloads (package manifests, tool configs such as tsconfig.json and appsettings.*.json, oms-lint's own files: the README's Command line lists them); name one outright to lint it ("only/package.json")\n`,
    );
  });

  it("a folder holding only oms-lint's own files holds no files to lint: naming them outright is no advice", async () => {
    const cwd = folder({ "oms-lint.config.json": "{}", "own/oms-lint-suppressions.json": "{}" });
    expect(await runCli([], { cwd })).toEqual({ code: 2, stdout: "", stderr: 'oms-lint: the folder "." holds no files to lint\n' });
    expect((await runCli(["own"], { cwd })).stderr).toBe('oms-lint: the folder "own" holds no files to lint\n');
    expect((await runCli(["*.json"], { cwd })).stderr).toBe(`oms-lint: no files to lint match the pattern "*.json": it matches only oms-lint's own files (its config, its suppressions file)\n`);
  });

  it("beside another file skipped as no payload, that one is named", async () => {
    const cwd = folder({ "oms-lint.config.json": "{}", "package.json": "{}" });
    expect((await runCli([], { cwd })).stderr).toContain('; name one outright to lint it ("package.json")\n');
  });

  it("an empty folder and a glob that matches nothing keep their words", async () => {
    const cwd = folder({ "empty/notes.txt": "" });
    expect((await runCli(["empty"], { cwd })).stderr).toBe('oms-lint: the folder "empty" holds no files to lint\n');
    expect((await runCli(["nothing/*.json"], { cwd })).stderr).toBe('oms-lint: no files match the pattern "nothing/*.json"\n');
  });
});
