import { basename } from "node:path";
import { realPathOf } from "../files/fileFacts.js";

/**
 * Whether a file a walk or a glob found is one of oms-lint's own (the config, the suppressions
 * record, the cache, this run's reports: absolute paths), however either is spelt. Compared as
 * spelt, a config reached through a link (oms-lint.config.json -> configs/oms-lint.json) was
 * linted as a payload where the walk found it at its real path (CLI review), as -o's and the
 * suppressions' checks compare by real path (isRunInput). A found file's real path is asked only
 * when its name is an own file's real name: asked of every file, realpathSync took 1.1 s for
 * 20,000 files (measured), where a walk of 100,000 takes 0.33 s. A link the walk finds under
 * another name is left to the content checks (a report, the cache and a record that holds counts
 * are told by what they hold; a link to the config, or to an empty record `{}`, is linted).
 */
export function ownFileMatch(ownFiles: readonly string[]): (file: string) => boolean {
  const spelt = new Set(ownFiles);
  const real = new Set(ownFiles.map(realPathOf));
  const realNames = new Set([...real].map((path) => basename(path)));
  return (file) => spelt.has(file) || real.has(file) || (realNames.has(basename(file)) && real.has(realPathOf(file)));
}
