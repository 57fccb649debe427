#!/usr/bin/env node
// The oms-lint command: the CLI is TypeScript built into dist/ and bundled into dist/cli/ (npm ci builds it: the `dependencies` script, which npm runs after installing).
import("../dist/cli/main.js").then(
  (cli) => cli.main(),
  (error) => {
    process.stderr.write(`oms-lint: cannot load the built CLI (run \`npm run build\`): ${error?.message ?? error}\n`);
    process.exitCode = 2;
  },
);
