// The oms-lint VS Code client: it starts `oms-lint lsp --stdio` and lets VS Code's language
// client do the rest. Everything the editor shows comes from the server (src/lsp/ in oms-lint).
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { workspace } = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

/** The server command: the setting, else the workspace's own oms-lint, else npx (never a download). */
function serverCommand() {
  const configured = workspace.getConfiguration("omsLint").get("command", []);
  if (configured.length > 0) return { command: configured[0], args: configured.slice(1) };
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath;
  const local = folder && join(folder, "node_modules", ".bin", process.platform === "win32" ? "oms-lint.cmd" : "oms-lint");
  if (local && existsSync(local)) return { command: local, args: ["lsp"] };
  return { command: process.platform === "win32" ? "npx.cmd" : "npx", args: ["--no-install", "oms-lint", "lsp"] };
}

async function activate(context) {
  const { command, args } = serverCommand();
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath;
  // transport stdio: the client appends --stdio, which `oms-lint lsp` accepts.
  const server = { command, args, transport: TransportKind.stdio, options: folder ? { cwd: folder } : {} };
  client = new LanguageClient(
    "oms-lint",
    "oms-lint",
    server,
    {
      documentSelector: [
        { scheme: "file", language: "json" },
        { scheme: "untitled", language: "json" },
        { scheme: "file", pattern: "**/*.{http,rest}" },
        { language: "http" },
      ],
      synchronize: {
        configurationSection: "omsLint",
        // The server re-reads the config and re-lints open files when one changes.
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
