// Preloaded with `node --require` into a CLI run under test: on exit, writes the names of the
// Node built-in modules the process loaded (one per line) to the file OMS_LINT_BUILTINS_FILE names,
// then a line `Intl NumberFormat` if the run formatted a number by locale: the first such call
// loads ICU's number data (~20 ms), which a run pays at its start if a module does it as it loads.
"use strict";
const { writeFileSync } = require("node:fs");

const target = process.env.OMS_LINT_BUILTINS_FILE;
if (target) {
  let formatted = false;
  const toLocaleString = Number.prototype.toLocaleString;
  Number.prototype.toLocaleString = function (...args) {
    formatted = true;
    return toLocaleString.apply(this, args);
  };
  const NumberFormat = Intl.NumberFormat;
  Intl.NumberFormat = new Proxy(NumberFormat, {
    construct(target, args) {
      formatted = true;
      return Reflect.construct(target, args);
    },
    apply(target, that, args) {
      formatted = true;
      return Reflect.apply(target, that, args);
    },
  });
  process.on("exit", () => {
    const names = process.moduleLoadList.filter((entry) => entry.startsWith("NativeModule ")).map((entry) => entry.slice("NativeModule ".length));
    if (formatted) names.push("Intl NumberFormat");
    writeFileSync(target, `${names.join("\n")}\n`);
  });
}
