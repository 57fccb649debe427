import { fileStamp } from "./fileStamp.js";
import { dirname, join } from "node:path";
import { emptyConfig, type Config } from "../config/config.js";
import { configFileName, findConfig, isFile } from "../config/findConfig.js";
import { loadConfig } from "../config/loadConfig.js";

/** A config as the server holds it: usable, or broken (the run goes on with the defaults, and says why). */
export interface LoadedConfig {
  readonly config: Config;
  /** Why the config file could not be used, if it could not. */
  readonly problem?: string;
  /** The config file's path, named when it could not be used (in a workspace of several folders, which one). */
  readonly path?: string;
}

/** The config paths in `folder` and the folders above it, up to the folder of `found` (not its own) or, found none, the root. */
function nearerPlaces(folder: string, found: string | undefined): string[] {
  const stop = found === undefined ? undefined : dirname(found);
  const places: string[] = [];
  for (let dir = folder; dir !== stop; dir = dirname(dir)) {
    places.push(join(dir, configFileName));
    if (dirname(dir) === dir) break;
  }
  return places;
}

/**
 * The configs of the open documents, each file read once until it changes: the nearest
 * oms-lint.config.json upward from the folder the CLI would run in (see runFolder), as the
 * CLI finds it from its working directory. `forget()` drops them all when a config file is created, changed or
 * deleted (workspace/didChangeWatchedFiles, or changedOnDisk for one no watcher reports), or the workspace
 * folders change, so the next lint reads them afresh.
 */
export class WorkspaceConfigs {
  readonly #byFolder = new Map<string, string | undefined>();
  /**
   * For each folder held, where a config file would be found before the one it finds (or, finding
   * none, anywhere above it): a config made there is its config from then on. Above the
   * workspace folder no client reports one made (found by audit: a config added at a monorepo's
   * root went unseen until the editor restarted).
   */
  readonly #nearerOf = new Map<string, readonly string[]>();
  /** Those places, each once, with how many held folders count it: folders share the places above them, and each is looked at once a check (audit: 500 folders 5 deep took 4,500 stats a keystroke for 2,005 places). */
  readonly #places = new Map<string, number>();
  /** Each config file read, and its stamp (fileStamp) when it was read. */
  readonly #byFile = new Map<string, { readonly loaded: Promise<LoadedConfig>; readonly stamp: string | undefined }>();
  /** How many of the folders held find each config file. */
  readonly #finders = new Map<string, number>();
  /** The run folder of each open document, and how many open documents run in each folder. */
  readonly #folderOf = new Map<string, string | undefined>();
  readonly #users = new Map<string | undefined, number>();

  /** The config found upward from `folder` (none: the defaults). */
  configFor(folder: string | undefined): Promise<LoadedConfig> {
    if (folder === undefined) return Promise.resolve({ config: emptyConfig(process.cwd()) });
    let configPath = this.#byFolder.get(folder);
    if (!this.#byFolder.has(folder)) {
      configPath = findConfig(folder);
      this.#byFolder.set(folder, configPath);
      this.#holdPlaces(folder, nearerPlaces(folder, configPath));
      if (configPath !== undefined) this.#finders.set(configPath, (this.#finders.get(configPath) ?? 0) + 1);
    }
    if (configPath === undefined) return Promise.resolve({ config: emptyConfig(folder) });
    let read = this.#byFile.get(configPath);
    if (read === undefined) {
      // Taken before the read: a change during it makes the next check read the file again.
      const stamp = fileStamp(configPath);
      const loaded = loadConfig(configPath, dirname(configPath)).then(
        (config) => ({ config }),
        (error: Error) => ({ config: emptyConfig(dirname(configPath)), problem: error.message, path: configPath }),
      );
      read = { loaded, stamp };
      this.#byFile.set(configPath, read);
    }
    return read.loaded;
  }

