import { ESLint } from "eslint";
import { DiagnosticSeverity } from "vscode-languageserver";
import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/builtIn/linter.js";
import { toDiagnostic } from "../../src/lsp/diagnostics.js";
import { createOrder } from "../support/payloads.js";
import { repoRoot, runCli } from "../support/cli.js";
import { recommendedConfig } from "../support/eslintRun.js";

/**
 * duplicate-key and unsafe-integer rest on RFC 8259, not on the five documents: no document says
 * the OMS refuses a repeated key or an integer past 2^53 (an OMS on Jackson takes the repeat, last
 * wins, and reads 9007199254740993 into a long exactly). SPEC §3: a limit from outside the
 * documents is inferred, a warning at most. A payload whose only problem is one of them is valid,
 * with one warning, on every surface; a team that wants it to fail makes the rule an error.
 */
const order = JSON.stringify(createOrder());

interface ReadingCase {
  readonly ruleId: "duplicate-key" | "unsafe-integer";
  /** The documents' Create Order example, with the one problem written in. */
  readonly text: string;
  /** The same problem as validate() sees it in a parsed value; none for a repeated key, which JSON.parse has already dropped. */
  readonly value?: unknown;
  readonly path: string;
  /** What the message must say: the problem, and that it is our reading of RFC 8259. */
  readonly says: readonly string[];
}

const cases: readonly ReadingCase[] = [
  {
    ruleId: "duplicate-key",
    text: order.replace(/^\{/, '{"currency":"USD",'),
    path: "/currency",
    says: ['key "currency" appears more than once', "our reading of RFC 8259 §4", "the vendor's documents say nothing of repeated keys"],
  },
  {
    // manufacturerID: "integer … The minimum value is “1”" (Create Order): a number, of no stated size.
    ruleId: "unsafe-integer",
    text: order.replace('"manufacturerID":1234', '"manufacturerID":9007199254740993'),
    value: createOrder({ manufacturerID: 2 ** 53 + 2 }),
    path: "/manufacturerID",
    says: ["past 2^53 - 1", "our reading of RFC 8259 §6", "the vendor's documents give no such limit"],
  },
];

describe("a repeated key or an integer past 2^53 alone: valid, one inferred warning (SPEC §3)", () => {
  for (const { ruleId, text, value, path, says } of cases) {
    describe(ruleId, () => {
      it("the case's text holds the problem it names", () => {
        expect(text).not.toBe(order);
      });

      if (value !== undefined) {
        it("validate(): valid, one warning at the pointer, evidence inferred", () => {
          const result = validate("createOrder", value);
          expect(result).toMatchObject({ valid: true, errorCount: 0, warningCount: 1 });
          expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.evidence, d.path])).toEqual([[ruleId, "warning", "inferred", path]]);
          for (const part of says) expect(result.diagnostics[0]!.message).toContain(part);
        });
      }

      it("lintText(): valid, one warning at the pointer and its line, saying it is our reading; the language server's a warning too", () => {
        const result = lintText(text, { kind: "createOrder" });
        expect(result).toMatchObject({ errorCount: 0, warningCount: 1 });
        expect(result.messages.map((m) => [m.ruleId, m.severity, m.evidence, m.path, m.line])).toEqual([[ruleId, 1, "inferred", path, 1]]);
        for (const part of says) expect(result.messages[0]!.message).toContain(part);
        expect(toDiagnostic(result.messages[0]!, false).severity).toBe(DiagnosticSeverity.Warning);
      });

      it("the CLI: exit 0, one warning", async () => {
        const run = await runCli(["--kind", "createOrder", "--format", "json", "--stdin"], { input: text });
        expect(run.code).toBe(0);
        const [file] = JSON.parse(run.stdout) as { errorCount: number; warningCount: number; messages: { ruleId: string; severity: number }[] }[];
        expect(file).toMatchObject({ errorCount: 0, warningCount: 1, messages: [{ ruleId, severity: 1 }] });
      });

      it("ESLint's recommended config: one warning, no error", async () => {
        const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: true, overrideConfig: recommendedConfig({ kind: "createOrder" }) });
        const [result] = await eslint.lintText(text, { filePath: "order.json" });
        expect(result!.messages.map((m) => [m.ruleId, m.severity])).toEqual([[`oms-lint/${ruleId}`, 1]]);
      });

      it(`rules: { "${ruleId}": "error" } makes it an error, for a team that wants it`, async () => {
        if (value !== undefined) {
          const result = validate("createOrder", value, { rules: { [ruleId]: "error" } });
          expect(result).toMatchObject({ valid: false, errorCount: 1, warningCount: 0 });
          expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.evidence])).toEqual([[ruleId, "error", "inferred"]]);
        }
        expect(lintText(text, { kind: "createOrder", rules: { [ruleId]: "error" } })).toMatchObject({ errorCount: 1, warningCount: 0 });
        const run = await runCli(["--kind", "createOrder", "--rule", `${ruleId}:error`, "--stdin"], { input: text });
        expect(run.code).toBe(1);
      });
    });
  }
});
