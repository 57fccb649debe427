import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { nodeBundle } from "./nodeBundle.js";

/** The library as one module: what `import … from "oms-lint"` loads. */
export const bundleFile = fileURLToPath(new URL("../dist/oms-lint.js", import.meta.url));
const entry = fileURLToPath(new URL("../dist/src/index.js", import.meta.url));

/**
 * A serverless checkout function pays for every module it loads: resolving and reading 80
 * files cost more than running the first validate(). So the built library (dist/src, from
 * tsc) is bundled into one file with its small dependencies (jsonc-parser's ESM build,
 * ajv-formats' formats, ignore, picomatch), names minified: no CommonJS module is loaded at
 * run time. The CLI has a bundle of its own (bundleCli.ts).
 */
export async function bundleLibrary(): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile: bundleFile,
    ...nodeBundle,
    minifyIdentifiers: true,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleLibrary();