  forget(): void {
    this.#byFolder.clear();
    this.#nearerOf.clear();
    this.#places.clear();
    this.#byFile.clear();
    this.#finders.clear();
  }

  /** The config files held: those the open documents read. */
  get files(): IterableIterator<string> {
    return this.#byFile.keys();
  }

  /**
   * Whether a config file held that no watcher of the client reports (`watched` says which
   * are) has changed on disk since it was read: a git pull, where the client watches no files
   * for the server or only inside its workspace folders; or a config made, unreported, where a
   * held folder's would be found first. One stat of each config held and of each such place,
   * each once however many folders share it: cheap enough for every open and change of a document.
   */
  changedOnDisk(watched: (configFile: string) => boolean): boolean {
    for (const [file, { stamp }] of this.#byFile) if (!watched(file) && fileStamp(file) !== stamp) return true;
    // A config made where one would be found first: the folders' configs are found again. Told as
    // findConfig tells one (isFile: a link that cannot be followed is one, and read says why); a link loop there threw at every keystroke (audit).
    for (const place of this.#places.keys()) if (!watched(place) && isFile(place)) return true;
    return false;
  }

  #holdPlaces(folder: string, places: readonly string[]): void {
    this.#nearerOf.set(folder, places);
    for (const place of places) this.#places.set(place, (this.#places.get(place) ?? 0) + 1);
  }

  #letGoOfPlaces(folder: string): void {
    for (const place of this.#nearerOf.get(folder) ?? []) {
      const left = (this.#places.get(place) ?? 1) - 1;
      if (left > 0) this.#places.set(place, left);
      else this.#places.delete(place);
    }
    this.#nearerOf.delete(folder);
  }

  /** A document was opened; `folder` is where it runs (runFolder). */
  opened(uri: string, folder: string | undefined): void {
    this.#folderOf.set(uri, folder);
    this.#users.set(folder, (this.#users.get(folder) ?? 0) + 1);
  }

  /**
   * A document was closed. Once no open document runs in its folder, the folder's config is
   * let go (and read again if one is opened there again): each document opened outside the
   * workspace folders adds its own folder, and an editor opens such documents all day. Counted,
   * so that closing one of n documents costs the same whatever n is. Returns that folder, when
   * no open document runs there any more (what else is held for it may go too).
   */
  closed(uri: string): string | undefined {
    if (!this.#folderOf.has(uri)) return undefined;
    const folder = this.#folderOf.get(uri);
    this.#folderOf.delete(uri);
    const left = (this.#users.get(folder) ?? 1) - 1;
    if (left > 0) return void this.#users.set(folder, left);
    this.#users.delete(folder);
    if (folder !== undefined) this.#letGoOfFolder(folder);
    return folder;
  }

  /** The config of a folder no open document runs in: let go, and the config file with it once no folder held finds it. */
  #letGoOfFolder(folder: string): void {
    if (!this.#byFolder.has(folder)) return;
    const file = this.#byFolder.get(folder);
    this.#byFolder.delete(folder);
    this.#letGoOfPlaces(folder);
    if (file === undefined) return;
    const finders = (this.#finders.get(file) ?? 1) - 1;
    if (finders > 0) return void this.#finders.set(file, finders);
    this.#finders.delete(file);
    this.#byFile.delete(file);
  }

  /** The workspace folders changed: each open document's folder is found again (after forget(), which dropped the configs). */
  refolder(folderOf: (uri: string) => string | undefined): void {
    const uris = [...this.#folderOf.keys()];
    this.#folderOf.clear();
    this.#users.clear();
    for (const uri of uris) this.opened(uri, folderOf(uri));
  }

  /** The open documents it counts, for the tests. */
  get documents(): IterableIterator<string> {
    return this.#folderOf.keys();
  }

  /** How many folders and config files it holds, for the tests. */
  get held(): number {
    return this.#byFolder.size + this.#nearerOf.size + this.#places.size + this.#byFile.size + this.#finders.size + this.#users.size;
  }
}
