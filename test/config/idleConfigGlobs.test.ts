import { describe, expect, it } from "vitest";
import { positionOf } from "../support/cli.js";
import { configRun } from "../support/configRun.js";

/**
 * Config globs that can never select a file, or not what their writer meant, are no longer
 * accepted without a word (audit of config and file discovery). One that can never have an
 * effect (a trailing backslash escapes nothing: the glob matches no path) is exit 2 at its
 * line and column, as any config problem; one that can in some run (a file or folder named
 * outright, a glob that spells a hidden name) is a note at its line and column that says which
 * runs take its files (idleGlobFilesLinted shows they do), and the run goes on.
 */
const lint = configRun("oms-lint-idle-config-globs-");

/** The config written on one line: a glob's column is its opening quote's. */
const at = (config: string, glob: string) => {
  const { line, column } = positionOf(config, JSON.stringify(glob));
  return `oms-lint.config.json:${line}:${column}`;
};

describe("a glob that ends in a backslash (a Windows folder path): exit 2 at its place", () => {
  it.each([
    ['{"ignores": ["legacy\\\\old\\\\"]}', "legacy\\old\\", 'ignores[0]: "legacy\\\\old\\\\" ends in a backslash, which escapes nothing, so the glob names no file: a Windows path? write it with /, "legacy/old/"'],
    ['{"files": [{"glob": "fx\\\\", "kind": "createOrder"}]}', "fx\\", 'files[0].glob: "fx\\\\" ends in a backslash'],
    ['{"overrides": [{"files": ["a"], "ignores": ["b\\\\"]}]}', "b\\", 'overrides[0].ignores[0]: "b\\\\" ends in a backslash'],
  ])("%s", async (config, glob, words) => {
    const run = await lint(config);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.startsWith(`oms-lint: ${at(config, glob)}: ${words}`)).toBe(true);
  });
});

describe("a glob that can select a file, but hardly the one meant: a note at its place, the run goes on", () => {
  it.each([
    ['{"ignores": ["obj\\\\Release"]}', "obj\\Release", 'ignores[0]: in "obj\\\\Release" a backslash escapes the letter or digit after it, as git reads it (\\R is R), so it names "objRelease": a Windows path? write it with /, "obj/Release"'],
    ['{"files": [{"glob": "fx\\\\order.json", "kind": "createOrder"}]}', "fx\\order.json", 'files[0].glob: in "fx\\\\order.json" a backslash escapes'],
    ['{"ignores": ["!node_modules/"]}', "!node_modules/", 'ignores[0]: "!node_modules/" un-ignores in node_modules, which a folder walk and a glob never enter, whatever the ignores say'],
    ['{"ignores": ["**/*.tmp.json", "!**/.git/keep.json"]}', "!**/.git/keep.json", 'ignores[1]: "!**/.git/keep.json" un-ignores in .git'],
    ['{"files": [{"glob": ".fixtures/**", "kind": "createOrder"}]}', ".fixtures/**", 'files[0].glob: ".fixtures/**" selects files some runs pass over: ".fixtures" is hidden, and a folder walk from above does not enter it; name the folder, or a glob that names it'],
    ['{"files": [{"glob": "fx/*.JSON", "kind": "createOrder"}]}', "fx/*.JSON", 'files[0].glob: "fx/*.JSON" selects files some runs pass over: a folder walk takes only *.json, *.http and *.rest (in that case), not *.JSON; a glob or a name takes it'],
    ['{"overrides": [{"files": ["fx/*.payload"], "rules": {}}]}', "fx/*.payload", 'overrides[0].files[0]: "fx/*.payload" selects files some runs pass over: a folder walk takes only'],
    ['{"files": [{"glob": "fx/.h.json", "kind": "createOrder"}]}', "fx/.h.json", 'files[0].glob: "fx/.h.json" selects files some runs pass over: ".h.json" is hidden, and a folder walk does not take it; name the file, or a glob that names it'],
    ['{"files": [{"glob": "vendor/node_modules/*.json", "kind": "createOrder"}]}', "vendor/node_modules/*.json", 'files[0].glob: "vendor/node_modules/*.json" selects files some runs pass over: a folder walk from above and a glob never enter node_modules; name the folder, or a file in it, on the command line'],
  ])("%s", async (config, glob, words) => {
    const run = await lint(config);
    expect(run.code).toBe(0);
    expect(run.stderr.startsWith(`oms-lint: note: ${at(config, glob)}: ${words}`)).toBe(true);
    expect(run.stderr.split("\n")).toHaveLength(2);
  });
});

describe("globs that read as written are accepted without a word", () => {
  it.each([
    '{"ignores": ["legacy/old/", "\\\\#draft.json", "a\\\\*b.json", "!legacy/keep.json"]}',
    '{"files": [{"glob": "fx/**/*.json", "kind": "createOrder"}, {"glob": "requests/*.http", "kind": "createOrder"}]}',
    '{"overrides": [{"files": ["!.hidden/**"], "rules": {}}]}',
    '{"overrides": [{"files": ["./fx/*.rest"], "ignores": ["!node_modules/x.json"], "rules": {}}]}',
    '{"files": [{"glob": "fx/*.{json,JSON}", "kind": "createOrder"}]}',
  ])("%s", async (config) => {
    expect(await lint(config)).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
