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
 * walked), a `files` glob into a hidden folder or of an extension the walk never takes (a file
 * named outright is linted whatever its name).
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
  const segments = segmentsOf(glob);
  const hidden = segments.find((segment) => segment.startsWith(".") && segment !== "." && segment !== "..");
  const skipped = segments.slice(0, -1).find((segment) => skippedFolders.has(segment));
  const extension = literalExtension.exec(segments.at(-1) ?? "")?.[1];
  const why =
    hidden !== undefined
      ? `${asWritten(hidden)} is hidden, and a folder walk and a glob take no hidden folder or file`
      : skipped !== undefined
        ? `a folder walk and a glob never enter ${skipped}`
        : extension !== undefined && !isLintedName(`x.${extension}`)
          ? `a folder walk and a glob take only *.json, *.http and *.rest (in that case), not *.${extension}`
          : undefined;
  return why === undefined ? [] : [{ pointer, severity: "note", message: `${key}: ${asWritten(glob)} selects no file a folder walk or a glob finds: ${why}; it applies only to a file named outright` }];
}
