import { ownField } from "../engine/ownField.js";
import { deferredUpdate } from "./deferredUpdate.js";
import { fileConfig } from "../config/fileConfig.js";
import { basename } from "node:path";
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type ExecuteCommandParams,
  type FileSystemWatcher,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFoldersChangeEvent,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { isDeepStrictEqual } from "node:util";
import type { Config } from "../config/config.js";
import { configFileName } from "../config/findConfig.js";
import { packageInfo } from "../builtIn/packageInfo.js";
import { escapeControls } from "../formatters/displayText.js";
import type { LintMessage, LintResult } from "../lint/lintResult.js";
import { defaultServerSettings, lintDocument, type DocumentLint, type EditorDocument } from "./documentLint.js";
import { messageRange, rangeContains, toDiagnostic } from "./diagnostics.js";
import { documentEdit } from "./documentEdit.js";
import { fixAllEdits, fixAllOffered } from "./fixEdits.js";
import { findingHelp, helpMarkdown } from "./ruleHelp.js";
import { constraintPassageTable } from "../generated/constraintPassages.js";
import { ruleDocsLinks } from "./ruleDocsLink.js";
import { explainSplitCommand, requestFileSplitAdvice, splitAdvice } from "./splitAdvice.js";
import { limitsOf } from "../lint/oversizedValue.js";
import { splitFileArgument } from "./splitCommandLine.js";
import { quickFixActions } from "./quickFixActions.js";
import { oneAtATime } from "./oneAtATime.js";
import { PendingLints } from "./pendingLints.js";
import { filePathOf } from "./filePathOf.js";
import { runFolder } from "./runFolder.js";
import { vscodeSettingsFolder } from "./vscodeSettingsFolder.js";
import { WorkspaceConfigs } from "./workspaceConfigs.js";
import { SuppressionRecords, suppressedIn } from "./suppressionRecords.js";
import { suppressionsFileName } from "../files/suppressionsFileName.js";
import { ConfigWatchers, vscodeSettingsOwner, type RegisterWatchers } from "./configWatchers.js";
import { watchLintedFiles } from "./lintedFileWatchers.js";
import { checkedDocumentSync, ignoring, refusing } from "./checkedHandlers.js";
import {
  codeActionProblem,
  codeActionResolveProblem,
  configurationProblem,
  executeCommandProblem,
  foldersChangeProblem,
  hoverProblem,
  watchedFilesProblem,
} from "./lspParams.js";
import { changedFolders, initialFolders } from "./workspaceFolders.js";
import { lostTexts } from "./lostTexts.js";
import { droppedWatchedFilesMethod, droppedWatchedFilesProblem, type DroppedWatchedFiles } from "./droppedWatchedFiles.js";
import { readSettings } from "./clientSettings.js";
import { diskEncodingFault } from "./diskEncoding.js";
import { matchesSaved } from "./savedText.js";
import type { EncodingFault } from "../source/encodingFault.js";

