import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, watch } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bin } from "../support/cli.js";
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

describe("split ended by a signal while it writes its children", () => {
  it("writes both children or neither, whole, and leaves no temporary file", async () => {
    // 9 MB, so that writing and flushing the children takes a while: the signal lands there.
    const mixed = JSON.parse(readFileSync(fileURLToPath(new URL("../../examples/broken/createOrder-business-rules.json", import.meta.url)), "utf8"));
    mixed.orderItems = Array.from({ length: 6000 }, () => mixed.orderItems).flat();
    folder.write("split/cart.json", JSON.stringify(mixed, null, 2));
    const dir = folder.path("split");
    const child = spawn(process.execPath, [bin, "split", "cart.json", "--max-entries", "100000"], { cwd: dir, stdio: "ignore" });
    expect(await signalWhileStaged(child, dir, "SIGINT")).toEqual({ code: null, signal: "SIGINT" });
    expect(temporaries(dir)).toEqual([]);
    const children = ["cart-1.json", "cart-2.json"].filter((name) => existsSync(`${dir}/${name}`));
    expect(children.length === 0 || children.length === 2).toBe(true);
    for (const name of children) expect(() => JSON.parse(readFileSync(`${dir}/${name}`, "utf8"))).not.toThrow();
  });
});

describe("--fix ended by a signal while it writes a fixed file", () => {
  it("leaves each file whole, fixed or not, and no temporary file", async () => {
    // Large orders (6 MB), so that writing and flushing one takes a while: the signal lands there.
    const big = JSON.parse(warned);
    big.orderItems = Array.from({ length: 2500 }, () => big.orderItems).flat();
    const text = JSON.stringify(big, null, 2);
    const fixedText = text.replace(`"maxAmount": -1`, `"maxAmount": null`);
    for (const name of ["a.json", "b.json", "c.json"]) folder.write(`fix/${name}`, text);
    const dir = folder.path("fix");
    const child = spawn(process.execPath, [bin, "--fix", "--max-entries", "100000", "."], { cwd: dir, stdio: "ignore" });
    expect(await signalWhileStaged(child, dir, "SIGINT")).toEqual({ code: null, signal: "SIGINT" });
    expect(temporaries(dir)).toEqual([]);
    const after = ["a.json", "b.json", "c.json"].map((name) => readFileSync(`${dir}/${name}`, "utf8"));
    for (const now of after) expect(now === text || now === fixedText).toBe(true);
    // Ended before the last file: Ctrl-C is not held until the run is over.
    expect(after.at(-1)).toBe(text);
  });
});
