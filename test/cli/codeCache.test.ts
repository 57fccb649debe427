import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const codeCache = fileURLToPath(new URL("../../bin/codeCache.cjs", import.meta.url));
const { loadBundle, writeCodeCache } = createRequire(import.meta.url)(codeCache) as {
  loadBundle(file: string, cacheFile?: string): { exports: { run(argv: string[], io: object): Promise<number> }; script: unknown; usedCache: boolean };
  writeCodeCache(file: string, script: unknown, cacheFile: string): void;
};
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

// A copy of the built bundle and its cache inside the repository (its requires resolve to
// node_modules as the real one's do), so that no test touches what other tests run.
const dir = join(root, "dist", `cli-cache-test-${process.pid}`);
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "package.json"), '{"type":"commonjs"}\n');
const builtCache = join(root, "dist/cli/main.js.cache");
const source = readFileSync(join(root, "dist/cli/main.js"));
let loads = 0;

/**
 * A cache made in this process, as codegen/writeCodeCache.cjs makes the build's: V8 takes a
 * cache only from a process with the same flags, and the suite's workers run with their own
 * (vitest.config.ts), so the build's cache is checked by a plain `node` (the first test) and
 * the ways a cache is refused against this one, which this process is shown to use.
 */
function cacheMadeHere(): Buffer {
  const bundle = join(dir, "main-for-cache.js");
  writeFileSync(bundle, source);
  const { script } = loadBundle(bundle);
  writeCodeCache(bundle, script, `${bundle}.cache`);
  return readFileSync(`${bundle}.cache`);
}
const goodCache = cacheMadeHere();

/**
 * Loads a copy of the bundle (`bundle`, else the built one) with `cache` as its cache file,
 * and runs `oms-lint --version` with what it loaded. Each load has a file name of its own:
 * V8 keeps what this process compiled by source and name, and would answer a second compile
 * of the same pair from there without reading the cache at all (a new process never can).
 */
async function load(cache: Uint8Array | undefined, bundleBytes: Uint8Array = source): Promise<{ usedCache: boolean; stdout: string; code: number }> {
  const bundle = join(dir, `main-${++loads}.js`);
  writeFileSync(bundle, bundleBytes);
  const cacheFile = `${bundle}.cache`;
  if (cache) writeFileSync(cacheFile, cache);
  const loaded = loadBundle(bundle, cacheFile);
  let stdout = "";
  const io = { cwd: dir, env: {}, stdoutIsTTY: false, readStdin: async () => new Uint8Array(), writeStdout: (t: string) => void (stdout += t), writeStderr: () => undefined };
  const code = await loaded.exports.run(["--version"], io);
  return { usedCache: loaded.usedCache, stdout, code };
}

describe("the CLI's code cache (bin/codeCache.cjs)", () => {
  it("the cache the build made is used by a plain node, as bin/oms-lint.cjs loads it", () => {
    const script = `const { loadBundle } = require(${JSON.stringify(codeCache)});
      const loaded = loadBundle(${JSON.stringify(join(root, "dist/cli/main.js"))}, ${JSON.stringify(builtCache)});
      console.log(JSON.stringify({ usedCache: loaded.usedCache, run: typeof loaded.exports.run }));`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect({ stderr: run.stderr, out: JSON.parse(run.stdout) }).toEqual({ stderr: "", out: { usedCache: true, run: "function" } });
  });

  it("a cache this process made is used, and the CLI it loads runs", async () => {
    expect(await load(goodCache)).toEqual({ usedCache: true, stdout: `${version}\n`, code: 0 });
  });

  it("no cache: the bundle compiles as usual", async () => {
    expect(await load(undefined)).toEqual({ usedCache: false, stdout: `${version}\n`, code: 0 });
  });

  it("any one byte changed, or the file cut short: ignored, never trusted, and the CLI still runs", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ cut: fc.integer({ min: 0, max: goodCache.length - 1 }) }),
          fc.record({ at: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: goodCache.length - 1 })), xor: fc.integer({ min: 1, max: 255 }) }),
        ),
        async (change) => {
          const bad = Buffer.from(goodCache);
          const cache = "cut" in change ? bad.subarray(0, change.cut) : (bad.writeUInt8(bad[change.at]! ^ change.xor, change.at), bad);
          expect(await load(cache)).toEqual({ usedCache: false, stdout: `${version}\n`, code: 0 });
        },
      ),
      { numRuns: 12 },
    );
  });

  it("a cache made for another bundle of the same length (V8 knows a source only by its length) is ignored", async () => {
    const changed = Buffer.from(source);
    // Same length, other code: a message the CLI prints.
    changed.write("OMS-LINT", changed.indexOf("oms-lint: cannot"), "latin1");
    expect((await load(goodCache, changed)).usedCache).toBe(false);
  });

  it("a cache whose header names another Node is ignored", async () => {
    const text = goodCache.toString("latin1");
    const other = Buffer.from(text.replace(/\nv\d+\.\d+\.\d+ /, "\nv0.0.0 "), "latin1");
    expect((await load(other)).usedCache).toBe(false);
  });
});
