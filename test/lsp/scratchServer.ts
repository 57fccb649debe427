import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect } from "vitest";
import { InProcessServer } from "./inProcessServer.js";
import { LspClient, type InitializeOptions, type ServerTransport } from "./lspClient.js";
import { SpawnedServer } from "./spawnedServer.js";

/** A server started on a scratch workspace folder: its folder, its client, what it answered to initialize. */
export interface ScratchServer<Transport extends ServerTransport = ServerTransport> {
  readonly dir: string;
  readonly client: LspClient<Transport>;
  readonly capabilities: Record<string, unknown>;
  /** The file: URI of a path in the folder. */
  uri(name: string): string;
}

export interface ScratchServerOptions extends InitializeOptions {
  /** Writes the folder's files before the server starts. */
  readonly files?: (dir: string) => void;
  /** The workspace folder the client opens, a path below the scratch folder (default: the scratch folder itself). */
  readonly folder?: string;
  /** What the client answers to workspace/configuration (default: an empty section). */
  readonly settings?: Record<string, unknown> | null;
  /** Starts `oms-lint lsp --stdio` in a process of its own, for what only a process shows (default: in this process, InProcessServer). */
  readonly spawn?: boolean;
  /**
   * In this process, lint a change on the next turn rather than after typing's pause (debounceMs,
   * 150 ms). For a test that only waits for a change's or a config's lint, not one about what
   * happens inside the pause: a tenth of the suite's language-server time was this waiting.
   */
  readonly noTypingPause?: boolean;
}

/**
 * Registers, in the calling describe block, hooks that start `oms-lint lsp`'s server on a fresh
 * folder (as an editor opens a workspace), in this process unless `spawn` is set, and, after its
 * tests, shut it down as an editor closes (the server must exit 0) and remove the folder.
 */
export function scratchServer(name: string, options: ScratchServerOptions & { readonly spawn: true }): ScratchServer<SpawnedServer>;
export function scratchServer(name: string, options?: ScratchServerOptions): ScratchServer;
export function scratchServer(name: string, { files, settings, folder = "", spawn = false, noTypingPause = false, ...initialize }: ScratchServerOptions = {}): ScratchServer {
  const state: { dir?: string; client?: LspClient; capabilities?: Record<string, unknown> } = {};
  beforeAll(async () => {
    state.dir = realpathSync(mkdtempSync(join(tmpdir(), `oms-lint-lsp-${name}-`)));
    files?.(state.dir);
    state.client = new LspClient(spawn ? new SpawnedServer(state.dir) : new InProcessServer(noTypingPause ? 0 : undefined));
    if (settings !== undefined) state.client.settings = settings;
    state.capabilities = (await state.client.initialize(pathToFileURL(join(state.dir, folder)).href, initialize)).capabilities;
  });
  afterAll(async () => {
    const client = state.client!;
    const code = await client.stop().catch((error: Error) => (client.kill(), error));
    // The files of a worker share its process (vitest.config.ts: isolate false), and this file's
    // module stays loaded: held here, a server in process kept its documents for every later file.
    delete state.client;
    rmSync(state.dir!, { recursive: true, force: true });
    expect(code).toBe(0);
  });
  return {
    get dir() {
      return state.dir!;
    },
    get client() {
      return state.client!;
    },
    get capabilities() {
      return state.capabilities!;
    },
    uri: (path) => pathToFileURL(join(state.dir!, path)).href,
  };
}
