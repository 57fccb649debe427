import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { schemaAssociations } from "../../src/vscode/schemaAssociations.js";
import { loadConfig } from "../../src/config/loadConfig.js";
import { lintDocument } from "../../src/lsp/documentLint.js";
import { problemsAsVsCodeSees, schemasVsCodeAssociates } from "../support/editorJsonService.js";
import { createOrder } from "../support/payloads.js";
import { writeInitSettings } from "../support/initSettings.js";

/**
 * Under structure "editor", oms-lint leaves structure to VS Code's JSON validation only on the
 * files init --vscode associates with a schema. A `files` glob VS Code's fileMatch cannot say (an
 * extglob, a POSIX class, an escape) is left out of the associations, so the files it alone maps
 * keep their structure published (found by the review of the stop: shown nowhere).
 */
describe("structure \"editor\" on files mapped by a glob VS Code cannot say", () => {
  const dir = mkdtempSync(join(tmpdir(), "oms-lint-editor-globs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = JSON.stringify(createOrder({ currency: "XXX" }), null, 2);
  const schemaFindings = async (glob: string, file: string, structure: "publish" | "editor") => {
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob, kind: "createOrder" }] }));
    const config = await loadConfig(join(dir, "oms-lint.config.json"), dir);
    writeInitSettings(dir, config, join(dir, "oms-lint.config.json"));
    const lint = lintDocument({ filePath: join(dir, file) }, text, config, { structure } as never, dir);
    return lint?.result.messages.filter((m) => m.ruleId === "schema").map((m) => m.message) ?? [];
  };
  /** What VS Code shows on the file with the json.schemas init --vscode writes for the config schemaFindings last wrote. */
  const editorFindings = async (file: string) => {
    const config = await loadConfig(join(dir, "oms-lint.config.json"), dir);
    return problemsAsVsCodeSees(dir, schemaAssociations(dir, config, join(dir, "oms-lint.config.json")).associations, file, text);
  };

  it.each([
    ["an extglob", "legacy/!(old)/*.json", "legacy/new/order.json"],
    ["a POSIX class", "[[:alpha:]]*/order.json", "shop/order.json"],
    // "Every file but legacy's": fileMatch reads "/!legacy/**" as a folder named "!legacy", and a ! only at its start as an exclusion.
    ["a negated glob", "!legacy/**", "shop/order.json"],
    ["a negated glob after ./", "./!legacy/**", "shop/order.json"],
  ])("%s: the currency's refusal is published, as under \"publish\"", async (_, glob, file) => {
    const published = await schemaFindings(glob, file, "publish");
    expect(published).toEqual([expect.stringMatching(/^currency must be one of the 35 documented ISO codes/)]);
    expect(await schemaFindings(glob, file, "editor")).toEqual(published);
  });

  it("a plain glob: left to the editor, which reports it from its schema", async () => {
    expect(await schemaFindings("legacy/*/order.json", "legacy/new/order.json", "publish")).toHaveLength(1);
    expect(await schemaFindings("legacy/*/order.json", "legacy/new/order.json", "editor")).toEqual([]);
  });

  /**
   * Where fileMatch cannot say a glob as oms-lint reads it, init leaves some files of a plain glob
   * unchecked too (audit of init's globs): x/a.json of `**\/*.json` after `*.json` (VS Code takes
   * `/*.json` at any depth), orders/c.json of `orders/*.json` after an extglob of orders/. The
   * server publishes their structure, under "editor" too, or it would be shown nowhere.
   */
  it.each([
    { files: [{ glob: "*.json", kind: "importOrder" }, { glob: "**/*.json", kind: "createOrder" }], file: "x/a.json" },
    { files: [{ glob: "orders/@(a|b).json", kind: "importOrder" }, { glob: "orders/*.json", kind: "createOrder" }], file: "orders/c.json" },
    { files: [{ glob: "a?c/*.json", kind: "importOrder" }, { glob: "**/*.json", kind: "createOrder" }], file: "a/c/x.json" },
  ])("files $files.0.glob then $files.1.glob: exactly one of the editor and the server reports $file's currency", async ({ files, file }) => {
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files }));
    const config = await loadConfig(join(dir, "oms-lint.config.json"), dir);
    writeInitSettings(dir, config, join(dir, "oms-lint.config.json"));
    const server = lintDocument({ filePath: join(dir, file) }, text, config, { structure: "editor" } as never, dir)?.result.messages.filter((m) => m.ruleId === "schema") ?? [];
    const editor = (await editorFindings(file)).filter((message) => /currency/.test(message));
    expect(server.length + editor.length, JSON.stringify({ server, editor })).toBe(1);
  });

  /**
   * The server leaves a file's structure to the editor exactly where init's fileMatch makes the
   * editor check it: each a glob with any number of leading "./", which the linter's matcher
   * drops. "./orders/*.json" was written "/./orders/*.json", matching nothing, while the server
   * took its files for the editor's: a currency "XXX" was shown nowhere (second review).
   */
  it("exactly one of the editor and the server reports the currency, whatever ./ the glob begins with", async () => {
    const globs: { glob: string; file: string; checkedBy: "editor" | "server" }[] = [
      { glob: "orders/*.json", file: "orders/a.json", checkedBy: "editor" },
      { glob: "orders/**/*.json", file: "orders/2026/a.json", checkedBy: "editor" },
      { glob: "orders/!(b)/*.json", file: "orders/a/x.json", checkedBy: "server" },
    ];
    // Twelve cases in all (three globs, none to three "./"): each run once, as examples, not 24 draws of them.
    const every = globs.flatMap((glob) => [0, 1, 2, 3].map((dots): [(typeof globs)[number], number] => [glob, dots]));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...globs), fc.nat({ max: 3 }), async ({ glob, file, checkedBy }, dots) => {
        const server = await schemaFindings(`${"./".repeat(dots)}${glob}`, file, "editor");
        const editor = await editorFindings(file);
        expect({ server: server.length, editor: editor.length }).toEqual(checkedBy === "editor" ? { server: 0, editor: 1 } : { server: 1, editor: 0 });
      }),
      { examples: every, numRuns: every.length },
    );
  });
});

