import { isNotPayloadName, namesBelow } from "../files/notPayload.js";
import { jsoncDialectOf } from "./payloadFile.js";

/**
 * What alone keeps the CLI's folder walk from a file that is otherwise a payload's: a hidden
 * folder on its path (`.fixtures`, `orders/.wip`) or its own hidden name (`.order.json`), as a
 * path below ESLint's working folder, with `/` between names.
 */
export type HiddenPlace = { readonly folder: string } | { readonly file: string };

/**
 * Where the file lies hidden from the walk, below `cwd`, when nothing else keeps the walk from it:
 * its name, the leading dot taken off a hidden one, is a payload's (not a manifest, not a JSONC
 * tool's file such as `.eslintrc.json` or `.vscode/settings.json`) and no folder on its path is
 * node_modules. Undefined for any other file. ESLint enters hidden folders and takes hidden files
 * (`files: ["**\/*.json"]`, `npx eslint .order.json`), where the plugin passed an order taxed at
 * 40% in silence (audit of the ESLint plugin): such a file is a payload when its content reads as
 * one (lintedFile.ts). A hidden folder is named before a hidden name below it.
 */
export function hiddenPlaceOf(filePath: string, cwd: string): HiddenPlace | undefined {
  const names = namesBelow(cwd, filePath);
  if (names === undefined || jsoncDialectOf(filePath) !== undefined) return undefined;
  const folders = names.slice(0, -1);
  const name = names.at(-1)!;
  const shownName = name.replace(/^\.+/, "");
  if (folders.includes("node_modules") || shownName === "" || isNotPayloadName(shownName)) return undefined;
  const hidden = folders.findIndex((folder) => folder.startsWith("."));
  if (hidden !== -1) return { folder: folders.slice(0, hidden + 1).join("/") };
  return name.startsWith(".") ? { file: names.join("/") } : undefined;
}

/** The glob that leaves the place out, in a config object with `files` as in a global `{ ignores }` one: `.fixtures/**`, not `.fixtures/` (matched against file paths there, it matched none). */
export function ignoreGlobOf(place: HiddenPlace): string {
  return "folder" in place ? `${place.folder}/**` : place.file;
}
