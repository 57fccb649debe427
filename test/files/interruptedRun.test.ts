import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bin } from "../support/cli.js";
import { scratch } from "../hostile/support.js";

/**
 * A run ended from outside (Ctrl-C, a cancelled CI job) while it writes its report: the
 * report is staged beside its target for the whole run, so only a process shows what a
 * signal leaves. The built CLI (npm test builds dist/ first).
 */
const folder = scratch("interrupted");
afterAll(() => folder.remove());

const example = readFileSync(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)), "utf8");
/** One warning each, so that the json report grows with every file. */
const warned = example.replace(`"maxAmount": null`, `"maxAmount": -1`);
/** Enough files that the run is still writing its report when the signal comes. */
const fileCount = 5000;
for (let n = 0; n < fileCount; n++) folder.write(`orders/o${String(n).padStart(5, "0")}.json`, warned);
const earlier = folder.write("report.json", "[]\n");

const temporaries = () => readdirSync(folder.dir).filter((name) => name.endsWith(".tmp"));

/** Starts `oms-lint -f json -o report.json orders`, sends `signal` once the staged report is on the disk, and waits for the end. */
async function interrupt(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [bin, "--concurrency", "off", "-f", "json", "-o", "report.json", "orders"], { cwd: folder.dir, stdio: "ignore" });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, s) => resolve({ code, signal: s })));
  while (temporaries().length === 0 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5));
  child.kill(signal);
  return ended;
}

describe("a run ended by a signal while it writes its report", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("%s: ends by the signal, before the last file, leaving the earlier report whole and no temporary file", async (signal) => {
    expect(await interrupt(signal)).toEqual({ code: null, signal });
    expect(temporaries()).toEqual([]);
    expect(readFileSync(earlier, "utf8")).toBe("[]\n");
  });
});
