#!/usr/bin/env node
// The command was bin/oms-lint.js; it is bin/oms-lint.cjs (CommonJS: no ES module loader to
// start). This name stays for those who run it by path (an editor's server command).
import "./oms-lint.cjs";
