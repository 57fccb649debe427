import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./cli.js";
import { optionNames } from "../../src/lint/libraryArguments.js";

/**
 * The property names oms-lint could read off an object that inherits them: collected from its
 * sources when the test runs, never copied by hand, so that a name a new file reads is covered
 * the day it is written.
 */

/** Every .ts file under the folder, recursively. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(repoRoot, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => readFileSync(join(repoRoot, folder, file), "utf8"));
}

const identifier = "[A-Za-z_$][\\w$]*";

/** The names src/ and rules/ read off their own objects: `.name`, `["name"]`, and the members their types declare (a destructured option among them). */
export function namesReadBySource(): Set<string> {
  const names = new Set<string>();
  const patterns = [new RegExp(`\\.(${identifier})`, "g"), new RegExp(`\\[\\s*["'](${identifier})["']\\s*\\]`, "g"), new RegExp(`readonly (${identifier})\\??:`, "g")];
  for (const text of [...sourceFiles("src"), ...sourceFiles("rules")]) {
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) names.add(match[1] as string);
  }
  return names;
}

/** Every option name the public entry points take. */
export function optionNamesTaken(): Set<string> {
  return new Set(Object.values(optionNames).flat());
}

/** Every field name of the payload schemas (schemas/*.json, their `properties`). */
export function payloadFieldNames(): Set<string> {
  const names = new Set<string>();
  const folder = join(repoRoot, "schemas");
  const collect = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) return node.forEach(collect);
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && typeof value === "object" && value !== null) for (const name of Object.keys(value)) names.add(name);
      collect(value);
    }
  };
  for (const file of readdirSync(folder)) if (file.endsWith(".json")) collect(JSON.parse(readFileSync(join(folder, file), "utf8")));
  return names;
}
