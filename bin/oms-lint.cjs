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
  process.stderr.write(`oms-lint: ${loadFailure(error)}\n`);
  process.exitCode = 2;
}
cli?.main();

/**
 * Why the bundle did not load, in words that do not blame the build where the build is not the
 * cause: a TypeError as the bundle runs is what a name put on Object.prototype before it loads
 * gives (a module preloaded with `node -r` that pollutes it: the bundle's export helper
 * iterates with for…in, "Getter must be a function"); found by the review of the prototype defence.
 */
function loadFailure(error) {
  const message = error?.message ?? error;
  if (error instanceof TypeError) {
    return `the built CLI failed as it loaded: ${message} (a TypeError as it runs: is Object.prototype polluted before oms-lint loads, by a module preloaded with \`node -r\` or \`--import\`?)`;
  }
  return `cannot load the built CLI (run \`npm run build\`): ${message}`;
}