/** The code action kind of "fix everything oms-lint can" (VS Code's editor.codeActionsOnSave names it). */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.oms-lint`;
/** The command that applies every safe fix through workspace/applyEdit (for clients that bind commands, such as Neovim). */
export const fixAllCommand = "oms-lint.fixAll";
/** Typing pauses this long before a document is linted again; opening a document lints it at once. */
export const debounceMs = 150;

const fixAllTitle = "Fix all oms-lint problems that have a safe fix";

/**
 * The answer to a fix-all while another's edit awaits the client's answer to workspace/applyEdit:
 * each held its request, params and all, for as long as the client made it wait, and 70 within
 * the message limits to a client that never answers took the server to 4.41 GB and a crash.
 */
const editNotAnswered = () =>
  new ResponseError(LSPErrorCodes.RequestFailed, "oms-lint: workspace/executeCommand: the editor has not answered the last fix-all's edit of this document (workspace/applyEdit); ask again once it has");

/**
 * How many documents' fix-all edits may await the client's answer at once: one a document (a
 * client that fixes every buffer on `:wa` asks for several together, and answers each: found by
 * the audit of the first version, one in the whole server), and no more than this in all, so that
 * a client that never answers holds at most this many requests.
 */
const maxFixAllsAwaiting = 8;

const tooManyAwaiting = () =>
  new ResponseError(LSPErrorCodes.RequestFailed, `oms-lint: workspace/executeCommand: the editor has not answered the fix-all edits of ${maxFixAllsAwaiting} documents (workspace/applyEdit); ask again once it has`);

/** Which document, at which version, a fix-all action offered without its edit is for. */
interface FixAllData {
  readonly uri: string;
  readonly version: number;
}

/** What the server last published for a document, with what it needs to answer code actions and hovers. */
interface Linted {
  readonly version: number;
  readonly lint: DocumentLint | undefined;
  readonly config: Config;
  /** The reload (of configs, folders or settings) in force when its lint began: an entry of an older one answers no request. */
  readonly reload: number;
  readonly bom: boolean;
  /** The diagnostics published for this version. */
  readonly diagnostics: readonly Diagnostic[];
}

/** A document's text at one version and its findings, to answer a request against. */
interface Found {
  readonly document: TextDocument;
  readonly entry: Linted & { readonly lint: DocumentLint };
}

/** An untitled document's name (untitled:Untitled-1): enough to tell .http from .json, never a path for the config. */
function nameOf(uri: string): string {
  return decodeURIComponent(uri.replace(/^[a-z][a-z0-9+.-]*:/i, "").replace(/[?#].*$/, ""));
}

/** What a running server holds, for its tests. */
export interface ServerState {
  /** The documents that any of its per-document tables still names: the open ones, and none once closed. */
  readonly heldDocuments: () => number;
  /** The folders and config files it holds configs for, and the folders it holds suppressions records for: those of the open documents. */
  readonly heldConfigs: () => number;
  /** An open document's text and version, as the server has them. */
  readonly document: (uri: string) => { readonly version: number; readonly text: string } | undefined;
  /** The end has come (the input ended, or `exit`): the lints put off are run now, and those under way awaited (PendingLints). */
  readonly finishLints: () => Promise<void> | undefined;
  /** The lint runs started for an open document (requests' lints too): what a config change costs. */
  readonly lintRuns: (uri: string) => number;
  /**
   * How long a re-lint of every open document waits for a pause (debounceMs). A test that counts
   * the re-lints of a burst makes it longer than any stall of a busy machine and then runs the
   * lints due with finishLints, so that what it counts does not depend on the machine's speed.
   */
  readonly pauseRelints: (ms: number) => void;
}

/**
 * The oms-lint language server: diagnostics for every rule on open and change (debounced,
 * stale versions dropped, cleared on close), quick fixes and fix-all, an explanation of how
 * to split a mixed order, hovers with the passage of the finding's constraint or rule, and the config re-read when it
 * changes or the workspace folders do. Everything it lints goes through the CLI's own path (config, kinds, rules).
 * `typingPause`: how long a change waits for its lint, and a config's re-lint of every document (debounceMs; tests that only wait for the lint ask for 0).
 */
export function startServer(connection: Connection, typingPause = debounceMs): ServerState {
  const documents = new TextDocuments({ create: TextDocument.create, update: deferredUpdate });
  const configs = new WorkspaceConfigs();
  /** The CLI's suppressions records of the folders the open documents run in: the errors the CLI leaves out, the editor does too. */
  const records = new SuppressionRecords();
  const linted = new Map<string, Linted>();
  const pending = new PendingLints((uri) => {
    // A reload's lints have begun: a reload asked for after this is another, told again (toldRelints).
    toldRelints = new Set();
    return lint(uri).then(() => undefined, reportLintFailure);
  });
  /**
   * The documents whose re-lint belongs to the reload the log last told (that any watched file may
   * have changed), until a lint begins: one line per coalesced reload. A reload asked for while any
   * of them is still due is the same reload. With none due (no document open, or the ones open
   * closed before their re-lint began) a reload is done at once, and the next is another (audit
   * at 6b7bdcac: with no document open, the line was said once and then never again). A lint due
   * for another reason (a didOpen's) is not the told reload's (audit at a9ffd1e2: any lint due
   * kept the batch read after a didOpen untold).
   */
  let toldRelints: ReadonlySet<string> = new Set();
  /**
   * How many reloads (a config created, changed or deleted, the workspace folders or the settings
   * changed) there have been. Their re-lints wait for a pause; a request in it was answered from the
   * last lint, of the old config (audit: fix-all edited a file the saved config ignores): one
   * about a document linted before the last reload lints it now, as one about an unlinted change does.
   */
  let reloads = 0;
  /** Lint runs started for each open document: a config change re-lints without a new version, and the later run wins. */
  const runs = new Map<string, number>();
  const opened = new Set<string>();
  /**
   * The open files' bytes on disk as the CLI judges them (diskEncoding.ts): read at the first lint
   * after the file was opened or saved, or the client's watcher said it changed; not at each
   * keystroke, unless the last read found a fault (then at each lint after a change).
   */
  const onDisk = new Map<string, EncodingFault | undefined>();
  /** The configs and suppressions records whose problem has been shown: once for each reading, and let go with it. */
  const reported = new WeakSet<object>();
  const info = packageInfo();
  /** What initializationOptions set: in force wherever the client's settings say nothing. */
  let initSettings = defaultServerSettings;
  let settings = defaultServerSettings;
  /** The last setting told as one the server does not take: the same one read again is not told again. */
  let settingsProblem: string | undefined;
  /** The workspace folders (paths), where `npx oms-lint` would run; the client says when they change. */
  let workspaceFolders: string[] = [];
  let pullSettings = false;
  /** Whether the client sends workspace/didChangeWorkspaceFolders (its workspace.workspaceFolders capability). */
  let folderChanges = false;
  /** The client's watchers of the config files (none until initialize says what the client takes). */
  let watchers = new ConfigWatchers(undefined, false);
  /** How the server asks the client to watch files (undefined: the client takes no dynamic registration of watchers). */
  let register: RegisterWatchers | undefined;
  /** Whether the client takes edits that name their document's version (and refuses them once it has moved on). */
  let versionedEdits = false;
  /** Whether the client asks codeAction/resolve for an action's edit (VS Code does), so that fix-all's is made only when chosen. */
  let resolvesEdits = false;
  /** Whether the client sends didSave (its textDocument.synchronization.didSave capability), which carries the text: a lost document's is taken from it. */
  let savesText = false;

  const docsUrl = ruleDocsLinks(info);
  /** Each schema constraint's own passage, for the hovers (parsed once, here, never by a plain validate()). */
  const passages = constraintPassageTable();

  /** Open documents whose text the server lost (a change it could not read): nothing is published or offered for them until a whole text comes. */
  const stale = lostTexts(
    connection,
    documents,
    (uri) => {
      pending.cancel(uri);
      linted.delete(uri);
      // A lint under way publishes nothing.
      runs.set(uri, (runs.get(uri) ?? 0) + 1);
    },
    (uri) => escapeControls(filePathOf(uri) ?? nameOf(uri)),
    () => savesText,
  );

  /** Where the CLI would run for a document: its config is looked up from there. */
  const folderOf = (uri: string) => runFolder(filePathOf(uri), workspaceFolders);

  /**
   * Lints a document's text as it is now and publishes the findings, unless a newer version
   * or a later run has come meanwhile: that one publishes. `answering` a request, the findings
   * of the text as it was when the request came are returned even then (the request was sent
   * before the newer text), unless the document was closed.
   */
  async function lint(uri: string, answering = false): Promise<Found | undefined> {
    const document = documents.get(uri);
    if (document === undefined || stale.has(uri)) return undefined;
    const { version } = document;
    // The text the request was sent after: the document object takes the changes that come while the config is read.
    const asSent = answering ? TextDocument.create(uri, document.languageId, version, document.getText()) : document;
    // A config or folder change re-lints a document without a new version: the later run wins.
    const run = (runs.get(uri) ?? 0) + 1;
    runs.set(uri, run);
    // Taken before the config is read: a reload meanwhile leaves this lint's entry of the older one.
    const reload = reloads;
    const filePath = filePathOf(uri);
    const folder = folderOf(uri);
    const loaded = await configs.configFor(folder);
    watchers.follow(configs.files, workspaceFolders);
    const problem = ownField(loaded, "problem");
    if (problem !== undefined && !reported.has(loaded)) {
      reported.add(loaded);
      // A notification, not window/showMessageRequest: a client that does not implement that request answers an error, which ended the server.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `oms-lint: ${configProblem(problem, escapeControls(ownField(loaded, "path") ?? ""))}; the config cannot be used, so every rule runs at its default` });
    }
    // A newer version arrived while the config was read, or a later run started (the configs
    // changed): that one publishes, so that an earlier config's findings never land last. A
    // document closed and opened again is another object, though its version starts at 1 again.
    const superseded = documents.get(uri) !== document || document.version !== version || runs.get(uri) !== run;
    if (superseded && (!answering || documents.get(uri) === undefined)) return undefined;
    const text = asSent.getText();
    const named: EditorDocument = filePath === undefined ? { name: nameOf(uri), languageId: document.languageId } : { filePath, encodingFault: () => encodingOnDisk(uri, filePath, loaded.config), settingsFolder: vscodeSettingsFolder(filePath, workspaceFolders) ?? null };
    const suppress = filePath === undefined || folder === undefined ? undefined : recordSuppression(folder, filePath);
    const lintResult = lintDocument(named, text, loaded.config, settings, filePath === undefined ? undefined : folder, suppress);
    const bom = text.charCodeAt(0) === 0xfeff;
    const diagnostics = lintResult?.result.messages.map((m) => toDiagnostic(m, bom, docsUrl)) ?? [];
    const entry: Linted = { version, lint: lintResult, config: loaded.config, reload, bom, diagnostics };
    const found = lintResult === undefined ? undefined : { document: asSent, entry: { ...entry, lint: lintResult } };
    if (superseded) return found;
    const before = linted.get(uri);
    linted.set(uri, entry);
    // Linted again at the same version (the settings pulled after the open, a config change):
    // published again only if the findings differ, as LSP's newest push replaces the last.
    if (before?.version === version && isDeepStrictEqual(before.diagnostics, diagnostics)) return found;
    await connection.sendDiagnostics({ uri, version, diagnostics });
    return found;
  }

  /**
   * What the suppressions record of the folder a file runs in leaves out of its result, as the
   * CLI run there leaves it out of its report; a record the CLI refuses is told once for each
   * reading (the CLI exits 2 on it), and applied nowhere.
   */
  function recordSuppression(folder: string, filePath: string): (result: LintResult) => LintResult {
    const record = records.recordIn(folder);
    const problem = ownField(record, "problem");
    if (problem !== undefined && !reported.has(record)) {
      reported.add(record);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `oms-lint: ${escapeControls(problem)}; it is not applied in the editor until it is fixed (the command line refuses to run on it)` });
    }
    return (result) => suppressedIn(record, folder, filePath, result);
  }

  function encodingOnDisk(uri: string, filePath: string, config: Config): EncodingFault | undefined {
    if (!onDisk.has(uri)) onDisk.set(uri, diskEncodingFault(filePath, config));
    return onDisk.get(uri);
  }

  /**
   * An open file's bytes on disk may have changed (saved, perhaps in another encoding; changed
   * outside the editor): read again at its next lint, after the pause every re-lint waits for
   * (relintAll's), so that a burst of watched changes is one lint, not one each.
   */
  function rereadFromDisk(uri: string): void {
    if (documents.get(uri) === undefined) return;
    onDisk.delete(uri);
    pending.schedule(uri, relintPause);
  }

  /**
   * A lint that failed is told in the client's log. One that publishes after the client went
   * (its output closed, or the end's bounded wait over) failed for that reason, and the log
   * goes over the same closed connection, which throws: there is no one left to tell.
   */
  function reportLintFailure(error: Error): void {
    try {
      connection.console.error(`oms-lint: ${escapeControls(error.message)}`);
    } catch {
      // The connection is closed.
    }
  }

  /**
   * Every open document linted again once the requests pause (debounceMs), as typing waits: the
   * lint due replaces the one due before, so config changes sent back to back are one reload of
   * each document (at most one under way and one due). Each one scheduled at once had 2,000
   * dropped didChangeWatchedFiles relint 10 open orders about 2,000 times, unbounded (audit at
   * 0ad97054): the incoming messages are read one per turn of the event loop, between lints.
   */
  function relintAll(): void {
    for (const document of documents.all()) pending.schedule(document.uri, relintPause);
  }
  /** How long relintAll waits for a pause: typing's, longer in a test that must not depend on the machine's speed (ServerState.pauseRelints). */
  let relintPause = typingPause;

  /**
   * workspace/configuration, one request at a time: each didChangeConfiguration asked again, and
   * a client slow to answer (or that never does) piled the requests up in vscode-jsonrpc's table
   * of pending ones, one per notification.
   */
  const pullClientSettings = oneAtATime(async () => {
    takeSettings(await connection.workspace.getConfiguration("omsLint"), "the omsLint settings");
  });

  async function refreshSettings(pushed: unknown): Promise<void> {
    if (pullSettings) return pullClientSettings();
    takeSettings((pushed as { omsLint?: unknown } | null | undefined)?.omsLint, "the omsLint settings");
  }

  /** The client's section: its value where it sets one, the initializationOptions' where it sets none, the value in force where it sets one the server does not take (told once). */
  function takeSettings(value: unknown, where: string): void {
    const reading = readSettings(value, where);
    const problem = ownField(reading, "problem");
    if (problem === undefined) {
      settingsProblem = undefined;
      const taken = ownField(reading, "settings") ?? initSettings;
      if (!isDeepStrictEqual(taken, settings)) reloads++;
      settings = taken;
    } else tellSettingsProblem(problem);
  }

  /** A setting the server does not take, told once however often the client sends it again. */
  function tellSettingsProblem(problem: string): void {
    if (problem === settingsProblem) return;
    settingsProblem = problem;
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `oms-lint: ${problem}; structure stays ${JSON.stringify(settings.structure)}` });
  }

  // Params LSP does not allow never get here: the lifecycle gate (serveStreams) refuses them,
  // and the server stays uninitialized so that the client may send a better initialize.
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspaceFolders = initialFolders(params, (line) => connection.console.warn(escapeControls(line)));
    folderChanges = params.capabilities.workspace?.workspaceFolders === true;
    pullSettings = params.capabilities.workspace?.configuration === true;
    const watching = params.capabilities.workspace?.didChangeWatchedFiles;
    register = watching?.dynamicRegistration === true ? (list: FileSystemWatcher[]) => connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: list }) : undefined;
    watchers = new ConfigWatchers(register, watching?.relativePatternSupport === true);
    versionedEdits = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    resolvesEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties?.includes?.("edit") === true;
    savesText = params.capabilities.textDocument?.synchronization?.didSave === true;
    const reading = readSettings(params.initializationOptions, "initializationOptions");
    initSettings = ownField(reading, "settings") ?? defaultServerSettings;
    settings = initSettings;
    const problem = ownField(reading, "problem");
    if (problem !== undefined) tellSettingsProblem(problem);
    return {
      capabilities: {
        // Each save carries the document's text, so that one whose change the server could not read
        // (lostTexts) is linted again from it; any other document's is not read.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: true } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind], resolveProvider: true },
        hoverProvider: true,
        executeCommandProvider: { commands: [explainSplitCommand, fixAllCommand] },
        // LSP 3.17: a client sends workspace/didChangeWorkspaceFolders to a server that asks here.
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "oms-lint", version: info.version },
    };
  });

  connection.onInitialized(async () => {
    // Subscribed here, not in onInitialize: vscode-languageserver registers the notification
    // dynamically unless the initialize result asked for it, which it reads only once
    // onInitialize has returned; and it throws for a client that never sends it.
    if (folderChanges) connection.workspace.onDidChangeWorkspaceFolders(ignoring(connection, "workspace/didChangeWorkspaceFolders", foldersChangeProblem, foldersChanged));
    await watchers.watchWorkspace();
    await watchLintedFiles(register);
    if (pullSettings) {
      await refreshSettings(undefined);
      relintAll();
    }
  });

  connection.onDidChangeConfiguration(
    ignoring(connection, "workspace/didChangeConfiguration", configurationProblem, async ({ settings: pushed }: DidChangeConfigurationParams) => {
      await refreshSettings(pushed);
      relintAll();
    }),
  );

  /**
   * A config was created, changed or deleted, or the workspace folders changed: read the
   * configs afresh and re-lint the open documents.
   */
  function configChanged(): void {
    reloads++;
    configs.forget();
    records.forget();
    relintAll();
  }

  /**
   * Folders were added to or removed from the workspace: each document's run folder may be
   * another now (runFolder). The configs read so far are dropped too: the client watches
   * config files only inside its workspace folders, so one read for a folder while it was
   * outside them (or before it was removed) may have changed unseen.
   */
  function foldersChanged(event: WorkspaceFoldersChangeEvent): void {
    workspaceFolders = changedFolders(workspaceFolders, event);
    configChanged();
    configs.refolder(folderOf);
  }

  /** A config, or a suppressions record at the CLI's default location: a change of either is a reload. */
  const isConfig = (uri: string) => uri.endsWith(`/${configFileName}`) || uri.endsWith(`/${suppressionsFileName}`);
  connection.onDidChangeWatchedFiles(
    ignoring(connection, "workspace/didChangeWatchedFiles", watchedFilesProblem, ({ changes }: DidChangeWatchedFilesParams) => {
      if (changes.some((change) => isConfig(change.uri))) configChanged();
      for (const change of changes) {
        rereadFromDisk(change.uri);
        vscodeSettingsChanged(change.uri);
      }
    }),
  );
  // A batch of watched files too large to read (a checkout's JSON files beside the config): any may have changed.
  connection.onNotification(
    droppedWatchedFilesMethod,
    ignoring(connection, droppedWatchedFilesMethod, droppedWatchedFilesProblem, ({ why }: DroppedWatchedFiles) => {
      // Once per coalesced reload: the ones dropped after it, while its lints are due, are the same reload.
      const sameReload = [...toldRelints].some((uri) => pending.isDue(uri));
      if (!sameReload) connection.console.warn(`oms-lint: ${escapeControls(why)}, so any watched file may have changed: every config is read again, and every open document's bytes on disk, and the open documents are linted again`);
      onDisk.clear();
      configChanged();
      if (!sameReload) toldRelints = new Set(documents.keys());
    }),
  );
  // A client that does not watch files for the server (Neovim without dynamic registration
  // of file watchers) still tells it when the config is saved in the editor.
  documents.onDidSave(({ document }) => {
    if (isConfig(document.uri)) configChanged();
    rereadFromDisk(document.uri);
    vscodeSettingsChanged(document.uri);
  });

  /**
   * A folder's .vscode/settings.json changed (init --vscode run, json.schemas edited, the file
   * deleted): its json.schemas decide, under structure "editor", who reports structure in the
   * documents VS Code applies them to, so those are linted again. They kept the findings of the
   * settings before until they were edited (review of the language server's fixes: after the
   * file was deleted, no one showed sendEmail is required).
   */
  function vscodeSettingsChanged(uri: string): void {
    const folder = vscodeSettingsOwner(uri);
    if (folder === undefined) return;
    for (const document of documents.all()) {
      const filePath = filePathOf(document.uri);
      if (filePath !== undefined && vscodeSettingsFolder(filePath, workspaceFolders) === folder) pending.schedule(document.uri, relintPause);
    }
  }

  /** A document leaves its run folder: once no open document runs there, the folder's config and suppressions record are let go. */
  function closedIn(uri: string): void {
    const folder = configs.closed(uri);
    if (folder !== undefined) records.letGo(folder);
  }

  documents.onDidOpen(({ document }) => {
    // Opened again without a close (LSP says it must not be, a client may): the new text
    // replaces the old. Its folder was counted twice, and never let go of at the one close;
    // and its findings, of another text at the same version 1, answered its code actions.
    closedIn(document.uri);
    linted.delete(document.uri);
    onDisk.delete(document.uri);
    stale.forget(document.uri);
    opened.add(document.uri);
    configs.opened(document.uri, folderOf(document.uri));
  });
  documents.onDidChangeContent(({ document }) => {
    // A file whose bytes were at fault is read again at its next lint: the editor reloads a file
    // fixed outside it (iconv, git checkout) as a change, which no watcher may report (audit at
    // cb582f2c). A file whose bytes were UTF-8 is not read at each keystroke.
    if (onDisk.get(document.uri) !== undefined) onDisk.delete(document.uri);
    // Opening lints at once; typing waits for a pause.
    pending.schedule(document.uri, opened.delete(document.uri) ? 0 : typingPause);
    // After the schedule: a config changed re-lints this document at once too.
    checkConfigsOnDisk();
  });
  documents.onDidClose(({ document }) => {
    pending.cancel(document.uri);
    opened.delete(document.uri);
    linted.delete(document.uri);
    runs.delete(document.uri);
    onDisk.delete(document.uri);
    stale.forget(document.uri);
    closedIn(document.uri);
    watchers.follow(configs.files, workspaceFolders);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** A config no watcher reports, or a suppressions record, may have changed on disk (a git pull): if one has, it is a reload. */
  function checkConfigsOnDisk(): void {
    if (configs.changedOnDisk((file) => watchers.watches(file, workspaceFolders)) || records.changedOnDisk()) configChanged();
  }

  /** The published findings of a document, if they are of its current version. */
  function current(uri: string): Found | undefined {
    const document = documents.get(uri);
    const entry = linted.get(uri);
    if (document === undefined || entry?.lint === undefined || entry.version !== document.version) return undefined;
    return { document, entry: entry as Linted & { lint: DocumentLint } };
  }

  /**
   * The findings of a document's text as the client had sent it before a request, under the
   * configs and settings in force: the published ones, or, when its last change is not linted yet
   * (a request in the pause before the debounced lint: VS Code's codeActionsOnSave right after a
   * keystroke) or was linted before the last reload (a request in the pause before its re-lint),
   * those of a lint run now, in its place: the pending one is cancelled, and this one publishes.
   * A config no watcher reports is checked on disk first, as at a keystroke.
   */
  async function answerable(uri: string): Promise<Found | undefined> {
    checkConfigsOnDisk();
    const document = documents.get(uri);
    const entry = linted.get(uri);
    // Linted at this version under this reload (a JSON file that is no payload too: a hover over package.json lints nothing again).
    if (document === undefined || (entry?.version === document.version && entry.reload === reloads)) return current(uri);
    pending.cancel(uri);
    return lint(uri, true);
  }

  connection.onCodeAction(refusing("textDocument/codeAction", codeActionProblem, async (params: CodeActionParams): Promise<CodeAction[]> => {
    const found = await answerable(params.textDocument.uri);
    if (found === undefined) return [];
    const { document, entry } = found;
    const { only } = params.context;
    const wanted = (kind: string) => only === undefined || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const actions = wanted(CodeActionKind.QuickFix) ? quickFixActions(document, entry.lint, params.range, { bom: entry.bom, docsUrl, versionedEdits }) : [];
    const kind = entry.lint.format === "payload" ? entry.lint.kind : undefined;
    // A byte order mark, which no finding reports, is one change --fix makes: an edit of 0:0–0:1, the mark being UTF-16 code unit 0 of
    // the text the client sent (VS Code decodes it away and never sends one; a client that keeps it has it there, and deletes it so).
    if (kind !== undefined && wanted(fixAllKind) && (entry.bom || fixAllOffered(entry.lint.result.messages, entry.lint.hiddenRules))) {
      // VS Code asks for code actions at every move of the cursor, without `only`: fix-all's edit
      // is a whole --fix run (1.5 s of CPU on a 10 MB order), made here only for a client that
      // cannot ask for it later, by codeAction/resolve, when the action is chosen.
      const action: CodeAction = { title: fixAllTitle, kind: fixAllKind, data: { uri: document.uri, version: document.version } satisfies FixAllData };
      const resolved = resolvesEdits ? action : fixAllWithEdit(action, found);
      if (resolved.edit !== undefined || resolvesEdits) actions.push(resolved);
    }
    return actions;
  }));

  /** Fix-all's action with its edit, for the version it was offered for; without one if nothing changes or the document has moved on. */
  function fixAllWithEdit(action: CodeAction, found: Found | undefined): CodeAction {
    const version = ownField((ownField(action, "data") ?? {}) as Partial<FixAllData>, "version");
    const kind = found?.entry.lint.format === "payload" ? found.entry.lint.kind : undefined;
    if (found === undefined || found.document.version !== version || kind === undefined) return action;
    const { document, entry } = found;
    const edits = fixAllEdits(document, kind, entry.config, filePathOf(document.uri) ?? nameOf(document.uri), entry.lint.result.messages, entry.bom, entry.lint.hiddenRules, entry.lint.kindToldFromContent === true);
    return edits === undefined ? action : { ...action, edit: documentEdit(document, edits, versionedEdits) };
  }

  async function resolveFixAll(action: CodeAction): Promise<CodeAction> {
    const uri = ownField((ownField(action, "data") ?? {}) as Partial<FixAllData>, "uri");
    return fixAllWithEdit(action, typeof uri === "string" ? await answerable(uri) : undefined);
  }

  connection.onCodeActionResolve(refusing("codeAction/resolve", codeActionResolveProblem, async (action: CodeAction): Promise<CodeAction> => (action.kind === fixAllKind ? resolveFixAll(action) : action)));

  // An unknown command, or arguments that are not one document's URI, get InvalidParams; a
  // document not open (closed while the request was on its way) gets null: nothing to do.
  const commandProblem = executeCommandProblem([explainSplitCommand, fixAllCommand]);
  /** The documents whose fix-all edit awaits the client's answer to workspace/applyEdit: another fix-all of one, or past maxFixAllsAwaiting, is answered at once, never held. */
  const fixAllsAwaiting = new Set<string>();
  const fixAllRefusal = (uri: string) => (fixAllsAwaiting.has(uri) ? editNotAnswered() : fixAllsAwaiting.size >= maxFixAllsAwaiting ? tooManyAwaiting() : undefined);
  /** Asks the client to apply a fix-all's edit, one a document at a time. */
  const applyFixAll = async (uri: string, edit: Parameters<typeof connection.workspace.applyEdit>[0]) => {
    const refusal = fixAllRefusal(uri);
    if (refusal !== undefined) return refusal;
    fixAllsAwaiting.add(uri);
    try {
      return (await connection.workspace.applyEdit(edit)).applied;
    } finally {
      fixAllsAwaiting.delete(uri);
    }
  };

  connection.onExecuteCommand(refusing("workspace/executeCommand", commandProblem, async ({ command, arguments: args }: ExecuteCommandParams) => {
    // Refused before anything waits, so that it is not held while the last fix-all's edit is (applyFixAll checks again after the lint it may wait for).
    const refusal = command === fixAllCommand ? fixAllRefusal(String((args as [string])[0])) : undefined;
    if (refusal !== undefined) return refusal;
    const found = await answerable((args as [string])[0]);
    if (found === undefined) return null;
    const { document, entry } = found;
    if (command === explainSplitCommand) {
      const onDisk = filePathOf(document.uri);
      const filePath = onDisk ?? nameOf(document.uri);
      const argument = onDisk === undefined ? undefined : splitFileArgument(onDisk, workspaceFolders);
      const advice =
        entry.lint.format === "payload"
          ? splitAdvice(document.getText(), argument, fileConfig(entry.config, filePath, entry.config.rules).settings, limitsOf(entry.config.limits), entry.lint.kind, onDisk === undefined || matchesSaved(onDisk, document.getText(), entry.config))
          : requestFileSplitAdvice(entry.lint.format);
      if (advice !== undefined) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: advice });
      return advice ?? null;
    }
    if (command === fixAllCommand && entry.lint.format === "payload" && entry.lint.kind !== undefined) {
      const edits = fixAllEdits(document, entry.lint.kind, entry.config, filePathOf(document.uri) ?? nameOf(document.uri), entry.lint.result.messages, entry.bom, entry.lint.hiddenRules, entry.lint.kindToldFromContent === true);
      if (edits === undefined) return false;
      return applyFixAll(document.uri, { label: "oms-lint: fix all", edit: documentEdit(document, edits, versionedEdits) });
    }
    return null;
  }));

  connection.onHover(refusing("textDocument/hover", hoverProblem, async (params: HoverParams): Promise<Hover | null> => {
    const found = await answerable(params.textDocument.uri);
    if (found === undefined) return null;
    const { line, character } = params.position;
    const here: LintMessage[] = found.entry.lint.result.messages.filter((m) => rangeContains(messageRange(m, found.entry.bom), line, character));
    if (here.length === 0) return null;
    return {
      contents: { kind: "markdown", value: here.map((m) => helpMarkdown(m.message, m.evidence, findingHelp(m, passages), m.ruleId)).join("\n\n---\n\n") },
      range: messageRange(here[0] as LintMessage, found.entry.bom),
    };
  }));

  documents.listen(checkedDocumentSync(connection, stale.acceptsChange, stale.recovers));
  connection.listen();
  return {
    heldDocuments: () => new Set([...linted.keys(), ...pending.uris, ...runs.keys(), ...opened, ...onDisk.keys(), ...stale.uris(), ...configs.documents]).size,
    heldConfigs: () => configs.held + records.held,
    document: (uri) => {
      const document = documents.get(uri);
      return document && { version: document.version, text: document.getText() };
    },
    finishLints: () => pending.finish(),
    lintRuns: (uri) => runs.get(uri) ?? 0,
    pauseRelints: (ms) => void (relintPause = ms),
  };
}

/**
 * A config's problem with the config named once, by its path (in a workspace of several
 * folders, whose config it is): its own messages name it by its file name and place
 * (`oms-lint.config.json:1:11: …`), which the path then stands for.
 */
function configProblem(problem: string, path: string): string {
  const name = basename(path);
  return path !== "" && problem.startsWith(`${name}:`) ? `${path}${problem.slice(name.length)}` : `the config ${path}: ${problem}`;
}
