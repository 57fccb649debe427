import { basename, dirname, join } from "node:path";
import { realPathOrAsGiven } from "../files/fileFacts.js";

/**
 * One key per file however the command line reached it: `ws/fixtures/a.json` and
 * `repo/fixtures/a.json`, with ws a link to repo, are one file, and were linted and counted
 * twice (fix audit). A folder's real path is asked once (a walked file's key is its root's real
 * path and its path below the root); a link to a file keeps its own name, as a walk keeps it.
 */
export function realPathKeys(): { ofFile(path: string): string; below(root: string, path: string): string } {
  const realFolders = new Map<string, string>();
  const realFolder = (folder: string): string => {
    let real = realFolders.get(folder);
    if (real === undefined) {
      // Unreadable or gone: the file's fault is told under the name given.
      real = realPathOrAsGiven(folder);
      realFolders.set(folder, real);
    }
    return real;
  };
  const ofFile = (path: string) => join(realFolder(dirname(path)), basename(path));
  return {
    ofFile,
    below: (root, path) => (path.startsWith(root) ? realFolder(root) + path.slice(root.length) : ofFile(path)),
  };
}
