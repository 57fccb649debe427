import { relative } from "node:path";
import { namesBelow } from "../files/notPayload.js";
import { fileArgument } from "../files/shellWord.js";

/** The file as a shell word, or why no shell word can name it. */
export type SplitFileArgument = string | { readonly unwritable: string };

/**
 * The file as `npx oms-lint split` takes it, quoted for a shell (fileArgument: bash's $'…' for
 * a name with control characters; for a name with a NUL, why no word can name it): relative to the
 * workspace folder that holds it (the innermost), where the user runs the command, or its
 * absolute path when it is in none. A file name alone (biz $(x).json) ran a substitution and
 * named a file of the workspace's top folder.
 */
export function splitFileArgument(filePath: string, workspaceFolders: readonly string[]): SplitFileArgument {
  const holding = workspaceFolders.filter((folder) => namesBelow(folder, filePath) !== undefined).sort((a, b) => b.length - a.length)[0];
  return fileArgument(holding === undefined ? filePath : relative(holding, filePath)) ?? { unwritable: "its name holds a NUL" };
}
