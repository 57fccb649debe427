import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mixedPayload } from "./payloads.js";

/** Kind of each generated file, by the folder it is written to (ajv-cli needs one schema per run). */
export const fixtureKinds = ["createOrder", "createOrder", "importOrder", "orderCustomData", "orderItemSearch"] as const;

/**
 * Writes (once; reused while the count and generator version match) a folder of `count`
 * mixed-kind payload files of typical size, one sub-folder per kind.
 */
export function fixtureFolder(root: string, count: number): string {
  const marker = `${root}.manifest`; // beside the folder: a JSON file inside would be linted
  const manifest = JSON.stringify({ count, version: 1 });
  if (existsSync(marker) && readFileSync(marker, "utf8") === manifest) return root;
  rmSync(root, { recursive: true, force: true });
  for (const kind of new Set(fixtureKinds)) mkdirSync(join(root, kind), { recursive: true });
  for (let i = 0; i < count; i++) {
    const kind = fixtureKinds[i % fixtureKinds.length]!;
    writeFileSync(join(root, kind, `${String(i).padStart(5, "0")}.json`), JSON.stringify(mixedPayload(i), null, 2) + "\n");
  }
  writeFileSync(marker, manifest);
  return root;
}
