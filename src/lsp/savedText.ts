import type { Config } from "../config/config.js";
import { readBounded } from "../files/readBounded.js";
import { fileSizeLimit } from "../lint/lintRun.js";
import { isRestClientFile } from "../requests/restClientFile.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";
import { decodeUtf8 } from "../source/utf8.js";

/**
 * Whether the file on disk holds the editor's text, as `oms-lint split` would read it (read as
 * the CLI reads a file: a regular file within the config's size limit, UTF-8; a byte order mark
 * the editor decoded away is no change). Not where it cannot be read so (gone, too large, not
 * UTF-8): a command given for the file would not split what the editor shows either.
 */
export function matchesSaved(filePath: string, text: string, config: Config): boolean {
  const bytes = readBounded(filePath, fileSizeLimit({ config, rules: config.rules, ...config.limits }));
  if (!(bytes instanceof Uint8Array)) return false;
  const decoded = decodeUtf8(bytes, isRestClientFile(filePath) ? "requestFile" : "file");
  return decoded.ok && comparable(decoded.text) === comparable(text);
}

/**
 * A text as split reads it: a byte order mark the editor decoded away, and line breaks, are no
 * change. Clients such as eglot, Sublime LSP and JetBrains give the document a file's CRLF as LF,
 * and "save it first" then showed for ever, as saving changed nothing split reads (JSON takes CR
 * and LF alike as blanks, and a string holds no raw line break).
 */
function comparable(text: string): string {
  return withoutByteOrderMark(text).replace(/\r\n?/g, "\n");
}
