import { relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/cli/discoverFiles.js";
import { scratch } from "../hostile/support.js";

/**
 * Audit of the upward-target fix: pathAsWritten saw only a leading run of `../`. From vis/proj,
 * `./../**\/*.json` left out proj/sub/*, `./../proj/**\/*.json --ignore-pattern sub/a.json` lost
 * sub/aXaYa.json, and `./../proj/sub/*.json`, `.././proj/sub/*.json`, `../proj/./sub/*.json` said
 * "no files match". ESLint 10 resolves a glob target first (path.resolve(cwd, pattern)), so each
 * finds what the same glob without its `.` segments finds.
 */
describe("a glob target's leading `.` and `..` segments are resolved before it is walked", () => {
  const folder = scratch("glob-targets-dot-segments");
  afterAll(folder.remove);
  for (const name of ["proj/sub/a.json", "proj/sub/aXaYa.json", "proj/top.json", "other/sub/b.json"]) folder.write(`vis/${name}`, "{}\n");
  // Folders whose names hold a `+` or `@`, which is itself where no `(` follows (the re-read of the stop: `./u@h/../sub/*.json`
  // stopped the lead at u@h, its `..` never resolved, "no files match").
  for (const name of ["proj/u@h/notes.txt", "proj/u+h/notes.txt"]) folder.write(`vis/${name}`, "\n");
  const vis = folder.path("vis");
  const found = async (pattern: string, ignorePatterns: string[] = []): Promise<string[]> =>
    (await discoverFiles([pattern], { cwd: folder.path("vis/proj"), ignorePatterns, useIgnores: true })).map((path) => relative(vis, path).replaceAll("\\", "/")).sort();
  const everything = ["other/sub/b.json", "proj/sub/a.json", "proj/sub/aXaYa.json", "proj/top.json"];
  const inSub = ["proj/sub/a.json", "proj/sub/aXaYa.json"];

  it.each([
    ["./../**/*.json", [], everything],
    ["./../proj/**/*.json", ["sub/a.json"], ["proj/sub/aXaYa.json", "proj/top.json"]],
    ["./../proj/sub/*.json", [], inSub],
    [".././proj/sub/*.json", [], inSub],
    ["../proj/./sub/*.json", [], inSub],
    ["./sub/../sub/*.json", [], inSub],
    ["../other/../proj/sub/*.json", [], inSub],
    ["./../proj/sub/!(x).json", [], inSub],
    ["./u@h/../sub/*.json", [], inSub],
    ["u+h/../sub/*.json", [], inSub],
  ])("%s (ignoring %j)", async (pattern, ignores, files) => {
    expect(await found(pattern, ignores)).toEqual(files);
    // The same glob, its dot segments resolved by hand, finds the same files.
    const resolved = relative(folder.path("vis/proj"), folder.path(`vis/proj/${pattern.slice(0, pattern.search(/[*!]/))}`)).replaceAll("\\", "/");
    expect(await found(`${resolved === "" ? "" : `${resolved}/`}${pattern.slice(pattern.search(/[*!]/))}`, ignores)).toEqual(files);
  });
});
