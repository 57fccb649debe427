import { lintedNameGlob } from "../files/lintedName.js";
import type { RegisterWatchers } from "./configWatchers.js";

/**
 * Asks the client to watch the files the server lints (`**` then `*.{json,http,rest}`, the names
 * the folder walk takes), so that it reports one changed outside the editor: the server reads an
 * open file's bytes on disk again then (diskEncoding.ts). Only the config was watched, so a
 * Latin-1 file rewritten as UTF-8 on disk (iconv, `git checkout`) kept its encoding fault when
 * the editor reloaded it, where the CLI found none (audit at cb582f2c). A string glob covers the
 * workspace folders alone, as the config's does; a client without dynamic registration of
 * watchers (Neovim by default) watches nothing, and one that refuses leaves the files unwatched:
 * then a save, or a change of a document whose bytes were found at fault, reads them again.
 */
export async function watchLintedFiles(register: RegisterWatchers | undefined): Promise<void> {
  if (register === undefined) return;
  try {
    await register([{ globPattern: lintedNameGlob }]);
  } catch {
    // The client refused it, or has gone: the files stay unwatched.
  }
}
