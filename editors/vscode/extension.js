// The oms-lint VS Code client: it starts `oms-lint lsp --stdio` and lets VS Code's language
// client do the rest. Everything the editor shows comes from the server (src/lsp/ in oms-lint).
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { workspace } = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

/**
 * The server: the setting, else the workspace's own oms-lint, else npx (never a download).
 * On Windows the workspace's oms-lint runs as a Node module and npx through the shell: Node
 * (since 20.12.2, and VS Code's Electron with it) refuses to spawn a .cmd file without a
 * shell (EINVAL, CVE-2024-27980), and a shell would split a path with spaces.
 */
function serverOptions(folder) {
  const options = folder ? { cwd: folder } : {};
  // transport stdio: the client appends --stdio, which `oms-lint lsp` accepts.
  const transport = TransportKind.stdio;
  const configured = workspace.getConfiguration("omsLint").get("command", []);
  if (configured.length > 0) return { command: configured[0], args: configured.slice(1), transport, options };
  const windows = process.platform === "win32";
  if (folder && windows) {
    const module = join(folder, "node_modules", "oms-lint", "bin", "oms-lint.cjs");
    if (existsSync(module)) return { module, args: ["lsp"], transport, options };
  }
  const local = folder && join(folder, "node_modules", ".bin", "oms-lint");
  if (local && !windows && existsSync(local)) return { command: local, args: ["lsp"], transport, options };
  return { command: windows ? "npx.cmd" : "npx", args: ["--no-install", "oms-lint", "lsp"], transport, options: { ...options, shell: windows } };
}

async function activate(context) {
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath;
  const server = serverOptions(folder);
  client = new LanguageClient(
    "oms-lint",
    "oms-lint",
    server,
    {
      documentSelector: [
        { scheme: "file", language: "json" },
        { scheme: "untitled", language: "json" },
        { scheme: "file", pattern: "**/*.{http,rest}" },
        // With a scheme, as the JSON filters: a language alone took a .http file's every other
        // document (a git diff's left side), linted and its findings shown twice.
        { scheme: "file", language: "http" },
        { scheme: "untitled", language: "http" },
      ],
      synchronize: {
        configurationSection: "omsLint",
        // The server re-reads the config and re-lints open files when one changes. This glob
        // reports the workspace folders' configs only; for a config above them (a monorepo's
        // root), the server registers a watcher of that config's folder itself (a RelativePattern,
        // which vscode-languageclient takes).
        fileEvents: workspace.createFileSystemWatcher("**/oms-lint.config.json"),
      },
      initializationOptions: { structure: workspace.getConfiguration("omsLint").get("structure", "publish") },
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
