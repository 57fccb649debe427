// Preloaded with `node --require` into a CLI run under test: on exit, writes the names of the
// Node built-in modules the process loaded (one per line) to the file OMS_LINT_BUILTINS_FILE names.
"use strict";
const { writeFileSync } = require("node:fs");

const target = process.env.OMS_LINT_BUILTINS_FILE;
if (target) {
  process.on("exit", () => {
    const names = process.moduleLoadList.filter((entry) => entry.startsWith("NativeModule ")).map((entry) => entry.slice("NativeModule ".length));
    writeFileSync(target, `${names.join("\n")}\n`);
  });
}
