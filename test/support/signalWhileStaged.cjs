// Preloaded with `node --require` into a CLI run under test: the process sends itself SIGINT
// right after its first write to a temporary file (a `.….tmp` that stageFile opened), so the
// signal lands while that file is staged and half written, every run, whatever the machine's
// speed. Without a listener the signal ends the process there and then (leaving the temporary
// file); oms-lint's listener must hold it until the file is committed or removed.
"use strict";
const fs = require("node:fs");

const { openSync, writeSync } = fs;
let staged;
let sent = false;
fs.openSync = function openSyncWatched(path, ...rest) {
  const fd = openSync.call(this, path, ...rest);
  if (!sent && staged === undefined && typeof path === "string" && path.endsWith(".tmp")) staged = fd;
  return fd;
};
fs.writeSync = function writeSyncWatched(fd, ...rest) {
  const written = writeSync.call(this, fd, ...rest);
  if (!sent && fd === staged) {
    sent = true;
    process.kill(process.pid, "SIGINT");
  }
  return written;
};
