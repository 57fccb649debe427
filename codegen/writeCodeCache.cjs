"use strict";
// Run by codegen/bundleCli.ts under a plain `node`: loads the bundled CLI as bin/oms-lint.cjs
// does, lints the examples with the formats most runs use (so that the functions a lint runs
// are compiled), and saves the code cache beside the bundle.
const { join } = require("node:path");
const { loadBundle, writeCodeCache } = require("../bin/codeCache.cjs");

const root = join(__dirname, "..");
const bundle = join(root, "dist/cli/main.js");
const { exports: cli, script } = loadBundle(bundle);
const io = {
  cwd: root,
  env: {},
  stdoutIsTTY: false,
  readStdin: async () => new Uint8Array(),
  writeStdout: () => undefined,
  writeStderr: () => undefined,
};
(async () => {
  for (const format of ["stylish", "json"]) await cli.run(["--no-config", "--format", format, "examples"], io);
  writeCodeCache(bundle, script, `${bundle}.cache`);
})().catch((error) => {
  process.stderr.write(`writeCodeCache: ${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
