import { createRequire } from "node:module";

let loaded: typeof import("node:crypto") | undefined;

/**
 * node:crypto, loaded on first use: a lint run that hashes nothing and writes no file (the
 * common one) never loads it; loading it took ~10 ms of every run's start here.
 */
export function nodeCrypto(): typeof import("node:crypto") {
  loaded ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return loaded;
}
