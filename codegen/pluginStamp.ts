import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pluginBuildPlaceholder } from "../src/eslint/pluginBuild.js";

/** Every .js file under `dir`, sorted by path: what tsc emitted. */
function emittedScripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The SHA-256 (hex) of the scripts under `distSrc` (each file's path from there and its text),
 * written in place of the placeholder in `stampFile`, whose own placeholder text is hashed as it
 * stood: any change to the code the plugin may load changes the stamp. The placeholder must stand
 * in the stamp file exactly twice (its declaration and the stamp's), or the build stops.
 */
export function stampPluginBuild(distSrc: string, stampFile: string): string {
  const hash = createHash("sha256");
  for (const file of emittedScripts(distSrc)) hash.update(`${relative(distSrc, file)}\0`).update(readFileSync(file)).update("\0");
  const stamp = hash.digest("hex");
  const text = readFileSync(stampFile, "utf8");
  const quoted = JSON.stringify(pluginBuildPlaceholder);
  const first = text.indexOf(quoted);
  const second = text.indexOf(quoted, first + 1);
  if (first < 0 || second < 0 || text.indexOf(quoted, second + 1) >= 0) throw new Error(`${stampFile} must hold ${quoted} exactly twice`);
  writeFileSync(stampFile, text.slice(0, second) + JSON.stringify(stamp) + text.slice(second + quoted.length));
  return stamp;
}
