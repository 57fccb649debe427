import { fileKinds, type Config } from "../config/config.js";
import type { LintRun } from "./lintFile.js";

/** A LintRun as a worker receives it: plain data (the `files` matchers are functions). */
export interface PortableRun extends Omit<LintRun, "config"> {
  readonly config: Omit<Config, "files"> & { readonly files: readonly { readonly globs: readonly string[]; readonly kind: Config["files"][number]["kind"] }[] };
}

export function portableRun(run: LintRun): PortableRun {
  return { ...run, config: { ...run.config, files: run.config.files.map(({ globs, kind }) => ({ globs, kind })) } };
}

/** The LintRun again, its matchers compiled from the same globs. */
export function revivedRun(portable: PortableRun): LintRun {
  return { ...portable, config: { ...portable.config, files: fileKinds(portable.config.files.map(({ globs, kind }) => ({ glob: globs, kind }))) } };
}
