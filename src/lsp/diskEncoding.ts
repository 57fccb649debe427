import type { Config } from "../config/config.js";
import { readBounded } from "../files/readBounded.js";
import { fileSizeLimit } from "../lint/lintRun.js";
import { isRestClientFile } from "../requests/restClientFile.js";
import { encodingFault, type EncodingFault } from "../source/encodingFault.js";
import { decodeUtf8 } from "../source/utf8.js";

/**
 * Whether a file's bytes on disk are not UTF-8, as the CLI judges them (decodeUtf8, its words
 * for a request file too), and where: an editor sends the text it decoded (a UTF-16 or
 * Latin-1 file shown as it reads), which the server found no fault in where `oms-lint` refuses
 * the file (audit of the language server). Read as the CLI reads a file, a regular file alone
 * and no more than the config's size limit; undefined where the bytes are UTF-8 or cannot be
 * read so (gone, too large, no regular file): the editor's text is then all there is.
 */
export function diskEncodingFault(filePath: string, config: Config): EncodingFault | undefined {
  const bytes = readBounded(filePath, fileSizeLimit({ config, rules: config.rules, ...config.limits }));
  if (!(bytes instanceof Uint8Array)) return undefined;
  const decoded = decodeUtf8(bytes, isRestClientFile(filePath) ? "requestFile" : "file");
  return decoded.ok ? undefined : encodingFault(bytes, decoded);
}
