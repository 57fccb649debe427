import { basename, join } from "node:path";
import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { beforeAll, describe, expect, it } from "vitest";
import { lintText } from "../../src/index.js";
import { eslintLimitHints, eslintMaxDepth } from "../../src/eslint/languageLimits.js";
import { commandLineLimitHints } from "../../src/source/limitMessages.js";
import { runCli } from "../support/cli.js";
import { recommendedConfig, spawnEslint } from "../support/eslintRun.js";
import { taxedOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A text `oms-lint` refuses with a `parse` verdict is a file ESLint cannot parse: one fatal
 * "Parsing error" (exit 1) in the CLI's words, at the CLI's place, and no rule runs on it.
 * Past a limit, the words end by saying where an ESLint user changes it, not the CLI's flag.
 */

const folder = scratchFolders("eslint-parse");
const members = (count: number) => `{${Array.from({ length: count }, (_, i) => `"k${i}": 1`).join(", ")}}`;
const list = `[${"0,".repeat(99_999)}0]`;

/** Faults at a secret field: after its value, the fault of any field's; inside it, the secret's own words (found by the audit of every surface). */
const faultsAtSecrets: Record<string, { readonly text: string; readonly says: RegExp }> = {
  "phone-trailing-comma.json": { text: '{\n  "customer": {\n    "firstName": "Test",\n    "phone2": "8885552147",\n  }\n}\n', says: /^trailing comma before \}: JSON allows no comma after the last member of an object; remove it$/ },
  "card-missing-comma.json": {
    text: '{"orderPayments": [{"paymentMethod": {"cardNumber": "4111111111111111" "cardIssuer": "VI"}}]}',
    says: /^a comma is missing before "cardIssuer": separate values and members with ","$/,
  },
  "password-wrong-closer.json": { text: '{"customer": {"password": "x"]}', says: /^"\]" closes no array here: the object opened at line 1, column 14 ends with "\}"$/ },
  "password-unclosed.json": { text: '{"customer": {"password": "hunter22', says: /^the value of password is not valid JSON here \(not quoted: card data, PINs, payment tokens, passwords, credentials, e-mail addresses and phone numbers never are\)/ },
};

/** Each file, what it holds, and what the CLI's verdict says of it. */
const verdicts: Record<string, { readonly text: string; readonly says: RegExp }> = {
  "nested-1001.json": { text: `${"[".repeat(1001)}${"]".repeat(1001)}`, says: /nests deeper than 1000 levels/ },
  // momoa's stack overflowed here, and the whole ESLint run stopped.
  "nested-3000.json": { text: `${'{"a":'.repeat(3000)}1${"}".repeat(3000)}`, says: /nests deeper than 1000 levels/ },
  "members-100001.json": { text: members(100_001), says: /object holds more than 100000 members/ },
  "elements-100001.json": { text: `[${"0,".repeat(100_000)}0]`, says: /array holds more than 100000 elements/ },
  "values-5100000.json": { text: `[${Array.from({ length: 51 }, () => list).join(",")}]`, says: /holds more than 5000000 values/ },
  "placeholder.json": { text: '{\n  "manufacturerID": MFG_ID\n}\n', says: /placeholder MFG_ID is not a JSON value/ },
  // ESLint takes off the first mark and oms-lint's reader took the second for it: @eslint/json's "Unexpected character" was said (audit of the ESLint plugin).
  "two-byte-order-marks.json": { text: '\uFEFF\uFEFF{"externalOrderID": "x"}', says: /^unexpected character U\+FEFF \(a byte order mark: one may open the text, no more\)/ },
  ...faultsAtSecrets,
};

/** The CLI's message as ESLint says it: a limit's closing hint (`the limit is --max-entries`) is ESLint's. */
function inEslintWords(cliMessage: string): string {
  const eslintHints = eslintLimitHints(eslintMaxDepth);
  return (["maxDepth", "maxEntries", "maxValues"] as const).reduce((message, limit) => message.replace(`(${commandLineLimitHints[limit]})`, `(${eslintHints[limit]})`), cliMessage);
}

const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

describe("oms-lint's parse verdicts under ESLint", () => {
  const dir = folder(Object.fromEntries(Object.entries(verdicts).map(([name, { text }]) => [name, text])));
  // What `oms-lint` says of the files: one run, compared with each major's.
  let cliMessages: Map<string, { ruleId: string; message: string; line: number; column: number }[]>;
  beforeAll(async () => {
    const cli = await runCli(["--format", "json", "."], { cwd: dir });
    cliMessages = new Map((JSON.parse(cli.stdout) as { filePath: string; messages: { ruleId: string; message: string; line: number; column: number }[] }[]).map((r) => [r.filePath, r.messages]));
  });

  it.each(majors)("%s: each is one fatal parsing error with the message (its limit named as ESLint sets it), line and column `oms-lint` gives it", async (_, ESLint) => {
    const results = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() }).lintFiles(["."]);
    for (const result of results) {
      const { says } = verdicts[basename(result.filePath)]!;
      const [fault] = cliMessages.get(result.filePath)!;
      expect(fault).toMatchObject({ ruleId: "parse", message: expect.stringMatching(says) });
      expect(result.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, severity: 2, message: `Parsing error: ${inEslintWords(fault!.message)}`, line: fault!.line, column: fault!.column })]);
    }
    expect(results).toHaveLength(Object.keys(verdicts).length);
  });

  it("lintText gives a fault at a secret field the CLI's message, line and column", () => {
    for (const [name, { text }] of Object.entries(faultsAtSecrets)) {
      const [fault] = cliMessages.get(join(dir, name))!;
      expect(lintText(text).messages, name).toEqual([expect.objectContaining({ ruleId: "parse", message: fault!.message, line: fault!.line, column: fault!.column })]);
    }
  });

  it("`eslint` exits 1 on a file nested 3,000 deep, one line for it, and still lints the other files", () => {
    const run = spawnEslint(folder({ "deep.json": `${"[".repeat(3000)}${"]".repeat(3000)}`, "order.json": taxedOrder() }), ["."]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const [deep, order] = ["deep.json", "order.json"].map((name) => run.results.find((r) => r.filePath.endsWith(name))!);
    expect(deep!.messages).toEqual([expect.objectContaining({ fatal: true, line: 1, column: 1001, message: expect.stringMatching(/^Parsing error: the JSON nests deeper than 1000 levels here: [^\n]*$/) })]);
    expect(order!.messages.map((m) => m.ruleId)).toContain("oms-lint/tax-rate-cap");
  });
});