/**
 * Found by the audit of the rework of init's globs: a file whose structure the server left to the
 * editor though init's associations do not check it (a `#` in its name, which VS Code's URI
 * encodes; a config above the workspace folder, whose associations the server had made from the
 * config's folder, not the workspace's where init runs), and a glob VS Code reads otherwise
 * (nested braces), whose files got another kind's schema.
 */
describe("structure \"editor\": the editor or the server, never neither, never another kind", () => {
  const root = mkdtempSync(join(tmpdir(), "oms-lint-editor-checked-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const text = JSON.stringify(createOrder({ currency: "XXX" }), null, 2);
  let cases = 0;

  /** The schema findings the server publishes under "editor" and the currency problems VS Code shows, for `file` below `workspace` (below the case's folder, which holds the config). */
  async function reported(files: unknown, workspace: string, file: string): Promise<{ server: string[]; editor: string[] }> {
    const dir = join(root, `case-${++cases}`);
    const folder = join(dir, workspace);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files }));
    const config = await loadConfig(join(dir, "oms-lint.config.json"), dir);
    writeInitSettings(folder, config, join(dir, "oms-lint.config.json"));
    const server = lintDocument({ filePath: join(folder, file) }, text, config, { structure: "editor" } as never, folder)?.result.messages.filter((m) => m.ruleId === "schema").map((m) => m.message) ?? [];
    const associations = schemaAssociations(folder, config, join(dir, "oms-lint.config.json")).associations;
    const editor = (await problemsAsVsCodeSees(folder, associations, file, text)).filter((message) => /currency/.test(message));
    return { server, editor };
  }

  it.each([
    ["a # in the file's name (its URI writes %23)", [{ glob: "orders/order-?.json", kind: "createOrder" }], ".", "orders/order-#.json"],
    ["a # in a literal glob and its file", [{ glob: "orders/#1.json", kind: "createOrder" }], ".", "orders/#1.json"],
    ["a config above the workspace folder, its glob reaching into it", [{ glob: "*/orders/*.json", kind: "createOrder" }], "pkg", "orders/a.json"],
    ["a config above the workspace folder, *.json then **/*.json", [{ glob: "*.json", kind: "createOrder" }, { glob: "**/*.json", kind: "createOrder" }], "pkg", "x.json"],
  ])("%s: exactly one of them reports the currency", async (_label, files, workspace, file) => {
    const { server, editor } = await reported(files, workspace, file);
    expect(server.length + editor.length, JSON.stringify({ server, editor })).toBe(1);
  });

  it("nested braces, which VS Code reads otherwise (o/{a,{b,c},d}.json takes o/b,d.json there): no association says them, so no file gets their kind", async () => {
    const dir = join(root, `case-${++cases}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "o/{a,{b,c},d}.json", kind: "importOrder" }] }));
    const config = await loadConfig(join(dir, "oms-lint.config.json"), dir);
    const { associations, unsayable } = schemaAssociations(dir, config, join(dir, "oms-lint.config.json"));
    expect(unsayable).toEqual(["o/{a,{b,c},d}.json"]);
    for (const file of ["o/b,d.json", "o/a.json", "o/b.json"]) expect(schemasVsCodeAssociates(dir, associations, file)).toEqual([]);
  });
});
