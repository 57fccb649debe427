import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fix, lintHttpFile, lintPostmanCollection, lintText } from "../../src/builtIn/linter.js";
import { checkRequest } from "../../src/service/checkRequest.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A verdict past a structural limit closes with where its reader raises that limit: the
 * command line's user a flag, a service's code an option, an editor's user the config
 * (test/lsp/nestingDepth.test.ts), an ESLint user languageOptions (test/eslint). The same
 * text, one limit lowered, through each door of the library and the command line.
 */
const cases = [
  { limit: "maxDepth", flag: "--max-depth", text: '{"externalOrderID": "A", "orderItems": [[]]}' },
  { limit: "maxEntries", flag: "--max-entries", text: '{"externalOrderID": "A", "orderItems": [], "orderPayments": []}' },
  { limit: "maxValues", flag: "--max-values", text: '{"externalOrderID": "A", "orderItems": [], "orderPayments": [], "orderNotes": []}' },
] as const;
const lowered = { maxDepth: 2, maxEntries: 2, maxValues: 4 } as const;

const createOrderUrl = "https://integration.shopatron.com/api/v2/createOrder/";
const json = { "Content-Type": "application/json" };

/** The closing words of the one parse verdict among `messages`. */
function closing(messages: readonly { ruleId: string | null; message: string }[]): string {
  const parse = messages.filter((m) => m.ruleId === "parse");
  expect(parse, JSON.stringify(messages)).toHaveLength(1);
  return /\(([^()]*)\)$/.exec(parse[0]!.message)?.[1] ?? parse[0]!.message;
}

describe("who reads a limit's verdict is told how to raise it", () => {
  const folder = scratchFolders("audience");

  describe.each(cases)("$limit", ({ limit, flag, text }) => {
    const option = { [limit]: lowered[limit] };
    const library = `the limit is the ${limit} option`;
    const http = `POST ${createOrderUrl}\nContent-Type: application/json\n\n${text}\n`;
    const collection = JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [] });

    it("a service's lintText, fix, request files and checkRequest: the option", () => {
      expect(closing(lintText(text, option).messages)).toBe(library);
      expect(closing(fix(text, "createOrder", option).remaining)).toBe(library);
      expect(closing(lintHttpFile(http, "order.http", option).messages)).toBe(library);
      const verdict = checkRequest({ method: "POST", url: createOrderUrl, headers: json, body: text }, option);
      expect(verdict.valid).toBe(false);
      expect(closing(verdict.diagnostics)).toBe(library);
      // The collection's own text is held to the limits too (wide enough to pass only the values limit here).
      if (limit === "maxValues") expect(closing(lintPostmanCollection(collection, "c.postman_collection.json", { maxValues: 2 }).messages)).toBe(library);
    });

    it("the command line: the flag, for a payload file and a request file's body alike", async () => {
      const dir = folder({ "order.json": text, "order.http": http });
      for (const file of ["order.json", "order.http"]) {
        const run = await runCli(["--format", "json", flag, String(lowered[limit]), file], { cwd: dir });
        expect(run.code).toBe(1);
        const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
        expect(closing(result!.messages)).toBe(`the limit is ${flag} or limits.${limit} in oms-lint.config.json`);
      }
    });
  });

  it("a file no flag raises (the suppressions file, an --existing record) says it is always held to the default", async () => {
    const deep = `{"a": ${"[".repeat(1001)}${"]".repeat(1001)}}`;
    const dir = folder({ "oms-lint-suppressions.json": deep, "record.json": deep, "order.json": '{"externalOrderID": "A", "orderItems": []}' });
    const suppressions = await runCli(["order.json"], { cwd: dir });
    expect(suppressions.code).toBe(2);
    // The suppressions file is held to its own layout's depth, 3 levels (test/cli/suppressions.test.ts), which no flag raises either.
    expect(suppressions.stderr).toMatch(/nests deeper than 3 levels here: .*; no flag raises this\)/);
    const existing = await runCli(["--no-config", "--kind", "orderCustomData", "--existing", "record.json", "order.json"], { cwd: dir });
    expect(existing.code).toBe(2);
    expect(existing.stderr).toMatch(/nests deeper than 1000 levels here: .*\(the --existing file is always held to this limit\)/);
    // Their other faults name them too, not a payload.
    writeFileSync(join(dir, "oms-lint-suppressions.json"), "{}\n]");
    expect((await runCli(["order.json"], { cwd: dir })).stderr).toMatch(/unexpected "\]" after the end of the JSON value: the suppressions file is one value /);
    writeFileSync(join(dir, "record.json"), " ");
    expect((await runCli(["--no-config", "--kind", "orderCustomData", "--existing", "record.json", "order.json"], { cwd: dir })).stderr).toMatch(/the file is empty: the --existing file is one JSON value/);
  });

  it("a text whose kind cannot be told (or a payload taken for a collection): the library names the option, the command line the flag", async () => {
    expect(lintText('{"hello": 1}').messages[0]!.message).toMatch(/^cannot tell which payload this is: pass its kind as the kind option; the kinds are /);
    expect(lintPostmanCollection("{}", "x.postman_collection.json").messages.map((m) => m.message).join("\n")).toMatch(/no "item" array; if it is a payload, lint it with lintText \(and its kind option\)$/);
    const run = await runCli(["--format", "json", "--unknown-kind", "error", "hello.json"], { cwd: folder({ "hello.json": '{"hello": 1}' }) });
    const [result] = JSON.parse(run.stdout) as { messages: { message: string }[] }[];
    expect(result!.messages[0]!.message).toMatch(/^cannot tell which payload this is: name its kind with --kind <kind>, or map the file/);
    // Piped text with no name has no file for the config to map: it is told how to give it one.
    const piped = await runCli(["--format", "json", "--unknown-kind", "error", "--stdin"], { input: '{"hello": 1}' });
    const [pipedResult] = JSON.parse(piped.stdout) as { messages: { message: string }[] }[];
    expect(pipedResult!.messages[0]!.message).toMatch(/^cannot tell which payload this is: name its kind with --kind <kind>, or name the file it stands for with --stdin-filename \(for the config's "files" to map\); the kinds are /);
  });
});
