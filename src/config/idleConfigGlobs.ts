import { isLintedName } from "../files/lintedName.js";
import type { ConfigFile } from "./config.js";
import { configGlobs, type ConfigGlob } from "./configGlobs.js";

/**
 * Config globs that were accepted without a word though they select nothing, or not what
 * their writer meant (audit of config and file discovery). Each is placed at its key, as a
 * schema problem is. What can never have an effect is an error (exit 2): a glob that ends in a
 * backslash (it escapes nothing, so the glob matches no path). What can, in some run, is a
 * note: a backslash before a letter or digit (`obj\Release` is objRelease, a name that may
 * exist), an un-ignore in node_modules or .git (a folder named outright inside them is
 * walked), a `files` glob into a hidden folder, node_modules or .git, or of an extension the
 * walk never takes (each says which runs do take its files).
 */
export interface IdleGlob {
  readonly pointer: string;
  readonly message: string;
  readonly severity: "error" | "note";
}

export function idleConfigGlobs(file: ConfigFile): IdleGlob[] {
  return configGlobs(file).flatMap((glob) => [...backslashProblems(glob), ...unignoredSkippedFolder(glob), ...filesTheWalkNeverTakes(glob)]);
}

const asWritten = (glob: string) => JSON.stringify(glob);
const withSlashes = (glob: string) => JSON.stringify(glob.replace(/\\/g, "/"));

/** The backslashes that escape (not those escaped by one before them): each with the character it escapes, `""` at the end. */
function escapes(glob: string): string[] {
  const escaped: string[] = [];
  for (let at = glob.indexOf("\\"); at !== -1; at = glob.indexOf("\\", at + 2)) escaped.push(glob.charAt(at + 1));
  return escaped;
}

function backslashProblems({ key, pointer, glob }: ConfigGlob): IdleGlob[] {
  const escaped = escapes(glob);
  if (escaped.at(-1) === "") {
    return [{ pointer, severity: "error", message: `${key}: ${asWritten(glob)} ends in a backslash, which escapes nothing, so the glob names no file: a Windows path? write it with /, ${withSlashes(glob)}` }];
  }
  if (!escaped.some((character) => /^[A-Za-z0-9]$/.test(character))) return [];
  return [
    {
      pointer,
      severity: "note",
      message: `${key}: in ${asWritten(glob)} a backslash escapes the letter or digit after it, as git reads it (\\R is R), so it names ${asWritten(glob.replace(/\\([\s\S])/g, "$1"))}: a Windows path? write it with /, ${withSlashes(glob)}`,
    },
  ];
}

/** The glob's segments as written, a leading `./` and `!` dropped, empty when it has none. */
function segmentsOf(glob: string): string[] {
  return glob.replace(/^!+/, "").replace(/^(?:\.\/)+/, "").split("/");
}

const skippedFolders = new Set(["node_modules", ".git"]);

function unignoredSkippedFolder({ key, pointer, glob, list }: ConfigGlob): IdleGlob[] {
  if (list !== "ignores" || !glob.startsWith("!")) return [];
  const folder = segmentsOf(glob).find((segment) => skippedFolders.has(segment));
  if (folder === undefined) return [];
  return [
    {
      pointer,
      severity: "note",
      message: `${key}: ${asWritten(glob)} un-ignores in ${folder}, which a folder walk and a glob never enter, whatever the ignores say (ESLint honours such an un-ignore; oms-lint does not): name the files or folder there on the command line to lint them`,
    },
  ];
}

/** A last segment's extension, written without a wildcard (`*.JSON`, `order.payload`). */
const literalExtension = /(?<![\\])\.([A-Za-z0-9_-]+)$/;

function filesTheWalkNeverTakes({ key, pointer, glob, list }: ConfigGlob): IdleGlob[] {
  if (list !== "files" || glob.startsWith("!")) return [];
  const why = whatTakesItsFiles(segmentsOf(glob));
  return why === undefined ? [] : [{ pointer, severity: "note", message: `${key}: ${asWritten(glob)} selects files some runs pass over: ${why}` }];
}

/**
 * Which runs find the files a glob's segments select, when some do not: a folder walk from
 * above enters no hidden folder and no node_modules or .git, but one that starts at such a
 * folder walks it; a glob takes hidden names when it spells the dot, and never enters
 * node_modules or .git; a walk takes only linted extensions, and a glob or a name any.
 */
function whatTakesItsFiles(segments: readonly string[]): string | undefined {
  const folders = segments.slice(0, -1);
  const skipped = folders.find((segment) => skippedFolders.has(segment));
  if (skipped !== undefined) return `a folder walk from above and a glob never enter ${skipped}; name the folder, or a file in it, on the command line`;
  const hidden = segments.findIndex((segment) => segment.startsWith(".") && segment !== "." && segment !== "..");
  if (hidden !== -1) {
    return hidden < folders.length
      ? `${asWritten(segments[hidden] ?? "")} is hidden, and a folder walk from above does not enter it; name the folder, or a glob that names it`
      : `${asWritten(segments[hidden] ?? "")} is hidden, and a folder walk does not take it; name the file, or a glob that names it`;
  }
  const extension = literalExtension.exec(segments.at(-1) ?? "")?.[1];
  if (extension === undefined || isLintedName(`x.${extension}`)) return undefined;
  return `a folder walk takes only *.json, *.http and *.rest (in that case), not *.${extension}; a glob or a name takes it`;
}
