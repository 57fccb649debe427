import type { BuildOptions } from "esbuild";

/** What both bundles (the library and the CLI) share: ESM for Node 20, whitespace and syntax minified. */
export const nodeBundle = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  mainFields: ["module", "main"],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
} as const satisfies BuildOptions;
