import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { relative } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/cli/discoverFiles.js";
import { scratch } from "../hostile/support.js";

/** Every folder a walk lists, as the file system was asked for it (node:fs's readdirSync, counted in place: src runs natively, unmocked). */
const listed: string[] = [];
const readdirSync = fs.readdirSync;
beforeAll(() => {
  fs.readdirSync = ((path: fs.PathLike, options?: unknown) => {
    listed.push(String(path));
    return readdirSync(path, options as never);
  }) as typeof fs.readdirSync;
  syncBuiltinESMExports();
});
afterAll(() => {
  fs.readdirSync = readdirSync;
  syncBuiltinESMExports();
});

/**
 * Audit of 18acccb4..741b2021 (1f430c07): a glob target with a brace (`**\/*.{json,http}`, very
 * common) was taken for one picomatch reads otherwise, and walked as `**` with hidden names:
 * a gitignored `.cache/` of 100,000 files was listed in full, then filtered out (1.68 s, 217 MB;
 * 0.55 s, 145 MB before). The folders listed are counted here, never the time.
 */
describe("a glob target's walk lists no folder that cannot hold a match", () => {
  const folder = scratch("glob-target-walk");
  afterAll(folder.remove);
  for (const name of ["a.json", "sub/b.http", "sub/c.txt", ".cache/deep/x.json", ".cache/y.json", "build/deep/z.json", "other/.hidden/w.json"]) folder.write(`repo/${name}`, "{}\n");
  folder.write("repo/.gitignore", "build/\n.cache/\n");
  const repo = folder.path("repo");
  execFileSync("git", ["init", "-q", repo]);
  beforeEach(() => void listed.splice(0));
  const folders = (): string[] => [...new Set(listed.map((path) => relative(repo, path).replaceAll("\\", "/")))].sort();
  const found = async (pattern: string): Promise<string[]> =>
    (await discoverFiles([pattern], { cwd: repo, ignorePatterns: [], useIgnores: true })).map((path) => relative(repo, path).replaceAll("\\", "/")).sort();

  it.each(["**/*.{json,http}", "**/{a,b}.{json,http}", "{sub,.cache,build,other}/**/*.{json,http}"])("%s lists neither a hidden folder nor a gitignored one", async (pattern) => {
    const files = await found(pattern);
    expect(files.length).toBeGreaterThan(0);
    const read = folders();
    expect(read).toContain("sub");
    expect(read.filter((path) => path.startsWith(".cache") || path.startsWith("build") || path.includes(".hidden"))).toEqual([]);
  });

  it("**/*.{json,http} still finds what it matches", async () => {
    expect(await found("**/*.{json,http}")).toEqual(["a.json", "sub/b.http"]);
  });

  it("a glob that spells the dot (.cache/**/*.{json,http}) still lists it, with --no-ignore", async () => {
    const files = await discoverFiles([".cache/**/*.{json,http}"], { cwd: repo, ignorePatterns: [], useIgnores: false });
    expect(files.map((path) => relative(repo, path).replaceAll("\\", "/")).sort()).toEqual([".cache/deep/x.json", ".cache/y.json"]);
  });
});
