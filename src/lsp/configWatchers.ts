import { dirname, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Disposable, FileSystemWatcher } from "vscode-languageserver";
import { configFileName } from "../config/findConfig.js";
import { namesBelow } from "../files/notPayload.js";
import { filePathOf } from "./filePathOf.js";

/** Asks the client to watch files for the server (client/registerCapability of workspace/didChangeWatchedFiles); disposed, the registration is withdrawn. */
export type RegisterWatchers = (watchers: FileSystemWatcher[]) => Promise<Disposable>;

/** A workspace folder's VS Code settings, below it. */
const vscodeSettingsGlob = ".vscode/settings.json";

/** The folder whose VS Code settings file this URI names, if it names one. */
export function vscodeSettingsOwner(uri: string): string | undefined {
  const path = filePathOf(uri);
  return path !== undefined && path.split(sep).slice(-2).join("/") === vscodeSettingsGlob ? dirname(dirname(path)) : undefined;
}

/** Whether a file lies in one of the workspace folders (at any depth). */
export function inWorkspace(filePath: string, workspaceFolders: readonly string[]): boolean {
  return workspaceFolders.some((folder) => namesBelow(folder, filePath) !== undefined);
}

/** The folders of the config files that lie outside every workspace folder, each once, sorted. */
export function foldersOutside(configFiles: Iterable<string>, workspaceFolders: readonly string[]): string[] {
  const outside = [...configFiles].filter((file) => !inWorkspace(file, workspaceFolders));
  return [...new Set(outside.map((file) => dirname(file)))].sort();
}

/** A watcher of the config file of one folder: LSP 3.17's RelativePattern, which a client watches wherever the folder is. */
const configIn = (folder: string): FileSystemWatcher => ({ globPattern: { baseUri: pathToFileURL(folder).href, pattern: configFileName } });

/**
 * The client's watchers of the config files the server reads. A string glob, `**` then the
 * name, is taken relative to the workspace folders: VS Code's createFileSystemWatcher reports
 * "no events from outside the workspace folders" for one, so the config of the monorepo case
 * (the workspace folder is packages/app, the config the repository root's) changed on a git pull
 * unseen, and the open documents kept the old config's findings. Those configs get a
 * RelativePattern each, based on their own folder, where the client takes relative patterns
 * (its workspace.didChangeWatchedFiles.relativePatternSupport); the set is registered anew as
 * it changes, one registration at a time. What no watcher reports, the server checks on disk
 * (WorkspaceConfigs.changedOnDisk).
 */
export class ConfigWatchers {
  readonly #register: RegisterWatchers | undefined;
  readonly #relativePatterns: boolean;
  #workspaceWatched = false;
  /** The folders whose config the registration in force watches, and that registration. */
  #outside: readonly string[] = [];
  #registration: Disposable | undefined;
  /** The folders last asked for, as a key: the registrations run one after another, and only the last asked for is made. */
  #wanted = "[]";
  #registering: Promise<void> = Promise.resolve();

  /** `register` is undefined for a client that takes no dynamic registration of watchers (Neovim by default): it watches nothing for the server. */
  constructor(register: RegisterWatchers | undefined, relativePatterns: boolean) {
    this.#register = register;
    this.#relativePatterns = relativePatterns;
  }

  /**
   * The glob over the workspace folders, registered once: a client applies it to every folder,
   * those added later too. A client that refuses it leaves the workspace's configs unwatched, and
   * checked on disk instead (WorkspaceConfigs.changedOnDisk); the refusal threw in the handler of
   * `initialized`, which then never registered the linted files' watcher nor pulled the settings.
   */
  async watchWorkspace(): Promise<void> {
    if (this.#register === undefined) return;
    try {
      // And the folders' .vscode/settings.json, whose json.schemas structure "editor" reads (editorSchemaSettings): a change re-lints the folder's documents.
      await this.#register([{ globPattern: `**/${configFileName}` }, { globPattern: `**/${vscodeSettingsGlob}` }]);
      this.#workspaceWatched = true;
    } catch {
      // The client refused it, or has gone.
    }
  }

  /** The config files read now: those outside the workspace folders are watched from here on, and those no longer read are let go. */
  follow(configFiles: Iterable<string>, workspaceFolders: readonly string[]): void {
    if (this.#register === undefined || !this.#relativePatterns) return;
    const folders = foldersOutside(configFiles, workspaceFolders);
    const key = JSON.stringify(folders);
    if (key === this.#wanted) return;
    this.#wanted = key;
    this.#registering = this.#registering.then(() => this.#registerFolders(folders, key));
  }

  /** The new registration first, then the old one withdrawn: a change in between is reported by one of them. */
  async #registerFolders(folders: readonly string[], key: string): Promise<void> {
    // A later set has been asked for since: its own turn comes next.
    if (key !== this.#wanted) return;
    try {
      const registration = folders.length === 0 ? undefined : await this.#register!(folders.map(configIn));
      this.#registration?.dispose();
      this.#registration = registration;
      this.#outside = folders;
    } catch {
      // The client refused it, or has gone: those configs stay unwatched, and are checked on disk instead.
    }
  }

  /** Whether a watcher of the client reports changes of this config file. */
  watches(configFile: string, workspaceFolders: readonly string[]): boolean {
    return this.#outside.includes(dirname(configFile)) || (this.#workspaceWatched && inWorkspace(configFile, workspaceFolders));
  }
}
