import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { lintTargetArgument } from "../files/shellWord.js";
import { withoutSecretLookalikes } from "../domain/secretLookalikes.js";
import { maxQuoted, shorten } from "../engine/messageTemplate.js";
import { oneLine } from "../formatters/displayText.js";
import type { BuiltFrom, ReadBody } from "./httpBody.js";
import type { InputFileReading } from "./inputFileLine.js";
import { ownFields } from "../engine/ownField.js";

/**
 * A body sent from a file, which oms-lint does not read: REST Client's `< ./order.json` (or
 * `<@ ./order.json`) line, a Postman body in mode `file` with its `src`.
 */
export interface BodyFile {
  /** The file's path as the client reads it (its variables filled where the file defines them). */
  readonly path: string;
  /** The file as an `oms-lint` command takes it, where the request file's lint works it out (bodyFileArgument). */
  readonly argument?: string;
  /** Why no command can name the file, where the request file's lint found none that would (bodyFileArgument). */
  readonly noCommand?: string;
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
  // Inherits nothing: request/body-unchecked asks `builtFrom` of it by name, which a polluted Object.prototype answered.
  return ownFields({ path, reading, ...(builtFrom === undefined ? {} : { builtFrom }) });
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
export function bodyFileArgument(path: string, base: BodyFileBase, requestFile: string, workingFolder: string | undefined): Pick<BodyFile, "argument" | "noCommand"> {
  const fromRequestFolder = base === "requestFolder" && !isAbsolute(path);
  // A relative path in a request file with no name: no folder to read it against.
  if (fromRequestFolder && unnamed.test(requestFile)) return commandArgument(path);
  const placed = fromRequestFolder ? join(dirname(requestFile), path) : path;
  if (workingFolder === undefined) return commandArgument(placed);
  const shown = relative(workingFolder, resolve(workingFolder, placed));
  return commandArgument(shown === "" ? "." : shown.split(sep).join("/"));
}

/**
 * The path as a command's argument, where a message can quote it whole and the CLI reads it as
 * that file; else why not. A message quotes no secret (SPEC §5) and no more than maxQuoted
 * characters: `orders/[redacted].json` and a path cut at "…" name no file, and `[redacted]`
 * is a glob's bracket (found by the audit of request files). A command on the wrong file is worse than none.
 */
function commandArgument(path: string): Pick<BodyFile, "argument" | "noCommand"> {
  // Asked of the path first: a word for it would be bash's $'…' (shellQuoted), which no report shows as it is either, and a NUL has no word.
  if (!shownAsWritten(path)) return { noCommand: unshownPath };
  // Then its word is shown as written too: quoting and escaping add quotes and backslashes alone, which a report keeps.
  const argument = lintTargetArgument(path);
  if (argument === undefined) return { noCommand: "its path holds a backslash or a brace, which oms-lint reads in a file pattern, and no escape makes it name that file alone" };
  // The path as well as the word: `jane.doe\@example.com` is no address to the look-alikes, yet quotes one.
  if (withoutSecretLookalikes(path) !== path || withoutSecretLookalikes(argument) !== argument) return { noCommand: "its path holds what reads as a secret (a card number, an email address, a phone number), which no message quotes" };
  if (shorten(argument) !== argument) return { noCommand: `its path is longer than a message quotes whole (${maxQuoted} characters)` };
  return { argument };
}

/** A lone surrogate: no UTF-8 writes it, so a report shows U+FFFD in its place. */
const loneSurrogate = /\p{Cs}/u;

/** Why a path a report writes otherwise gets no command. */
const unshownPath =
  "its path holds what a report writes otherwise (a control character such as a tab or a line feed, an invisible or bidi character, a lone surrogate, two spaces in a row), and a command copied from it would name another file";

/**
 * Whether a report shows the word as it is: the terminal's report writes a tab as `\t`, a line
 * feed as `\n`, U+202E as `\u202e` (oneLine, as every text format escapes them) and two spaces
 * as one, and a lone surrogate reaches it as U+FFFD. Copied from there through a shell, `'a\tb.json'`
 * linted atb.json, `'\u202eevil.json'` u202eevil.json (found by the audit of request files).
 */
function shownAsWritten(word: string): boolean {
  return oneLine(word) === word && !loneSurrogate.test(word);
}
