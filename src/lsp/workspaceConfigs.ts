import { dirname } from "node:path";
import { emptyConfig, type Config } from "../config/config.js";
import { findConfig } from "../config/findConfig.js";
import { loadConfig } from "../config/loadConfig.js";

/** A config as the server holds it: usable, or broken (the run goes on with the defaults, and says why). */
export interface LoadedConfig {
  readonly config: Config;
  /** Why the config file could not be used, if it could not. */
  readonly problem?: string;
}

/**
 * The configs of the open documents, each file read once until it changes: the nearest
 * oms-lint.config.json upward from the folder the CLI would run in (see runFolder), as the
 * CLI finds it from its working directory. `forget()` drops them all when a config file is created, changed or
 * deleted (workspace/didChangeWatchedFiles), or the workspace folders change, so the next lint reads them afresh.
 */
export class WorkspaceConfigs {
  readonly #byFolder = new Map<string, string | undefined>();
  readonly #byFile = new Map<string, Promise<LoadedConfig>>();

  /** The config found upward from `folder` (none: the defaults). */
  configFor(folder: string | undefined): Promise<LoadedConfig> {
    if (folder === undefined) return Promise.resolve({ config: emptyConfig(process.cwd()) });
    let configPath = this.#byFolder.get(folder);
    if (!this.#byFolder.has(folder)) {
      configPath = findConfig(folder);
      this.#byFolder.set(folder, configPath);
    }
    if (configPath === undefined) return Promise.resolve({ config: emptyConfig(folder) });
    let loaded = this.#byFile.get(configPath);
    if (loaded === undefined) {
      loaded = loadConfig(configPath, dirname(configPath)).then(
        (config) => ({ config }),
        (error: Error) => ({ config: emptyConfig(dirname(configPath)), problem: error.message }),
      );
      this.#byFile.set(configPath, loaded);
    }
    return loaded;
  }

  forget(): void {
    this.#byFolder.clear();
    this.#byFile.clear();
  }

  /**
   * Drops what no folder of `inUse` needs (the run folders of the open documents): each
   * document opened outside the workspace folders adds its own folder, and an editor opens
   * such documents all day. Read again, if one of them is opened again.
   */
  keepOnly(inUse: ReadonlySet<string | undefined>): void {
    for (const folder of this.#byFolder.keys()) if (!inUse.has(folder)) this.#byFolder.delete(folder);
    const files = new Set(this.#byFolder.values());
    for (const file of this.#byFile.keys()) if (!files.has(file)) this.#byFile.delete(file);
  }

  /** How many folders and config files it holds, for the tests. */
  get held(): number {
    return this.#byFolder.size + this.#byFile.size;
  }
}
