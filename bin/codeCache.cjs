"use strict";
// How bin/oms-lint.cjs loads the bundled CLI (dist/cli/main.js) with a V8 code cache: the
// bytecode of the functions a lint of the examples ran, made at build time by
// codegen/writeCodeCache.cjs. Without it, every run compiles ~800 kB of JavaScript, function
// by function as the run first calls each (~30 ms over 1,000 files; bench/NOTES.md).
// What V8 checks of a cache: its version and flags, and its checksum when
// --verify-snapshot-checksum is on (set here, for the writer and the reader alike: the flag
// is part of the flags V8 compares). What it does not: the source, known to it only by its
// length. So the cache file holds a copy of the bundle it was made from, compared byte for
// byte (node:crypto would cost more to load than the cache saves). Anything else (missing,
// foreign, another Node, another bundle, a flipped byte, cut short) is ignored, and the
// bundle compiles as usual.
const { readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname } = require("node:path");
const v8 = require("node:v8");
const vm = require("node:vm");

const magic = "oms-lint code cache 2";
const header = (sourceLength) => Buffer.from(`${magic}\n${process.version} ${process.arch} ${sourceLength}\n`, "latin1");

/** The cache's payload when it was made by this Node from these very bytes. */
function trustedPayload(cacheFile, source) {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const head = header(source.length);
  const end = head.length + source.length;
  if (bytes.length <= end || !bytes.subarray(0, head.length).equals(head) || !bytes.subarray(head.length, end).equals(source)) return undefined;
  return bytes.subarray(end);
}

/**
 * Compiles and runs a CommonJS bundle as Node's loader would (the same wrapper and
 * arguments), with the code cache at `cacheFile` if it is trusted. Returns the module's
 * exports, the script (whose createCachedData() writeCodeCache saves) and whether the cache
 * was used.
 */
function loadBundle(file, cacheFile) {
  const source = readFileSync(file);
  v8.setFlagsFromString("--verify-snapshot-checksum");
  const cachedData = cacheFile === undefined ? undefined : trustedPayload(cacheFile, source);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source.toString("utf8")}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, usedCache: cachedData !== undefined && !script.cachedDataRejected };
}

/** Saves the script's code cache (what it has compiled so far) for `file`, whole or not at all. */
function writeCodeCache(file, script, cacheFile) {
  const source = readFileSync(file);
  const staged = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(staged, Buffer.concat([header(source.length), source, script.createCachedData()]));
    renameSync(staged, cacheFile);
  } finally {
    rmSync(staged, { force: true });
  }
}

module.exports = { loadBundle, writeCodeCache };
