import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, watch } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bin } from "../support/cli.js";

const signalHook = fileURLToPath(new URL("../support/signalWhileStaged.cjs", import.meta.url));
import { scratch } from "../hostile/support.js";

/**
 * A run ended from outside (Ctrl-C, a cancelled CI job) while it writes: the report, staged
 * beside its target for the whole run; split's children, staged together; a fixed file. Only
 * a process shows what a signal leaves. The built CLI (npm test builds dist/ first).
 */
const folder = scratch("interrupted");
afterAll(() => folder.remove());

const example = readFileSync(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)), "utf8");
/** One warning each, so that the json report grows with every file. */
const warned = example.replace(`"maxAmount": null`, `"maxAmount": -1`);
/** Enough files that the run is still writing its report when the signal comes. */
const fileCount = 3000;
for (let n = 0; n < fileCount; n++) folder.write(`orders/o${String(n).padStart(5, "0")}.json`, warned);
const earlier = folder.write("report.json", "[]\n");

const temporaries = (dir = folder.dir) => readdirSync(dir).filter((name) => name.endsWith(".tmp"));

/**
 * Sends `signal` to the child once a temporary file shows in `dir`; resolves with how it ended.
 * The folder is watched (inotify), not polled: a loop reading it between turns of the event
 * loop kept a core busy for as long as the child ran, on a machine where the child needs it.
 */
async function signalWhileStaged(child: ChildProcess, dir: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, s) => resolve({ code, signal: s })));
  const watcher = watch(dir);
  await new Promise<void>((resolve) => {
    const look = () => {
      if (temporaries(dir).length > 0 || child.exitCode !== null) resolve();
    };
    watcher.on("change", look);
    child.on("exit", look);
    look();
  });
  watcher.close();
  child.kill(signal);
  return ended;
}

/** Starts `oms-lint -f json -o report.json orders`, sends `signal` once the staged report is on the disk, and waits for the end. */
function interrupt(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [bin, "--concurrency", "off", "-f", "json", "-o", "report.json", "orders"], { cwd: folder.dir, stdio: "ignore" });
  return signalWhileStaged(child, folder.dir, signal);
}

describe("a run ended by a signal while it writes its report", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("%s: ends by the signal, before the last file, leaving the earlier report whole and no temporary file", async (signal) => {
    expect(await interrupt(signal)).toEqual({ code: null, signal });
    expect(temporaries()).toEqual([]);
    expect(readFileSync(earlier, "utf8")).toBe("[]\n");
  });
});

/**
 * Runs the built CLI with test/support/signalWhileStaged.cjs preloaded: it sends itself SIGINT
 * while it writes its first temporary file. Resolves with how it ended.
 */
function signalledAtFirstStagedWrite(args: readonly string[], cwd: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ["--require", signalHook, bin, ...args], { cwd, stdio: "ignore" });
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
}

describe("split ended by a signal while it writes its children", () => {
  it("writes both children whole, then ends by the signal, leaving no temporary file", async () => {
    const cart = readFileSync(fileURLToPath(new URL("../../examples/broken/createOrder-business-rules.json", import.meta.url)), "utf8");
    const dir = folder.path("split");
    folder.write("split/cart.json", cart);
    // The signal comes while the first child is half written: a split ended there and then
    // would leave .cart-1.json.<pid>.<random>.tmp and no second child.
    expect(await signalledAtFirstStagedWrite(["split", "cart.json"], dir)).toEqual({ code: null, signal: "SIGINT" });
    expect(readdirSync(dir).sort()).toEqual(["cart-1.json", "cart-2.json", "cart.json"]);
    for (const name of ["cart-1.json", "cart-2.json"]) expect(() => JSON.parse(readFileSync(`${dir}/${name}`, "utf8"))).not.toThrow();
  });
});

describe("--fix ended by a signal while it writes a fixed file", () => {
  it("writes that file whole, fixed, then ends by the signal before the next file, leaving no temporary file", async () => {
    const fixedText = warned.replace(`"maxAmount": -1`, `"maxAmount": null`);
    for (const name of ["a.json", "b.json", "c.json"]) folder.write(`fix/${name}`, warned);
    const dir = folder.path("fix");
    // The signal comes while a.json's fixed text is half written in its temporary file.
    expect(await signalledAtFirstStagedWrite(["--fix", "--kind", "createOrder", "."], dir)).toEqual({ code: null, signal: "SIGINT" });
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.json", "c.json"]);
    expect(["a.json", "b.json", "c.json"].map((name) => readFileSync(`${dir}/${name}`, "utf8"))).toEqual([fixedText, warned, warned]);
  });
});
