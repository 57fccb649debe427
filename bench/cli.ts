import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bigOrderFolder, fixtureFolder, fixtureKinds } from "./fixtureFolder.js";
import { interleavedProcesses, type NodeTask, type ProcessRun } from "./processes.js";
import { threadCount } from "../src/cli/lintPool.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const cli = join(root, "bin/oms-lint.cjs");

export interface CliResults {
  readonly files: number;
  readonly runs: Record<string, ProcessRun>;
}

/**
 * Our schemas carry no $id (so that editors resolve their relative $refs as files); ajv-cli
 * resolves $refs by $id, so it gets copies whose $id is their file name.
 */
function schemasForAjvCli(): string {
  const dir = join(dataRoot, "ajv-cli-schemas");
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(join(root, "schemas")).filter((f) => f.endsWith(".json"))) {
    const schema = JSON.parse(readFileSync(join(root, "schemas", file), "utf8")) as Record<string, unknown>;
    writeFileSync(join(dir, file), JSON.stringify({ $id: file, ...schema }));
  }
  return dir;
}

/** ajv-cli, once per kind folder: the same files, the project's own schemas, no rules. */
function ajvCliTask(folder: string): NodeTask | undefined {
  const ajvCli = join(root, "node_modules/ajv-cli/dist/index.js");
  if (!existsSync(ajvCli)) return undefined;
  const schemas = schemasForAjvCli();
  const files = readdirSync(schemas);
  return [...new Set(fixtureKinds)].map((kind) => [
    ajvCli, "validate", "--spec=draft7", "--all-errors", "--strict=false", "-c", "ajv-formats", "-c", "ajv-errors",
    "-s", join(schemas, `${kind}.json`),
    ...files.filter((f) => f !== `${kind}.json`).flatMap((f) => ["-r", join(schemas, f)]),
    "-d", join(folder, kind, "*.json"),
  ]);
}

/**
 * Where the generated folders live: outside this repository, whose .gitignore would hide
 * them from the default command (.gitignore honoured), as a fixture folder of a project is not.
 */
const dataRoot = join(tmpdir(), "oms-lint-bench");

/** The plain floor (bench/floor.mjs): readdir, readFileSync and JSON.parse of every .json file, nothing loaded. */
const floorTask: NodeTask = [[join(root, "bench/floor.mjs"), "."]];

/**
 * oms-lint over a folder of `fileCount` mixed payload files, run as a CI job runs it
 * (`oms-lint --format json .` in the folder: .gitignore honoured, config looked for),
 * against the plain floor over the same files in the same rounds; optionally with two
 * threads, and ajv-cli (schema only) over the same files.
 */
export function cliBench(fileCount: number, rounds: number, extras: { readonly threads?: boolean; readonly ajvCli?: boolean } = {}): CliResults {
  const folder = fixtureFolder(join(dataRoot, `files-${fileCount}`), fileCount);
  const tasks: Record<string, NodeTask> = {
    "read + JSON.parse floor": floorTask,
    "oms-lint --format json": [[cli, "--format", "json", "."]],
  };
  // The default's threads ("auto") against the other choice on this machine: one thread or two.
  if (extras.threads) {
    const other = String(otherThreadCount(fileCount));
    tasks[`oms-lint --format json --concurrency ${other}`] = [[cli, "--format", "json", "--concurrency", other, "."]];
  }
  const ajv = extras.ajvCli ? ajvCliTask(folder) : undefined;
  if (ajv) tasks["ajv-cli (schema only)"] = ajv;
  return { files: fileCount, runs: interleavedProcesses(tasks, rounds, folder) };
}

/** Two threads where "auto" takes one for `fileCount` files, one where it takes more. */
export function otherThreadCount(fileCount: number): number {
  return threadCount("auto", fileCount) > 1 ? 1 : 2;
}

/**
 * One Create Order of about 50 MB (73,500 items): oms-lint (schema, every rule, positions)
 * against ajv-cli with our schemas (schema only), and the floor (read and JSON.parse).
 */
export function bigOrderBench(rounds: number): { bytes: number; runs: Record<string, ProcessRun> } {
  const folder = bigOrderFolder(join(dataRoot, "big-order"), 73_500);
  const ajvCli = join(root, "node_modules/ajv-cli/dist/index.js");
  const schemas = schemasForAjvCli();
  const tasks: Record<string, NodeTask> = {
    "read + JSON.parse floor": floorTask,
    "oms-lint --format json": [[cli, "--format", "json", "--kind", "createOrder", "createOrder/order.json"]],
  };
  if (existsSync(ajvCli)) {
    tasks["ajv-cli (schema only)"] = [
      [
        ajvCli, "validate", "--spec=draft7", "--all-errors", "--strict=false", "-c", "ajv-formats", "-c", "ajv-errors",
        "-s", join(schemas, "createOrder.json"),
        ...readdirSync(schemas).filter((f) => f !== "createOrder.json").flatMap((f) => ["-r", join(schemas, f)]),
        "-d", join(folder, "createOrder/order.json"),
      ],
    ];
  }
  return { bytes: statSync(join(folder, "createOrder/order.json")).size, runs: interleavedProcesses(tasks, rounds, folder) };
}

/** Linting one small file, against starting Node and doing nothing. */
export function startupBench(rounds: number): Record<string, ProcessRun> {
  return interleavedProcesses(
    {
      "node -e 0": [["-e", "0"]],
      "oms-lint one small file": [[cli, "--no-config", join(root, "examples/orderCustomData.json")]],
    },
    rounds,
    root,
  );
}
