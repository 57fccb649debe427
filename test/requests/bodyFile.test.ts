import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { ESLint } from "eslint";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchServer } from "../lsp/scratchServer.js";
import { recommendedConfig } from "../support/eslintRun.js";
import { bodyFileArgument } from "../../src/requests/bodyFile.js";

/**
 * A body sent from a file (REST Client's `< ./bad.json`, a Postman file body) went unchecked
 * with no word (found by the audit of request files: `oms-lint b.http` printed nothing, exit 0,
 * where the file held `"currency": 123`). request/body-unchecked now says so, at the `<` line,
 * with the command that lints the file.
 */

const temp = mkdtempSync(join(tmpdir(), "oms-lint-body-file-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** examples/createOrder.json: a clean Create Order, which as an import lacks orderStatus. */
const goodOrder = readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8");
/** examples/createOrder.json with a currency the schema refuses. */
const badOrder = goodOrder.replace(/"currency": "USD"/, '"currency": 123');
const createOrder = "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n";

interface Message {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: number;
  readonly evidence: string;
  readonly message: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

async function lint(cwd: string, ...args: string[]): Promise<{ code: number | null; messages: Message[] }> {
  const run = await runCli(["--format", "json", "--no-config", ...args], { cwd });
  expect(run.stderr).toBe("");
  const results = JSON.parse(run.stdout) as { messages: Message[] }[];
  return { code: run.code, messages: results.flatMap((r) => r.messages) };
}

/** The words after `oms-lint` of the command a message gives (`… (oms-lint --kind <kind> <argument>)`), as a POSIX shell reads them. */
function commandWords(message: string): string[] {
  const command = /\(oms-lint (.+)\)$/.exec(message)?.[1];
  if (command === undefined) return [];
  return execFileSync("sh", ["-c", `printf '%s\\0' ${command}`], { encoding: "utf8" }).split("\0").slice(0, -1);
}

/** The file the command a message gives names: its last word. */
const commandArgument = (message: string) => commandWords(message).at(-1);

describe("the CLI on a body sent from a file", () => {
  const dir = join(temp, "cli");
  mkdirSync(join(dir, "orders"), { recursive: true });
  writeFileSync(join(dir, "orders", "bad.json"), badOrder);
  writeFileSync(join(dir, "orders", "b.http"), `${createOrder}< ./bad.json\n`);
  // REST Client fills a <@ file's variables ({{mid}} from the request file's @mid) and decodes <@latin1's from Latin-1.
  writeFileSync(join(dir, "orders", "tmpl.json"), goodOrder.replace(/"manufacturerID": *[^,]+,/, '"manufacturerID": {{mid}},'));
  writeFileSync(join(dir, "orders", "at.http"), `@mid = 5\n${createOrder}<@ ./tmpl.json\n`);
  writeFileSync(join(dir, "orders", "latin.json"), Buffer.from(goodOrder.replace('"currency"', '"note": "caf\u00e9", "currency"'), "latin1"));
  writeFileSync(join(dir, "orders", "plain.http"), `${createOrder}<@ ./good.json\n`);
  writeFileSync(join(dir, "orders", "latin.http"), `${createOrder}<@latin1 ./latin.json\n`);
  writeFileSync(join(dir, "orders", "inline.http"), `${createOrder}${badOrder}`);
  writeFileSync(join(dir, "orders", "search.http"), "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=5\n");
  const request = { method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", header: [{ key: "Content-Type", value: "application/json" }], body: { mode: "file", file: { src: "orders/bad.json" } } };
  writeFileSync(join(dir, "c.postman_collection.json"), JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "create", request }] }, null, 2));
  writeFileSync(join(dir, "orders", "good.json"), goodOrder);
  writeFileSync(join(dir, "orders", "import.http"), "POST https://integration.shopatron.com/api/v2/importOrder/\nContent-Type: application/json\n\n< ./good.json\n");
  const importRequest = { ...request, url: "https://integration.shopatron.com/api/v2/importOrder/", body: { mode: "file", file: { src: "orders/good.json" } } };
  writeFileSync(join(dir, "import.postman_collection.json"), JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "import", request: importRequest }] }, null, 2));

  it("< ./bad.json: one warning at the < line naming the file from the working folder (exit 0), and that command finds the currency", async () => {
    const { code, messages } = await lint(dir, "orders/b.http");
    expect(code).toBe(0);
    expect(messages).toEqual([
      {
        ruleId: "request/body-unchecked",
        messageId: "fromFile",
        severity: 1,
        level: "warning",
        evidence: "inferred",
        path: "",
        line: 4,
        column: 1,
        endLine: 4,
        endColumn: "< ./bad.json".length + 1,
        message: "the body is not checked: it is sent from ./bad.json, which is not read as part of the request; lint it on its own (oms-lint --kind createOrder orders/bad.json)",
        // Which request of the file it is about (LintMessage.request): GitLab's fingerprint reads it.
        request: { key: expect.stringMatching(/^[0-9a-f]{16}$/), pointer: "" },
      },
    ]);
    const named = await lint(dir, ...commandWords(messages[0]!.message));
    expect(named.code).toBe(1);
    expect(named.messages.map((m) => [m.ruleId, m.path])).toEqual([["schema", "/currency"]]);
  });

  it("run in the request file's folder, the command names the file from there", async () => {
    const { messages } = await lint(join(dir, "orders"), "b.http");
    expect(messages.map((m) => commandArgument(m.message))).toEqual(["bad.json"]);
  });

  // Found by the fix audit: the command linted each file as it stands, as UTF-8, and failed (a parse error at {{mid}},
  // "the file is not UTF-8 text") on bodies REST Client sends fine.
  // Found by the audit of fd60de1c: "the file as it stands is not the body sent, so no command lints it", where a <@ file with
  // no {{…}} is sent exactly as it stands. oms-lint does not read the file: the command is given for that case, said to be so.
  it("<@ ./tmpl.json (a template REST Client fills): the command for a file with no variable, which fails on this one, as the message warns; <@latin1: no command", async () => {
    const template = await lint(dir, "orders/at.http");
    expect(template.code).toBe(0);
    expect(template.messages.map((m) => [m.ruleId, m.messageId, m.line])).toEqual([["request/body-unchecked", "template", 5]]);
    expect(template.messages[0]!.message).toContain("the file may not be the body sent (REST Client fills the variables it holds)");
    expect(template.messages[0]!.message).toContain("if it holds none, it is sent as it stands: lint it on its own (oms-lint --kind createOrder orders/tmpl.json)");
    expect((await lint(dir, "--kind", "createOrder", "orders/tmpl.json")).code).toBe(1);
    const latin = await lint(dir, "orders/latin.http");
    expect(latin.code).toBe(0);
    expect(latin.messages.map((m) => [m.ruleId, m.messageId, m.line, /\(oms-lint /.test(m.message)])).toEqual([["request/body-unchecked", "otherEncoding", 4, false]]);
    // What the command used to be fails on the Latin-1 file as it stands.
    expect((await lint(dir, "--kind", "createOrder", "orders/latin.json")).code).toBe(1);
  });

  it("<@ ./good.json, a file with no variable: REST Client sends it as it stands, and the command the message gives lints it clean", async () => {
    const { messages } = await lint(dir, "orders/plain.http");
    expect(messages.map((m) => [m.ruleId, m.messageId])).toEqual([["request/body-unchecked", "template"]]);
    const command = /\(oms-lint ([^)]+)\)/.exec(messages[0]!.message)?.[1];
    expect(command).toBe("--kind createOrder orders/good.json");
    const named = await lint(dir, ...command!.split(" "));
    expect([named.code, named.messages]).toEqual([0, []]);
  });

  it("a Postman file body: at the body's mode, its src read from the working folder", async () => {
    const { code, messages } = await lint(dir, "c.postman_collection.json");
    expect(code).toBe(0);
    expect(messages.map((m) => [m.ruleId, m.path, commandArgument(m.message)])).toEqual([["request/body-unchecked", "/item/0/request/body/mode", "orders/bad.json"]]);
  });

  it("ESLint's plugin gives the collection's warning the CLI gives, at the same place", async () => {
    const cli = await lint(dir, "c.postman_collection.json");
    expect(cli.messages.map((m) => m.ruleId)).toEqual(["request/body-unchecked"]);
    const [result] = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintFiles(["c.postman_collection.json"]);
    expect(result!.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.message])).toEqual(cli.messages.map((m) => [`oms-lint/${m.ruleId}`, m.severity, m.line, m.column, m.message]));
  });

  /**
   * The command named no kind (found by the audit of the body-file fix): a Create Order's body
   * behind an import's `<` line passed as createOrder, where --kind importOrder asks for the
   * orderStatus the Historic Order Import document requires ("the required parameter
   * “orderStatus” is one of the elements that differs from the standard Create Order call").
   */
  it("an import's body from a file: the command given checks it as an import, and finds orderStatus missing", async () => {
    const { messages } = await lint(dir, "orders/import.http");
    expect(messages.map((m) => [m.ruleId, m.line, commandWords(m.message)])).toEqual([["request/body-unchecked", 4, ["--kind", "importOrder", "orders/good.json"]]]);
    const named = await lint(dir, ...commandWords(messages[0]!.message));
    expect(named.code).toBe(1);
    expect(named.messages.map((m) => [m.ruleId, m.message])).toContainEqual(["schema", expect.stringContaining("orderStatus is required for an import")]);
  });

  it("a Postman import's file body: the same kind in the command", async () => {
    const { messages } = await lint(dir, "import.postman_collection.json");
    expect(messages.map((m) => [m.ruleId, commandWords(m.message)])).toEqual([["request/body-unchecked", ["--kind", "importOrder", "orders/good.json"]]]);
  });

  it("the same body inline is checked as before: the currency's error, no body-unchecked", async () => {
    const { code, messages } = await lint(dir, "orders/inline.http");
    expect(code).toBe(1);
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([["schema", 9]]);
  });

  it("a GET with no body draws nothing", async () => {
    expect(await lint(dir, "orders/search.http")).toEqual({ code: 0, messages: [] });
  });
});

