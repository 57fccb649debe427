"use strict";
// How bin/oms-lint.cjs loads the bundled CLI (dist/cli/main.js) with a V8 code cache: the
// bytecode of the functions a lint of the examples ran, made at build time by
// codegen/writeCodeCache.cjs. Without it, every run compiles ~800 kB of JavaScript, function
// by function as the run first calls each (~30 ms over 1,000 files; bench/NOTES.md). The cache
// is used only when its header names this Node and this very bundle and payload (sha256): V8
// itself checks its version and flags but knows the source only by its length. Anything else
// (missing, foreign, corrupt, another Node) is ignored, and the bundle compiles as usual.
const crypto = require("node:crypto");
const { readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname } = require("node:path");
const vm = require("node:vm");

const magic = "oms-lint code cache 1";

// crypto.hash (Node 20.12+) is one native call; createHash starts a stream class first (~4 ms).
const sha256 = (data) => (crypto.hash ? crypto.hash("sha256", data) : crypto.createHash("sha256").update(data).digest("hex"));
const header = (source, payload) => `${magic}\n${process.version} ${process.arch}\n${sha256(source)}\n${sha256(payload)}\n`;

/** The cache's payload when its header vouches for it: this Node, this source, these bytes. */
function trustedPayload(cacheFile, source) {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const lines = [];
  let at = 0;
  for (let i = 0; i < 4; i++) {
    const end = bytes.indexOf(10, at);
    if (end < 0 || end - at > 200) return undefined;
    lines.push(bytes.toString("latin1", at, end));
    at = end + 1;
  }
  if (lines[0] !== magic || lines[1] !== `${process.version} ${process.arch}`) return undefined;
  const payload = bytes.subarray(at);
  return lines[2] === sha256(source) && lines[3] === sha256(payload) ? payload : undefined;
}

/**
 * Compiles and runs a CommonJS bundle as Node's loader would (the same wrapper and
 * arguments), with the code cache at `cacheFile` if it is trusted. Returns the module's
 * exports, and the script, whose createCachedData() writeCodeCache saves.
 */
function loadBundle(file, cacheFile) {
  const source = readFileSync(file, "utf8");
  const cachedData = cacheFile === undefined ? undefined : trustedPayload(cacheFile, source);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, usedCache: cachedData !== undefined && !script.cachedDataRejected };
}

/** Saves the script's code cache (what it has compiled so far) for `file`, whole or not at all. */
function writeCodeCache(file, script, cacheFile) {
  const payload = script.createCachedData();
  const staged = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(staged, Buffer.concat([Buffer.from(header(readFileSync(file, "utf8"), payload), "latin1"), payload]));
    renameSync(staged, cacheFile);
  } finally {
    rmSync(staged, { force: true });
  }
}

module.exports = { loadBundle, writeCodeCache };
