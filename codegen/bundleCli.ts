import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildDefine, stampBuild } from "./buildStamp.js";
import { nodeBundle } from "./nodeBundle.js";

const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));

/**
 * The command line as one CommonJS file, dist/cli/main.js (and the worker thread's entry
 * beside it, so that lintPool's `new URL("./lintWorker.js", import.meta.url)` finds it):
 * what bin/oms-lint.cjs loads, with the V8 code cache made here (bin/codeCache.cjs).
 * Measured over 1,000 files (bench/NOTES.md): ES module chunks cost ~30 ms more to resolve,
 * link and evaluate than one CommonJS file, and compiling it without the cache ~30 ms more.
 * What a run may never need (the config validator, globby, the language server, init) is
 * bundled in, but initialised and compiled only when first used. The language server's
 * libraries stay in node_modules, loaded by require.
 */
export async function bundleCli(): Promise<void> {
  rmSync(dist("cli"), { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: [dist("src/cli/main.js"), dist("src/cli/lintWorker.js")],
    outdir: dist("cli"),
    ...nodeBundle,
    format: "cjs",
    metafile: true,
    // The sources are ES modules: their import.meta.url is the bundle's own file URL.
    define: { "import.meta.url": "__omsModuleUrl", ...buildDefine },
    // First, so that "use strict" stays a directive (ES modules are strict).
    banner: { js: '"use strict";const __omsModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    external: ["vscode-languageserver", "vscode-languageserver/*", "vscode-languageserver-textdocument", "ajv", "ajv/*"],
  });
  // The cache's fingerprint names this bundle's code (src/cli/buildStamp.ts); before the code cache, which holds a copy of it.
  writeFileSync(dist("cli/main.js"), stampBuild(readFileSync(dist("cli/main.js"), "utf8")));
  // The package is "type": "module"; these two files are CommonJS.
  writeFileSync(dist("cli/package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  // bin/codeCache.cjs compiles the bundle as a vm.Script, where an import() of a package
  // would fail at run time: every external is required.
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const dynamic = output.imports.filter((i) => i.external && i.kind === "dynamic-import").map((i) => i.path);
    if (dynamic.length > 0) throw new Error(`${file} imports ${dynamic.join(", ")} with import(): require it (createRequire) instead`);
  }
  writeCodeCache();
}

/** The code cache of dist/cli/main.js, made by a plain `node` (the V8 and flags that will read it) linting the examples. */
function writeCodeCache(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL("./writeCodeCache.cjs", import.meta.url))], { stdio: ["ignore", "ignore", "inherit"] });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleCli();
