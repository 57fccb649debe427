import { execFile } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
/**
 * TypeScript 7, the native compiler: the same checker, ~3 s (on one thread) where TypeScript 5.9 took ~10 on
 * this 2-core machine (16 CPU-s, the suite's longest file). 5.9 stays for what has to be
 * TypeScript's JavaScript compiler or a consumer's: the build (`npm run build` checks src/ as
 * it emits the declarations) and the packed package's consumers (test/packedTarball.test.ts,
 * node10 resolution among them, which TypeScript 7 no longer has).
 */
const tsc = fileURLToPath(new URL("../node_modules/typescript7/bin/tsc", import.meta.url));
/** tsconfig.json's check, with what it found kept for the next run (tsconfig.typecheck.json). */
const buildInfo = join(root, ".tmp/typecheck.tsbuildinfo");
/** npm writes it on every install: the dependencies' types may have changed since. */
const installed = join(root, "node_modules/.package-lock.json");

/**
 * `npm test`'s type-check, as one of its files: it runs beside the others instead of before
 * them all (a third of the suite's time on two cores), and a type error still fails the run,
 * with tsc's own report as the failure. It also compiles the type tests
 * (test/service/closedTypes.typecheck.ts) and the typed examples (test/generated).
 *
 * `tsc -b` keeps what it found in .tmp/ (git ignores it): a run with no file of the project
 * changed checks nothing again (~0.4 CPU-s against ~17), and one after an edit rechecks what
 * the edit can reach; the errors it found are reported again on every run until fixed. It
 * tells a change by the project's own files (their content, not only their times), not by
 * node_modules: after an install the record is dropped and everything is checked again.
 */
it("the project type-checks: tsc -b tsconfig.typecheck.json (tsconfig.json's check) reports nothing", async () => {
  if (existsSync(buildInfo) && (!existsSync(installed) || statSync(installed).mtimeMs > statSync(buildInfo).mtimeMs)) rmSync(buildInfo);
  const output = await new Promise<{ code: number | string | null; report: string }>((resolve) => {
    // --singleThreaded: one checker. Its default, several checkers in parallel threads, each
    // checking the types their files share again, took ~1 CPU-s more (4.8-5.5 CPU-s against
    // 3.8-4.3 from scratch): the suite keeps both cores busy, so the threads buy no time there.
    execFile(process.execPath, [tsc, "-b", "tsconfig.typecheck.json", "--singleThreaded"], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? null) : 0, report: `${stdout}${stderr}` }),
    );
  });
  expect(output).toEqual({ code: 0, report: "" });
});
