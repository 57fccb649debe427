import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileArgument as fileWord, singleQuoted } from "../files/shellWord.js";
import type { BuiltFrom, ReadBody } from "./httpBody.js";
import type { InputFileReading } from "./inputFileLine.js";

/**
 * A body sent from a file, which oms-lint does not read: REST Client's `< ./order.json` (or
 * `<@ ./order.json`) line, a Postman body in mode `file` with its `src`.
 */
export interface BodyFile {
  /** The file's path as the client reads it (its variables filled where the file defines them). */
  readonly path: string;
  /** The file as an `oms-lint` command takes it, where the request file's lint works it out (bodyFileArgument). */
  readonly argument?: string;
  /** Set where the body is not this file's text alone (REST Client's lines around it, or more files): no file to lint on its own. */
  readonly builtFrom?: BuiltFrom;
  /**
   * REST Client's reading of the file (`<@` fills its variables; `<@latin1` decodes it so): the
   * body sent is then not the file's bytes as oms-lint reads them. Undefined: read as it stands, as UTF-8.
   */
  readonly reading?: InputFileReading;
}

/** The body file of a REST Client body read from files: its first `<` line's file and reading, and what else it is built from. */
export function bodyFileOf({ path, reading, builtFrom }: NonNullable<ReadBody["file"]>): BodyFile {
  return { path, reading, ...(builtFrom === undefined ? {} : { builtFrom }) };
}

/**
 * What a relative path is read against: REST Client reads one against the request file's folder
 * (after the workspace folder's root, which oms-lint does not know: requestParserUtil.ts,
 * resolveRequestBodyPath), Postman's runtime against its working directory (newman's
 * --working-dir, the folder it runs in by default).
 */
export type BodyFileBase = "requestFolder" | "workingFolder";

/** A request file's name that names no file: the library's, piped text's, ESLint's. */
const unnamed = /^<[^>]*>$/;

/**
 * The file a body is sent from as an `oms-lint` command run in `workingFolder` takes it:
 * relative to that folder where the file's place can be worked out, else as written (no
 * request file to read a relative path against, no working folder to show it from). The file
 * itself is never opened, nor asked after.
 */
export function bodyFileArgument(path: string, base: BodyFileBase, requestFile: string, workingFolder: string | undefined): string {
  // A path with a NUL, which no shell word holds: single-quoted, its NUL named by its code where the message is shown.
  const fileArgument = (path: string) => fileWord(path) ?? singleQuoted(path);
  const fromRequestFolder = base === "requestFolder" && !isAbsolute(path);
  // A relative path in a request file with no name: no folder to read it against.
  if (fromRequestFolder && unnamed.test(requestFile)) return fileArgument(path);
  const placed = fromRequestFolder ? join(dirname(requestFile), path) : path;
  if (workingFolder === undefined) return fileArgument(placed);
  const shown = relative(workingFolder, resolve(workingFolder, placed));
  return fileArgument(shown === "" ? "." : shown.split(sep).join("/"));
}
