import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { recommendedConfig } from "../support/eslintRun.js";
import { createOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * ESLint hands a plugin decoded text: bytes that are not UTF-8 arrive as U+FFFD. A file the
 * CLI refuses for its encoding is one fatal "Parsing error" under ESLint too, in the CLI's
 * words at the CLI's place (found by the editor audit: a Latin-1 file passed ESLint clean).
 */

const folder = scratchFolders("eslint-encoding");
const orderText = `${JSON.stringify(createOrder(), null, 2)}\n`;
const withRene = orderText.replace('"firstName": "', '"firstName": "René');

/** Each file's bytes, and what the CLI's verdict says of it. */
const files: Record<string, { readonly bytes: Buffer; readonly says: RegExp }> = {
  "latin1-value.json": { bytes: Buffer.from(withRene, "latin1"), says: /^the file is not UTF-8 text \(byte 0xE9 here\): JSON must be UTF-8/ },
  "latin1-key.json": { bytes: Buffer.from(orderText.replace('"firstName"', '"first\u00e9Name"'), "latin1"), says: /^the file is not UTF-8 text \(byte 0xE9 here\)/ },
  "utf16.json": { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(orderText, "utf16le")]), says: /^the file is UTF-16 text \(it starts with a UTF-16 byte order mark\)/ },
};

const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

function writeFiles(dir: string, which: Record<string, { readonly bytes: Buffer }>): void {
  for (const [name, { bytes }] of Object.entries(which)) writeFileSync(join(dir, name), bytes);
}

describe("a file that is not UTF-8 under ESLint", () => {
  const dir = folder({});
  writeFiles(dir, files);

  it.each(majors)("%s: one fatal parsing error with the message, line and column `oms-lint` gives it", async (_, ESLint) => {
    const cli = await runCli(["--format", "json", "."], { cwd: dir });
    const cliMessages = new Map((JSON.parse(cli.stdout) as { filePath: string; messages: { ruleId: string; message: string; line: number; column: number }[] }[]).map((r) => [r.filePath, r.messages]));
    const results = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintFiles(["."]);
    expect(results).toHaveLength(Object.keys(files).length);
    for (const result of results) {
      const [fault, ...others] = cliMessages.get(result.filePath)!;
      expect(others).toEqual([]);
      expect(fault).toMatchObject({ ruleId: "parse", message: expect.stringMatching(files[basename(result.filePath)]!.says) });
      expect(result.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, severity: 2, message: `Parsing error: ${fault!.message}`, line: fault!.line, column: fault!.column })]);
    }
  });

  it("the Latin-1 é of a value is refused where it stands", async () => {
    const [result] = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintFiles(["latin1-value.json"]);
    const lines = withRene.split("\n");
    const line = lines.findIndex((l) => l.includes("René")) + 1;
    expect(result!.messages).toEqual([expect.objectContaining({ fatal: true, line, column: lines[line - 1]!.indexOf("é") + 1 })]);
  });

  it("a file the CLI's walk skips (package.json) is read as its own tool reads it: no oms-lint verdict on its bytes", async () => {
    const own = folder({});
    writeFileSync(join(own, "package.json"), Buffer.from('{ "name": "shop", "author": "René" }\n', "latin1"));
    const [result] = await new ESLint({ cwd: own, overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintFiles(["package.json"]);
    expect(result!.messages).toEqual([]);
  });

  it("a file in a hidden folder, which the CLI's walk from ESLint's folder skips: no oms-lint verdict on its bytes", async () => {
    // Under the process's working folder, which is ESLint's (a language's parse() is given none).
    const hidden = join(process.cwd(), ".tmp", `eslint-hidden-${process.pid}`);
    mkdirSync(hidden, { recursive: true });
    try {
      writeFileSync(join(hidden, "latin.json"), Buffer.from('{"author": "René"}\n', "latin1"));
      const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: recommendedConfig() });
      const [result] = await eslint.lintText('{"author": "Ren\uFFFD"}\n', { filePath: join(hidden, "latin.json") });
      expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
    } finally {
      rmSync(hidden, { recursive: true, force: true });
    }
  });

  it("text on standard input under the name of a FIFO or a device is judged as given: the plugin reads no file but a regular one", async () => {
    const own = folder({});
    execFileSync("mkfifo", [join(own, "fifo.json")]);
    symlinkSync("/dev/zero", join(own, "zero.json"));
    const eslint = new ESLint({ cwd: own, overrideConfigFile: true, overrideConfig: recommendedConfig() });
    for (const name of ["fifo.json", "zero.json"]) {
      // Read whole, the FIFO would wait for a writer for ever and /dev/zero would never end.
      const [result] = await eslint.lintText(withRene.replace("René", "Ren\uFFFD"), { filePath: join(own, name) });
      expect(result!.messages.filter((m) => m.fatal), name).toEqual([]);
    }
  });

  it("a text that holds U+FFFD as UTF-8 is linted as before, and so is a text given on standard input whose file on disk differs", async () => {
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() });
    const own = folder({ "replacement.json": orderText.replace('"firstName": "', '"firstName": "\uFFFD') });
    const [result] = await new ESLint({ cwd: own, overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintFiles(["replacement.json"]);
    expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
    // The editor's unsaved text is UTF-8 already: the stale Latin-1 bytes on disk say nothing of it.
    const [typed] = await eslint.lintText(withRene.replace("René", "Ren\uFFFDe"), { filePath: join(dir, "latin1-value.json") });
    expect(typed!.messages.filter((m) => m.fatal)).toEqual([]);
  });
});
