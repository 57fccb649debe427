import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createOrderPayload, mixedPayload } from "./payloads.js";

/** Kind of each generated file, by the folder it is written to (ajv-cli needs one schema per run). */
export const fixtureKinds = ["createOrder", "createOrder", "importOrder", "orderCustomData", "orderItemSearch"] as const;

/**
 * Writes (once; reused while the count and generator version match) a folder of `count`
 * mixed-kind payload files of typical size, one sub-folder per kind.
 */
export function fixtureFolder(root: string, count: number): string {
  return generated(root, { count, version: 1 }, () => {
    for (const kind of new Set(fixtureKinds)) mkdirSync(join(root, kind), { recursive: true });
    for (let i = 0; i < count; i++) {
      const kind = fixtureKinds[i % fixtureKinds.length]!;
      writeFileSync(join(root, kind, `${String(i).padStart(6, "0")}.json`), JSON.stringify(mixedPayload(i), null, 2) + "\n");
    }
  });
}

/** A folder holding one Create Order of `items` lines (73,500 make about 50 MB). */
export function bigOrderFolder(root: string, items: number): string {
  return generated(root, { items, version: 1, bigOrder: true }, () => {
    mkdirSync(join(root, "createOrder"), { recursive: true });
    writeFileSync(join(root, "createOrder", "order.json"), JSON.stringify(createOrderPayload(items), null, 2) + "\n");
  });
}

/** Writes a folder once; reused while its manifest (beside it: a JSON file inside would be linted) matches. */
function generated(root: string, description: object, write: () => void): string {
  const marker = `${root}.manifest`;
  const manifest = JSON.stringify(description);
  if (existsSync(marker) && readFileSync(marker, "utf8") === manifest) return root;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  write();
  writeFileSync(marker, manifest);
  return root;
}
