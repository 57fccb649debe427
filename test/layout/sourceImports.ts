import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** Every .ts file under the folder. */
export function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** `import … from "./x.js"`, `import type …`, `export … from "./x.js"`, `import("./x.js")`: every relative specifier. */
export const importLine = /^\s*(?:import|export)\b[^;]*?\bfrom\s*["'](\.{1,2}\/[^"']+)["']|\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/gm;

/** The modules a file imports by a relative specifier, as absolute paths (the specifier's `.js` kept). */
export function importsOf(file: string, text = readFileSync(file, "utf8")): string[] {
  return [...text.matchAll(importLine)].map((m) => resolve(dirname(file), (m[1] ?? m[2])!));
}
