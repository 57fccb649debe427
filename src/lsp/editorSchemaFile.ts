import { readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isKind, type Kind } from "../kinds/kinds.js";
import { filePathOf } from "./filePathOf.js";

/**
 * The file a json.schemas url names, as VS Code's JSON extension resolves one from the workspace
 * folder's settings: a url beginning with `.` or `/` is a path from the folder, a file: URI that
 * file; any other (http:, a bare name) none.
 */
export function schemaPath(folder: string, url: string): string | undefined {
  if (url.startsWith(".") || url.startsWith("/")) return join(folder, url);
  return url.startsWith("file:") ? filePathOf(url) : undefined;
}

/**
 * The kind of oms-lint's editor schema the file is, if it is one that exists:
 * schemas/editor/<kind>.json in a package named oms-lint. A url naming no file (init --vscode
 * run before oms-lint was installed writes ./node_modules/oms-lint/…) gives VS Code a schema it
 * cannot load, and vscode-json-languageservice then validates nothing against it; someone
 * else's schema checks what it says: neither checks oms-lint's structure. Asked at each lint,
 * not kept: oms-lint may be installed or removed while the settings stay.
 */
export function ownEditorSchema(path: string): Kind | undefined {
  let real: string;
  try {
    real = realpathSync(path);
    if (!statSync(real).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const kind = basename(real).replace(/\.json$/, "");
  const folder = dirname(real);
  if (!isKind(kind) || basename(folder) !== "editor" || basename(dirname(folder)) !== "schemas") return undefined;
  return packageName(join(dirname(dirname(folder)), "package.json")) === "oms-lint" ? kind : undefined;
}

function packageName(path: string): unknown {
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}