describe("the language server on a body sent from a file", () => {
  const server = scratchServer("body-file", {
    files: (dir) => {
      mkdirSync(join(dir, "orders"));
      writeFileSync(join(dir, "orders", "bad.json"), badOrder);
    },
  });

  it("publishes the warning on the < line, naming the file from the workspace folder", async () => {
    const { client } = server;
    const text = `${createOrder}< ./bad.json\n`;
    const document = await client.open(server.uri("orders/b.http"), "http", text);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    expect(diagnostics.map((d) => [d.code, d.range.start.line, document.getText(d.range)])).toEqual([["request/body-unchecked", 3, "< ./bad.json"]]);
    expect(diagnostics[0]!.message).toContain("(oms-lint --kind createOrder orders/bad.json)");
    await client.close(document.uri);
  });

  /**
   * A document that is no file on disk (a github repository opened through vscode-vfs://) was
   * given a made-up absolute path, /github/owner/repo/reqs/bad.json, in the command (found by the
   * audit of the body-file fix); the split advice gives no command for such a document.
   */
  it("a document not on disk: the path as written, no command", async () => {
    const { client } = server;
    const document = await client.open("vscode-vfs://github/owner/repo/reqs/a.http", "http", `${createOrder}< ./bad.json\n`);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([["request/body-unchecked", 3]]);
    expect(diagnostics[0]!.message).toContain("it is sent from ./bad.json,");
    expect(diagnostics[0]!.message).toContain("--kind createOrder");
    expect(diagnostics[0]!.message).not.toContain("(oms-lint");
    expect(diagnostics[0]!.message).not.toContain("/github/");
    await client.close(document.uri);
  });
});

