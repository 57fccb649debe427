import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsOf, sources } from "./sourceImports.js";

/**
 * The command line is one consumer of the lint; the language server and the ESLint plugin are
 * others. What they share (which files are payloads, oms-lint's own reports, the .gitignore
 * chain, the package's name and version, the rule descriptions, a run's per-file options)
 * lives in a folder named for what it holds, which all three import: no module outside
 * src/cli imports from it. The one exception is the `oms-lint lsp` subcommand's glue,
 * src/lsp/lspCommand.ts, which is handed the CLI's io and throws its usage error.
 * (Found by the layers audit: src/eslint and src/lsp imported seven modules of src/cli.)
 */

const root = fileURLToPath(new URL("../../", import.meta.url));
const src = join(root, "src");
const cli = join(src, "cli");
const allowed = new Set([join(src, "lsp", "lspCommand.ts")]);

const isUnderCli = (path: string) => path.startsWith(cli + sep);

/** Each `file → imported module` where a module outside src/cli (other than the allowed glue) imports one inside it. */
function cliImports(files: readonly string[], read?: (file: string) => string): string[] {
  return files
    .filter((file) => !isUnderCli(file) && !allowed.has(file))
    .flatMap((file) => importsOf(file, read?.(file)).filter(isUnderCli).map((target) => `${relative(root, file)} → ${relative(root, target)}`));
}

describe("src/cli is imported by nothing outside it", () => {
  it("the check sees static, type-only, re-exported and dynamic imports of src/cli, and lets the lsp subcommand's glue through", () => {
    const texts: Record<string, string> = {
      [join(src, "eslint", "a.ts")]: 'import type { A } from "../cli/a.js";\nexport { b } from "../cli/b.js";',
      [join(src, "lsp", "c.ts")]: 'const c = await import("../cli/c.js");\nimport { d } from "./d.js";',
      [join(src, "lint", "e.ts")]: 'import { e } from "../cli/e.js";',
      [join(src, "lsp", "lspCommand.ts")]: 'import { UsageError } from "../cli/usageError.js";',
      [join(src, "cli", "f.ts")]: 'import { f } from "./f2.js";',
    };
    expect(cliImports(Object.keys(texts), (file) => texts[file]!)).toEqual([
      "src/eslint/a.ts → src/cli/a.js",
      "src/eslint/a.ts → src/cli/b.js",
      "src/lsp/c.ts → src/cli/c.js",
      "src/lint/e.ts → src/cli/e.js",
    ]);
  });

  it("src/eslint, src/lsp and every other folder of src/ import nothing from src/cli", () => {
    const files = sources(src);
    expect(files.filter((file) => file.startsWith(join(src, "eslint") + sep)).length).toBeGreaterThan(5);
    expect(files.filter((file) => file.startsWith(join(src, "lsp") + sep)).length).toBeGreaterThan(5);
    expect(cliImports(files)).toEqual([]);
  });

  it("lspCommand.ts says why it imports from src/cli", () => {
    const glue = join(src, "lsp", "lspCommand.ts");
    expect(importsOf(glue).filter(isUnderCli).map((target) => relative(cli, target)).sort()).toEqual(["cliIo.js", "usageError.js"]);
    expect(readFileSync(glue, "utf8")).toMatch(/src\/cli/);
  });
});
