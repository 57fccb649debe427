import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const builtMain = pathToFileURL(`${root}dist/src/cli/main.js`).href;

/**
 * Lints a file through the built CLI's run() in a fresh Node, and lists the language
 * server's modules loaded then, and after importing the server library outright (which
 * shows that the check sees them when they are there).
 */
function serverModules(): { afterLint: string[]; afterImport: string[] } {
  const script = `
    import { createRequire } from "node:module";
    const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((path) => /vscode-(languageserver|jsonrpc)/.test(path));
    const { run } = await import(${JSON.stringify(builtMain)});
    const io = { cwd: process.cwd(), env: {}, stdoutIsTTY: false, readStdin: async () => new Uint8Array(), writeStdout() {}, writeStderr() {} };
    await run(["examples/createOrder.json"], io);
    const afterLint = loaded();
    await import("vscode-languageserver/node");
    console.log(JSON.stringify({ afterLint, afterImport: loaded() }));
  `;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" })) as { afterLint: string[]; afterImport: string[] };
}

describe("the language server costs the CLI nothing", () => {
  it("is not loaded by a lint run (oms-lint lsp imports it on demand)", () => {
    const { afterLint, afterImport } = serverModules();
    expect(afterLint).toEqual([]);
    expect(afterImport.length).toBeGreaterThan(0);
  });
});
