import { dirname } from "node:path";
import { namesBelow } from "../files/notPayload.js";

/**
 * The folder the config of a document is looked up from: where `npx oms-lint` runs for it.
 * The CLI reads one config for a run, the nearest above its working folder (as ESLint 9's
 * flat config is found from cwd), and an editor's user runs it from the workspace folder: a
 * document in a workspace folder takes that folder (the innermost, in a multi-root
 * workspace), never a config nearer to the document. A document outside every folder takes
 * its own folder (as a user would run the CLI there); an untitled one, the first folder.
 */
export function runFolder(filePath: string | undefined, workspaceFolders: readonly string[]): string | undefined {
  if (filePath === undefined) return workspaceFolders[0];
  const holding = workspaceFolders.filter((folder) => namesBelow(folder, filePath) !== undefined);
  return holding.sort((a, b) => b.length - a.length)[0] ?? dirname(filePath);
}
