#!/usr/bin/env node
"use strict";
// The oms-lint command: the CLI is TypeScript built into dist/ and bundled into
// dist/cli/main.js (npm ci builds it: the `dependencies` script, which npm runs after
// installing), loaded with its code cache (codeCache.cjs).
const { join } = require("node:path");
const { loadBundle } = require("./codeCache.cjs");

const bundle = join(__dirname, "../dist/cli/main.js");
let cli;
try {
  cli = loadBundle(bundle, `${bundle}.cache`).exports;
} catch (error) {
  process.stderr.write(`oms-lint: cannot load the built CLI (run \`npm run build\`): ${error?.message ?? error}\n`);
  process.exitCode = 2;
}
cli?.main();
