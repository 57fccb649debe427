import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));

/**
 * `npm test`'s type-check, as one of its files: it runs beside the others instead of before
 * them all (a third of the suite's time on two cores), and a type error still fails the run,
 * with tsc's own report as the failure. It also compiles the type tests
 * (test/service/closedTypes.typecheck.ts) and the typed examples (test/generated).
 */
it("the project type-checks: tsc --noEmit -p tsconfig.json reports nothing", async () => {
  const output = await new Promise<{ code: number | string | null; report: string }>((resolve) => {
    execFile(process.execPath, [tsc, "--noEmit", "-p", "tsconfig.json"], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? null) : 0, report: `${stdout}${stderr}` }),
    );
  });
  expect(output).toEqual({ code: 0, report: "" });
});
