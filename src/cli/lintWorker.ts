import { parentPort, workerData } from "node:worker_threads";
import { lintFile } from "./lintFile.js";
import { revivedRun, type PortableRun } from "./portableRun.js";

// A worker of lintPool.ts: lints each chunk of files it is sent and sends the results back.
const run = revivedRun(workerData as PortableRun);
parentPort?.on("message", (files: readonly string[]) => {
  parentPort?.postMessage(files.map((file) => lintFile(file, run)));
});
