"use strict";
// The child of test/support/cliWithoutOverride.ts: the bundled CLI (dist/cli/main.js, loaded as
// bin/oms-lint.cjs loads it) run once for each request, a line of JSON `{ args, cwd }` read from
// standard input, answered by a line of JSON `{ code, stdout, stderr }`, one run after another.
const { join } = require("node:path");
const { createInterface } = require("node:readline");
const { loadBundle } = require("../../bin/codeCache.cjs");

const bundle = join(__dirname, "../../dist/cli/main.js");
const { run } = loadBundle(bundle, `${bundle}.cache`).exports;

let runs = Promise.resolve();
createInterface({ input: process.stdin }).on("line", (line) => {
  const { args, cwd } = JSON.parse(line);
  runs = runs.then(async () => {
    let stdout = "";
    let stderr = "";
    const io = {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
      stdoutIsTTY: false,
      stdoutFile: undefined,
      readStdin: async () => Buffer.alloc(0),
      writeStdout: (text) => void (stdout += text),
      writeStderr: (text) => void (stderr += text),
    };
    let code = null;
    try {
      code = await run(args, io);
    } catch (error) {
      // A stack trace the tests look for: run() must never throw.
      stderr += String(error?.stack ?? error);
    }
    process.stdout.write(`${JSON.stringify({ code, stdout, stderr })}\n`);
  });
});
