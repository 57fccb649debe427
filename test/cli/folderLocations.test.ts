import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { folderSpelling } from "../../src/files/folderSpelling.js";
import { scratch } from "../hostile/support.js";
import { runCli } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";

/**
 * A location whose last name is "." or ".." names a folder, as one ending in a slash does.
 * Found by the CLI review: the slash was looked for in the location as given, and resolve()
 * then dropped `/.`, so `-o out/.` wrote a file named out and `-o rep1.json/.` replaced the
 * file rep1.json; `--cache-location cdir/.` and `--suppressions-location sdir/.` made files.
 */

/** A name in a path that is neither "." nor ".." (dots are fine elsewhere: "a.", "...", ".x"). */
const plainName = fc.stringMatching(/^[a-z.]{1,6}$/).filter((name) => name !== "." && name !== "..");
const leading = fc.array(fc.oneof(plainName, fc.constantFrom(".", "..")), { maxLength: 3 });

describe("folderSpelling: what a location's spelling alone says is a folder", () => {
  it("a last name of . or .., or a final slash, names a folder", () => {
    fc.assert(
      fc.property(leading, fc.constantFrom("/", "/.", "/..", "/./", "/../"), (names, end) => {
        expect(folderSpelling(names.join("/") + end)).toBeDefined();
      }),
    );
    expect(folderSpelling(".")).toBe("it is .");
    expect(folderSpelling("..")).toBe("it is ..");
    expect(folderSpelling("out/.")).toBe("it ends with /.");
    expect(folderSpelling("a/b/..")).toBe("it ends with /..");
    expect(folderSpelling("out/")).toBe("it ends with a slash");
  });

  it("any other location names no folder, and resolve() keeps its last name as given", () => {
    fc.assert(
      fc.property(leading, plainName, (names, last) => {
        const location = [...names, last].join("/");
        expect(folderSpelling(location)).toBeUndefined();
        expect(basename(resolve("/base", location))).toBe(last);
      }),
    );
  });
});

/**
 * A backslash separates names on Windows only; on Linux and macOS it is a character of a file's
 * name, as `touch 'out\.'` shows (CLI review: `-o 'out\.'` was refused as a folder and
 * `--cache-location 'c\.'` made a folder named `c\.`).
 */
const backslashName = fc.stringMatching(/^[a-z.\\]{1,6}$/).filter((name) => name !== "." && name !== "..");

describe("folderSpelling: a backslash, a separator on Windows only", () => {
  it("on POSIX, a name holding backslashes is a file's, and resolve() keeps it as given", () => {
    fc.assert(
      fc.property(leading, backslashName, (names, last) => {
        const location = [...names, last].join("/");
        expect(folderSpelling(location, "linux")).toBeUndefined();
        expect(basename(resolve("/base", location))).toBe(last);
      }),
    );
    expect(folderSpelling("out\\.", "linux")).toBeUndefined();
    expect(folderSpelling("out\\", "darwin")).toBeUndefined();
  });

  it("on Windows, a final backslash, or a last name of . or .. after one, names a folder", () => {
    fc.assert(
      fc.property(fc.array(backslashName, { maxLength: 3 }), fc.constantFrom("\\", "\\.", "\\..", "/\\", "\\./"), (names, end) => {
        expect(folderSpelling(names.join("\\") + end, "win32")).toBeDefined();
      }),
    );
    expect(folderSpelling("out\\.", "win32")).toBe("it ends with \\.");
    expect(folderSpelling("out\\", "win32")).toBe("it ends with a slash");
  });

  it("report., out.. and ...: files on every platform", () => {
    for (const platform of ["linux", "win32"] as const) {
      for (const name of ["report.", "out..", "...", "a\\b..", "x/report."]) expect(folderSpelling(name, platform)).toBeUndefined();
    }
  });
});

describe("the CLI's written files, at a location ending in /. or /..", () => {
  const folder = scratch("folder-locations");
  afterAll(() => folder.remove());
  let cases = 0;
  /** One error: a locale no document lists. */
  const order = JSON.stringify(createOrder({ locale: "en-AU" }));
  const caseDir = () => {
    const dir = `case-${++cases}`;
    folder.write(`${dir}/order.json`, order);
    return folder.path(dir);
  };

  it.each([
    { args: ["-f", "json", "-o", "out/."], says: "--output-file out/. names a folder (it ends with /.): name a file for the report" },
    { args: ["-f", "json", "-o", "a/b/.."], says: "--output-file a/b/.. names a folder (it ends with /..): name a file for the report" },
    { args: ["-f", "sarif:out/."], says: "the sarif report out/. names a folder (it ends with /.): name a file for the report" },
    { args: ["--suppress-all", "--suppressions-location", "sdir/."], says: "--suppressions-location sdir/. names a folder (it ends with /.): name a file for the suppressions, a .json name" },
  ])("$args: refused (exit 2), no file made", async ({ args, says }) => {
    const dir = caseDir();
    const run = await runCli([...args, "order.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: `oms-lint: ${says}\n` });
    expect(readdirSync(dir)).toEqual(["order.json"]);
  });

  it("-o rep1.json/. leaves the earlier report rep1.json as it is (exit 2)", async () => {
    const dir = caseDir();
    expect((await runCli(["-f", "json", "-o", "rep1.json", "order.json"], { cwd: dir })).code).toBe(1);
    const earlier = readFileSync(`${dir}/rep1.json`, "utf8");
    const run = await runCli(["-f", "json", "-o", "rep1.json/.", "order.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("oms-lint: --output-file rep1.json/. names a folder (it ends with /.): name a file for the report\n");
    expect(readFileSync(`${dir}/rep1.json`, "utf8")).toBe(earlier);
  });

  it.skipIf(process.platform === "win32").each([
    { args: ["-f", "json", "-o", "out\\."], file: "out\\.", code: 1 },
    { args: ["-f", "json:r\\."], file: "r\\.", code: 1 },
    { args: ["--suppress-all", "--suppressions-location", "rec\\."], file: "rec\\.", code: 0 },
    { args: ["--cache", "--cache-location", "c\\."], file: "c\\.", code: 1 },
  ])("on POSIX, $args writes the file $file (a backslash is part of its name)", async ({ args, file, code }) => {
    const dir = caseDir();
    const run = await runCli([...args, "order.json"], { cwd: dir });
    expect(run.stderr).not.toContain("names a folder");
    expect(run.code).toBe(code);
    expect(statSync(`${dir}/${file}`).isFile()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([file, "order.json"].sort());
  });

  it.each(["cdir/.", "cdir/"])("--cache-location %s: the folder cdir, made, holds .oms-lint-cache", async (location) => {
    const dir = caseDir();
    const run = await runCli(["--cache", "--cache-location", location, "order.json"], { cwd: dir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: "" });
    expect(statSync(`${dir}/cdir`).isDirectory()).toBe(true);
    expect(readFileSync(`${dir}/cdir/.oms-lint-cache`, "utf8")).toMatch(/^\{"format":"oms-lint-cache"/);
  });
});
