import { basename, join, relative } from "node:path";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, ErrorCodes, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import picomatch from "picomatch";
import type {
  ApplyWorkspaceEditParams,
  Diagnostic,
  FileSystemWatcher,
  LogMessageParams,
  PublishDiagnosticsParams,
  Registration,
  ShowMessageParams,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver";

/** A diagnostic's message as the editor shows it (LSP 3.18 allows Markdown there). */
export const messageOf = (d: Diagnostic): string => (typeof d.message === "string" ? d.message : d.message.value);

/** How long a test waits for an event the server owes it before it fails (a bound, not a sleep). */
const eventTimeoutMs = 120_000;

interface Waiter<T> {
  readonly accept: (value: T) => boolean;
  readonly resolve: (value: T) => void;
}

/** Events of one kind: every one seen, and the waits for one that is still to come. */
class EventLog<T> {
  readonly seen: T[] = [];
  #waiters: Waiter<T>[] = [];

  push(value: T): void {
    this.seen.push(value);
    this.#waiters = this.#waiters.filter((w) => !(w.accept(value) && (w.resolve(value), true)));
  }

  /** The first event from index `from` on that `accept` takes, as soon as it comes; rejects after the bound. */
  next(accept: (value: T) => boolean, what: string, from = 0): Promise<T> {
    const already = this.seen.slice(from).find(accept);
    if (already !== undefined) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${eventTimeoutMs} ms`)), eventTimeoutMs);
      this.#waiters.push({ accept, resolve: (value) => (clearTimeout(timer), resolve(value)) });
    });
  }
}

/**
 * How a test's client initializes: its initializationOptions, whether it watches files for the
 * server (Neovim without dynamic registration does not), and whether it tells the server of
 * workspace folders added and removed (VS Code and Neovim do; a client may not).
 */
export interface InitializeOptions {
  readonly initializationOptions?: unknown;
  readonly watchesFiles?: boolean;
  readonly changesFolders?: boolean;
  /** Whether the client asks codeAction/resolve for a code action's edit (VS Code does; Neovim 0.7 does not). */
  readonly resolvesEdits?: boolean;
  /** Whether the client watches files by a pattern relative to a folder it names (LSP 3.17's RelativePattern, as VS Code does), not only by a glob over its workspace folders. */
  readonly relativePatterns?: boolean;
}

/**
 * Where the server runs, and how it ends: in this process (InProcessServer, what most tests
 * need) or in a process of its own (SpawnedServer, for what only a process shows).
 */
export interface ServerTransport {
  /** What the client writes to the server. */
  readonly toServer: Writable;
  /** What the server writes to the client. */
  readonly toClient: Readable;
  /** What the client sends as initialize's processId. */
  readonly processId: number | null;
  /** The server's exit code, once it has ended. */
  readonly exited: Promise<number | null>;
  /** Ends the server once its shutdown request is answered, and resolves with its exit code. */
  end(connection: MessageConnection): Promise<number | null>;
  /** Closes the server's input, as when the editor dies without a word. */
  endInput(): void;
  kill(): void;
}

/**
 * A language client over vscode-jsonrpc (the library VS Code's own client is built on),
 * speaking LSP to `oms-lint lsp`'s server over `server` (in this process, or in a process of its
 * own as an editor starts it). It keeps its documents' text, applies the edits the server hands
 * it, and answers the server's requests (configuration, registration, applyEdit) as VS Code would.
 */
export class LspClient<Transport extends ServerTransport = ServerTransport> {
  readonly connection: MessageConnection;
  readonly diagnostics = new EventLog<PublishDiagnosticsParams>();
  readonly messages = new EventLog<ShowMessageParams>();
  /** The lines the server wrote to the client's log (window/logMessage). */
  readonly logs = new EventLog<LogMessageParams>();
  /** The settings pulls (workspace/configuration) answered, each logged once its answer has gone to the server. */
  readonly pulls = new EventLog<unknown>();
  readonly registrations: string[] = [];
  /** The registrations the server made, in order, and those still in force (by id: the server unregisters some). */
  readonly registered = new EventLog<Registration>();
  /** The ids of the registrations the server withdrew (client/unregisterCapability). */
  readonly unregistered = new EventLog<string>();
  readonly #inForce = new Map<string, Registration>();
  /** The workspace folders' paths: a glob watches files below them only. */
  #folders: string[] = [];
  readonly documents = new Map<string, TextDocument>();
  /** The registrations the client refuses (answers client/registerCapability with an error, as a client may): none unless a test says. */
  refuses: (registration: Registration) => boolean = () => false;
  /** What the client answers to workspace/configuration for the "omsLint" section (Neovim: null, when it has none). */
  settings: Record<string, unknown> | null = {};
  readonly server: Transport;

  constructor(server: Transport) {
    this.server = server;
    this.connection = createMessageConnection(new StreamMessageReader(server.toClient), new StreamMessageWriter(server.toServer));
    this.connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => this.diagnostics.push(params));
    this.connection.onNotification("window/showMessage", (params: ShowMessageParams) => this.messages.push(params));
    this.connection.onNotification("window/logMessage", (params: LogMessageParams) => this.logs.push(params));
    this.connection.onRequest("window/showMessageRequest", (params: ShowMessageParams) => (this.messages.push(params), null));
    this.connection.onRequest("client/registerCapability", (params: { registrations: Registration[] }) => {
      if (params.registrations.some(this.refuses)) return new ResponseError(ErrorCodes.InternalError, "the client refuses this registration");
      this.registrations.push(...params.registrations.map((r) => r.method));
      for (const registration of params.registrations) {
        this.#inForce.set(registration.id, registration);
        this.registered.push(registration);
      }
      return null;
    });
    // LSP spells the field so ("unregisterations"), and keeps it for compatibility.
    this.connection.onRequest("client/unregisterCapability", (params: { unregisterations: { id: string }[] }) => {
      for (const { id } of params.unregisterations) {
        this.#inForce.delete(id);
        this.unregistered.push(id);
      }
      return null;
    });
    this.connection.onRequest("workspace/configuration", (params: { items: { section?: string }[] }) => {
      const answer = params.items.map((item) => (item.section === "omsLint" ? this.settings : null));
      // After the answer's write has begun (it does within the microtasks after this returns), so that what a test sends next goes after it.
      setImmediate(() => this.pulls.push(answer));
      return answer;
    });
    this.connection.onRequest("workspace/applyEdit", (params: ApplyWorkspaceEditParams): { applied: boolean; failureReason?: string } => {
      const stale = this.staleDocument(params.edit);
      if (stale !== undefined) return { applied: false, failureReason: `${stale} has changed since the edit was made` };
      void this.apply(params.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  /** Initializes as VS Code does, or as a client that does not watch files for the server (`watchesFiles: false`) or change folders (`changesFolders: false`). */
  async initialize(rootUri: string, { initializationOptions, watchesFiles = true, changesFolders = true, resolvesEdits = false, relativePatterns = false }: InitializeOptions = {}): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }> {
    this.#folders = [fileURLToPath(rootUri)];
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }>("initialize", {
      processId: this.server.processId,
      rootUri,
      initializationOptions,
      workspaceFolders: [{ uri: rootUri, name: "payloads" }],
      capabilities: {
        workspace: {
          configuration: true,
          didChangeWatchedFiles: { dynamicRegistration: watchesFiles, relativePatternSupport: watchesFiles && relativePatterns },
          applyEdit: true,
          workspaceEdit: { documentChanges: true },
          workspaceFolders: changesFolders,
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source.fixAll"] } },
            ...(resolvesEdits ? { dataSupport: true, resolveSupport: { properties: ["edit"] } } : {}),
          },
        },
      },
    });
    await this.connection.sendNotification("initialized", {});
    return result;
  }

  async open(uri: string, languageId: string, text: string): Promise<TextDocument> {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  /** Sends edits as the editor does (incremental changes) and returns the document's new version. */
  async edit(uri: string, edits: readonly TextEdit[]): Promise<number> {
    const document = this.documents.get(uri);
    if (document === undefined) throw new Error(`${uri} is not open`);
    const version = document.version + 1;
    // Sent last edit first, so that each range is still the one of the text it was made for.
    const ordered = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
    TextDocument.update(document, ordered.map((e) => ({ range: e.range, text: e.newText })), version);
    await this.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    return version;
  }

  /** Applies a workspace edit's changes to the open documents (what an editor does with a code action's edit). */
  apply(edit: WorkspaceEdit): Promise<number[]> {
    return Promise.all(Object.entries(editsByDocument(edit)).map(([uri, edits]) => this.edit(uri, edits)));
  }

  /** The URI of a document the edit was made for at another version than the open one's (VS Code then refuses the edit whole). */
  staleDocument(edit: WorkspaceEdit): string | undefined {
    for (const change of edit.documentChanges ?? []) {
      if (!("textDocument" in change)) continue;
      const { uri, version } = change.textDocument;
      if (version !== null && this.documents.get(uri)?.version !== version) return uri;
    }
    return undefined;
  }

  /** Adds and removes workspace folders, by URI, as an editor does when a folder joins or leaves a multi-root workspace. */
  async changeFolders({ added = [], removed = [] }: { added?: readonly string[]; removed?: readonly string[] }): Promise<void> {
    const folders = (uris: readonly string[]) => uris.map((uri) => ({ uri, name: basename(fileURLToPath(uri)) }));
    const gone = new Set(removed.map((uri) => fileURLToPath(uri)));
    this.#folders = [...this.#folders.filter((folder) => !gone.has(folder)), ...added.map((uri) => fileURLToPath(uri))];
    await this.connection.sendNotification("workspace/didChangeWorkspaceFolders", { event: { added: folders(added), removed: folders(removed) } });
  }

  /** The file watchers of the server's registrations still in force. */
  get watchers(): FileSystemWatcher[] {
    return [...this.#inForce.values()].flatMap((r) => (r.method === "workspace/didChangeWatchedFiles" ? (r.registerOptions as { watchers: FileSystemWatcher[] }).watchers : []));
  }

  /**
   * A file on disk was changed (created: 1, changed: 2, deleted: 3) outside the editor (a git
   * pull): told to the server, as VS Code tells it, only when one of the watchers in force
   * covers the file. Returns whether it was told.
   */
  async fileChanged(path: string, type: 1 | 2 | 3 = 2): Promise<boolean> {
    if (!this.watchers.some((watcher) => this.#covers(watcher, path))) return false;
    await this.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(path).href, type }] });
    return true;
  }

  /**
   * Whether a watcher covers a file, for the patterns this server registers: a string glob
   * (`**` then a name, or `*.{json,http,rest}`) covers the files it matches below the workspace
   * folders only (VS Code's createFileSystemWatcher), a RelativePattern of a plain name the file
   * of that name in its folder.
   */
  #covers({ globPattern }: FileSystemWatcher, path: string): boolean {
    if (typeof globPattern === "string") {
      if (!globPattern.startsWith("**/")) throw new Error(`the test client does not match the glob ${globPattern}`);
      const matches = picomatch(globPattern, { dot: true });
      return this.#folders.some((folder) => path.startsWith(`${folder}/`) && matches(relative(folder, path)));
    }
    const base = typeof globPattern.baseUri === "string" ? globPattern.baseUri : globPattern.baseUri.uri;
    if (/[*?[{]/.test(globPattern.pattern)) throw new Error(`the test client does not match the pattern ${globPattern.pattern}`);
    return join(fileURLToPath(base), globPattern.pattern) === path;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification("textDocument/didSave", { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  /** The diagnostics published for a document's version (the first publish of it, from `from` on). */
  async diagnosticsOf(uri: string, version: number, from = 0): Promise<Diagnostic[]> {
    const published = await this.diagnostics.next((p) => p.uri === uri && p.version === version, `diagnostics of ${uri} v${version}`, from);
    return published.diagnostics;
  }

  /** Shutdown, then the end the transport's client gives it (`exit`, or the end of input in process): resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest("shutdown");
    const code = await this.server.end(this.connection);
    this.connection.dispose();
    return code;
  }

  /** The server's exit code, once it has ended. */
  get exited(): Promise<number | null> {
    return this.server.exited;
  }

  /** Closes the server's input, as when the editor dies without a word. */
  endInput(): void {
    this.server.endInput();
  }

  /** Writes bytes to the server's input as they are: what a client library would not send. */
  sendRaw(bytes: string): void {
    this.server.toServer.write(bytes);
  }

  kill(): void {
    this.server.kill();
  }
}

/** A workspace edit's text edits by document, from `changes` or versioned `documentChanges`. */
export function editsByDocument(edit: WorkspaceEdit): Record<string, TextEdit[]> {
  const byDocument: Record<string, TextEdit[]> = { ...edit.changes };
  for (const change of edit.documentChanges ?? []) {
    if ("textDocument" in change) (byDocument[change.textDocument.uri] ??= []).push(...(change.edits as TextEdit[]));
  }
  return byDocument;
}
