import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { nodeBundle } from "./nodeBundle.js";

const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));

/**
 * The command line as a few modules: what bin/oms-lint.js loads. Resolving, reading and
 * linking dist/src module by module cost about as much as linting a few hundred files (the
 * start-up of every run); bundled, the CLI loads one module and a few shared chunks. What a
 * run may never need stays in chunks loaded on demand (the config validator, the folder walk,
 * globby, the language server, init). The worker thread's entry is bundled beside it, so that
 * lintPool's `new URL("./lintWorker.js", import.meta.url)` finds it. The language server's
 * libraries stay imported from node_modules; ajv-formats' formats are bundled (Node's
 * CommonJS loader and its export lexer are not started for them).
 */
export async function bundleCli(): Promise<void> {
  rmSync(dist("cli"), { recursive: true, force: true });
  await build({
    entryPoints: [dist("src/cli/main.js"), dist("src/cli/lintWorker.js")],
    outdir: dist("cli"),
    ...nodeBundle,
    splitting: true,
    // Bundled CommonJS (fast-glob under globby, picomatch) requires Node's own modules: each
    // chunk gets a `require` of its own, which esbuild's require shim then uses.
    banner: { js: 'import { createRequire as __omsCreateRequire } from "node:module"; const require = __omsCreateRequire(import.meta.url);' },
    external: ["vscode-languageserver", "vscode-languageserver/*", "vscode-languageserver-textdocument", "ajv", "ajv/*"],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleCli();
