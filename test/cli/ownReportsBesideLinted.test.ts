import { rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A walk leaves oms-lint's own files out: its earlier reports, its cache, a link to the
 * suppressions record. Only `[]` alone cannot be told from a fixture's empty list of bodies
 * (which no payload kind takes, SPEC §1), so only such a file is named, with how to lint it.
 * The note that named every file left out fired on ordinary runs beside linted files, and told
 * a user to give a real report or the cache a kind (review of the fixture-set fixes).
 */
const folder = scratchFolders("own-reports-beside-linted");
const order = JSON.stringify(createOrder(), null, 2) + "\n";
const bad = JSON.stringify({ ...createOrder(), externalOrderID: 5 }) + "\n";

describe("beside a linted file, only a file of [] alone is named as left out", () => {
  it("earlier reports (json, gitlab, compact, rdjson), the cache and a link to the record are left out without a word", async () => {
    const dir = folder({ "order.json": order, "bad.json": bad });
    const writes = [
      ["-f", "json", "-o", "report.json", "-f", "gitlab:gl-code-quality-report.json", "-f", "compact:c.json", "-f", "rdjson:rd.json", "."],
      ["--cache", "--cache-location", "c/cache.json", "."],
      ["--suppress-all", "."],
    ];
    for (const args of writes) await runCli(args, { cwd: dir });
    symlinkSync("oms-lint-suppressions.json", join(dir, "link.json"));
    for (const args of [["-f", "compact", "."], ["--cache", "--cache-location", "c/cache.json", "-f", "compact", "."], ["--fix", "."]]) {
      const run = await runCli(args, { cwd: dir });
      expect({ args, stderr: run.stderr }).toEqual({ args, stderr: "" });
    }
  });

  it("a file of [] alone beside a linted file is named, with how to lint it", async () => {
    const dir = folder({ "order.json": order, "empty.json": "[]\n", "report.json": "[]\n" });
    const run = await runCli(["-f", "compact", "."], { cwd: dir });
    expect(run.stderr).toBe(
      "oms-lint: note: 2 files holding [] alone were left out as a clean run's gitlab or json report (empty.json, report.json; [] is also an empty list of bodies, which no payload kind takes): name one outright, or give it a kind (--kind, or a \"files\" entry in oms-lint.config.json), to lint it\n",
    );
  });

  it("a run that lints nothing still says so, and gives only the [] files the advice to give them a kind", async () => {
    const dir = folder({ "empty.json": "[]\n", "bad.json": bad });
    expect((await runCli(["-f", "gitlab", "-o", "gl.json", "bad.json"], { cwd: dir })).code).toBe(1);
    rmSync(join(dir, "bad.json"));
    const run = await runCli(["."], { cwd: dir });
    expect(run).toEqual({
      code: 0,
      stdout: "",
      stderr:
        "oms-lint: note: no file was linted: 1 file holding [] alone was left out as a clean run's gitlab or json report (empty.json; [] is also an empty list of bodies, which no payload kind takes): name one outright, or give it a kind (--kind, or a \"files\" entry in oms-lint.config.json), to lint it; 1 more file was left out as oms-lint's own report, cache or suppressions record, by its marks (name it outright to lint it)\n",
    });
  });
});