/** What a POSIX shell makes of each word: the one argument printf receives for it (one shell for them all). */
function shellReads(words: readonly string[]): string[] {
  const script = words.map((word) => `printf '%s\\0' ${word}`).join("\n");
  return execFileSync("sh", ["-c", script], { encoding: "utf8" }).split("\0").slice(0, -1);
}

describe("bodyFileArgument", () => {
  it("names, from the working folder, the file REST Client reads from the request file's folder", () => {
    const segment = fc.string({ unit: fc.constantFrom("a", "b", " ", "'", "$", "-", ".", "é", "*"), minLength: 1, maxLength: 6 }).filter((s) => s !== "." && s !== ".." && !s.includes("  "));
    // Two spaces in a row the report shows as one: such a path gets no command (bodyFileCommand.test.ts).
    const folder = fc.array(fc.oneof(segment, fc.constant("..")), { maxLength: 3 });
    const cases = fc.sample(fc.record({ requestFolder: fc.array(segment, { maxLength: 3 }), working: fc.array(segment, { maxLength: 3 }), path: folder, name: segment, dot: fc.boolean() }), { numRuns: 200, seed: 7 });
    const root = "/w";
    const argued = cases.map(({ requestFolder, working, path, name, dot }) => {
      const written = [...(dot ? ["."] : []), ...path, name].join("/");
      const requestFile = join(root, ...requestFolder, "b.http");
      const workingFolder = join(root, ...working);
      return { read: resolve(dirname(requestFile), written), workingFolder, argument: bodyFileArgument(written, "requestFolder", requestFile, workingFolder).argument! };
    });
    const words = shellReads(argued.map((a) => a.argument));
    // The CLI reads a target that names no file as a glob, each `\*` a star (test/requests/bodyFileCommand.test.ts runs the commands).
    argued.forEach(({ read, workingFolder }, i) => expect(resolve(workingFolder, words[i]!.replace(/\\(.)/g, "$1"))).toBe(read));
  });

  it("as written where no folder reads it: a request file with no name, a Postman src with no working folder", () => {
    expect(bodyFileArgument("./bad.json", "requestFolder", "<text>", "/w")).toEqual({ argument: "./bad.json" });
    expect(bodyFileArgument("./bad order.json", "workingFolder", "c.postman_collection.json", undefined)).toEqual({ argument: "'./bad order.json'" });
    expect(bodyFileArgument("-x.json", "requestFolder", "<stdin>", undefined)).toEqual({ argument: "./-x.json" });
  });
});
