import { build } from "esbuild";
import { fileURLToPath } from "node:url";

/** The library as one module: what `import … from "oms-lint"` loads. */
export const bundleFile = fileURLToPath(new URL("../dist/oms-lint.js", import.meta.url));
const entry = fileURLToPath(new URL("../dist/src/index.js", import.meta.url));

/**
 * A serverless checkout function pays for every module it loads: resolving and reading 80
 * files cost more than running the first validate(). So the built library (dist/src, from
 * tsc) is bundled into one file with its small dependencies (jsonc-parser's ESM build,
 * ipaddr.js, ignore, picomatch); Ajv's runtime helpers stay `require`d as the generated
 * validators name them. The CLI keeps loading dist/src module by module, as it needs only
 * some of them.
 */
export async function bundleLibrary(): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile: bundleFile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    mainFields: ["module", "main"],
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    legalComments: "none",
    logLevel: "warning",
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleLibrary();
