import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import { kinds } from "../../src/kinds/kinds.js";
import type { LintResult } from "../../src/lint/lintResult.js";
import { lintText } from "../../src/builtIn/linter.js";
import { runCli, type CliOptions, type CliRun } from "../support/cli.js";

/** The hostile suite: what every run of the CLI must hold, whatever it was given. */

export const formats = ["stylish", "json", "compact", "sarif", "junit", "github", "gitlab", "rdjson"] as const;

/**
 * A scratch folder, removed by `remove()` (call it from afterAll). Made when first used, not
 * when the file is collected: a run filtered by test name (-t) collects every describe but runs
 * no afterAll of one it skips, and left an empty folder each.
 */
export function scratch(prefix: string) {
  let made: string | undefined;
  const dir = (): string => (made ??= mkdtempSync(join(tmpdir(), `oms-lint-${prefix}-`)));
  return {
    get dir(): string {
      return dir();
    },
    path: (relative: string) => join(dir(), relative),
    write(relative: string, data: string | Uint8Array): string {
      const path = join(dir(), relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
      return path;
    },
    remove: () => {
      if (made !== undefined) rmSync(made, { recursive: true, force: true });
    },
  };
}

/** A stack frame as Node prints one: "    at fn (file:line:col)". */
const stackFrame = /^\s+at .+/m;

export interface HostileRun extends CliRun {
  /** The report, for --format json runs that did not fail on usage. */
  readonly results?: LintResult[];
}

/**
 * Runs the CLI (in process, through run()) and checks the promises that hold for any input:
 * an exit code of 0, 1 or 2, no stack trace, and a machine format's stdout that parses.
 */
export async function hostileRun(args: readonly string[], options: CliOptions = {}): Promise<HostileRun> {
  const run = await runCli(args, options);
  expect([0, 1, 2], `exit ${run.code}; stderr: ${run.stderr.slice(0, 500)}`).toContain(run.code);
  expect(run.stderr).not.toMatch(stackFrame);
  expect(run.stdout).not.toMatch(stackFrame);
  const format = args[args.indexOf("--format") + 1];
  if (run.code === 2) {
    // A usage or configuration error: said on stderr, one "oms-lint:" line a problem, nothing on stdout.
    expect(run.stdout).toBe("");
    for (const line of run.stderr.trimEnd().split("\n")) expect(line).toMatch(/^oms-lint: /);
    return run;
  }
  if (format === "json") return { ...run, results: JSON.parse(run.stdout) as LintResult[] };
  if (format === "sarif") JSON.parse(run.stdout);
  return run;
}

/**
 * The one fatal message of a file that was not read or did not parse: its rule, wording and
 * place, its pointer "" (the whole file) unless a limit was passed at a value the pointer names.
 */
export function expectFatal(result: LintResult | undefined, expected: { message: RegExp; line?: number; column?: number; path?: string }): void {
  expect(result, "a result for the file").toBeDefined();
  expect(result!.errorCount).toBe(1);
  expect(result!.messages).toHaveLength(1);
  const [m] = result!.messages;
  expect(m).toMatchObject({ ruleId: "parse", severity: 2, path: expected.path ?? "", fatal: true });
  expect(m!.message).toMatch(expected.message);
  if (expected.line !== undefined) expect({ line: m!.line, column: m!.column }).toEqual({ line: expected.line, column: expected.column });
}

/**
 * The library side of a case: lintText never throws on the text, with the kind told from
 * the content and (unless `everyKind` is false) forced to each kind, and places every
 * message inside the text.
 */
export function libraryResult(text: string, options: Parameters<typeof lintText>[1] = {}, everyKind = true): LintResult {
  const lines = text.split(/\r\n?|\n/).length;
  let detected: LintResult | undefined;
  for (const kind of [undefined, ...(everyKind ? kinds.map((k) => k.kind) : [])]) {
    const result = lintText(text, { ...options, kind });
    for (const m of result.messages) {
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.line).toBeLessThanOrEqual(lines);
      expect(m.column).toBeGreaterThanOrEqual(1);
      expect(m.message.length).toBeGreaterThan(0);
    }
    detected ??= result;
  }
  return detected!;
}

/** Every result of a json report, by file name relative to `dir`. */
export function byFile(results: readonly LintResult[] | undefined, dir: string): Map<string, LintResult> {
  return new Map((results ?? []).map((r) => [r.filePath.slice(dir.length + 1), r]));
}
