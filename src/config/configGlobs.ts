import { globMatcher } from "../glob/globMatcher.js";
import { UnreadableGlob } from "../glob/unreadableGlob.js";
import type { ConfigFile } from "./config.js";
import { configPattern } from "./ignoreDecision.js";

/** One glob of a config file: its key as a user reads it (`ignores[2]`), its JSON Pointer, the list it stands in, and how the config reads it. */
export interface ConfigGlob {
  readonly key: string;
  readonly pointer: string;
  readonly glob: string;
  /** `files`: a files entry's or an override's; `ignores`: the top-level list; `entryIgnores`: an override's. */
  readonly list: "files" | "ignores" | "entryIgnores";
  readonly read: (glob: string) => unknown;
}

const asFiles = (glob: string): unknown => globMatcher(glob, { dot: true });

/** Every glob of the config, with where it stands: `files`, `ignores` and `overrides`' `files` and `ignores`. */
export function configGlobs(file: ConfigFile): ConfigGlob[] {
  const list = (globs: string | readonly string[], key: string, pointer: string, kind: ConfigGlob["list"], read: ConfigGlob["read"]): ConfigGlob[] =>
    typeof globs === "string" ? [{ key, pointer, glob: globs, list: kind, read }] : globs.map((glob, i) => ({ key: `${key}[${i}]`, pointer: `${pointer}/${i}`, glob, list: kind, read }));
  return [
    ...(file.files ?? []).flatMap(({ glob }, i) => list(glob, `files[${i}].glob`, `/files/${i}/glob`, "files", asFiles)),
    ...list(file.ignores ?? [], "ignores", "/ignores", "ignores", configPattern),
    ...(file.overrides ?? []).flatMap(({ files, ignores = [] }, i) => [
      ...list(files, `overrides[${i}].files`, `/overrides/${i}/files`, "files", asFiles),
      ...list(ignores, `overrides[${i}].ignores`, `/overrides/${i}/ignores`, "entryIgnores", configPattern),
    ]),
  ];
}

/**
 * The first of the config's globs that cannot be matched, said where it stands: `ignores[2]`,
 * at the position `place` gives its pointer. Read before the config is compiled, so that the
 * error names the file and the key, not the glob alone.
 */
export function unreadableConfigGlob(file: ConfigFile, place: (pointer: string) => string): string | undefined {
  for (const { key, pointer, glob, read } of configGlobs(file)) {
    try {
      read(glob);
    } catch (error) {
      if (error instanceof UnreadableGlob) return `${place(pointer)}: ${error.from(key).message}`;
      throw error;
    }
  }
  return undefined;
}
