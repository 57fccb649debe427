import { compileOverrides, fileKinds, type Config, type Override } from "../config/config.js";
import type { LintRun } from "../lint/lintRun.js";

type PortableOverride = Omit<Override, "matches">;

/** A LintRun as a worker receives it: plain data (the `files` and `overrides` matchers are functions). */
export interface PortableRun extends Omit<LintRun, "config"> {
  readonly config: Omit<Config, "files" | "overrides"> & {
    readonly files: readonly { readonly globs: readonly string[]; readonly kind: Config["files"][number]["kind"] }[];
    readonly overrides: readonly PortableOverride[];
  };
}

export function portableRun(run: LintRun): PortableRun {
  return {
    ...run,
    config: {
      ...run.config,
      files: run.config.files.map(({ globs, kind }) => ({ globs, kind })),
      overrides: run.config.overrides.map(({ files, ignores, rules, settings }) => ({ files, ignores, rules, settings })),
    },
  };
}

/** The LintRun again, its matchers compiled from the same globs. */
export function revivedRun(portable: PortableRun): LintRun {
  return {
    ...portable,
    config: {
      ...portable.config,
      files: fileKinds(portable.config.files.map(({ globs, kind }) => ({ glob: globs, kind }))),
      overrides: compileOverrides(portable.config.overrides),
    },
  };
}
