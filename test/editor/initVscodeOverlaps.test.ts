import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileKinds } from "../../src/config/config.js";
import { schemaAssociations } from "../../src/vscode/schemaAssociations.js";
import { isSkippedByWalk } from "../../src/files/notPayload.js";
import { repoRoot, runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { problemsAsVsCodeSees, schemasVsCodeAssociates, type Association, writtenSchemas } from "../support/editorJsonService.js";

/**
 * Found by the audit of init --vscode: oms-lint gives a file the kind of the FIRST `files` entry
 * whose glob matches it, but VS Code's JSON service applies EVERY association whose fileMatch
 * matches (all of their schemas at once, as one allOf), and its fileMatch took files the folder
 * walk never lints (package.json, .vscode/settings.json, the config itself).
 */

/** A fresh workspace folder (removed after the file's tests). */
const folder = scratchFolders("init-overlaps");
const workspace = () => folder({});

const importOrder = readFileSync(join(repoRoot, "examples/importOrder.json"), "utf8").replace('"locale": "en-US"', '"locale": "pt-BR"');

describe("init --vscode: each file gets at most the one schema oms-lint gives it", () => {
  it("a file two files globs match is checked in the editor against the first entry's kind only (the one oms-lint lints it as)", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "orders/imports/*.json", kind: "importOrder" }, { glob: "orders/**/*.json", kind: "createOrder" }] }));
    mkdirSync(join(dir, "orders/imports"), { recursive: true });
    writeFileSync(join(dir, "orders/imports/x.json"), importOrder);
    const linted = await runCli(["orders/imports/x.json", "-f", "json"], { cwd: dir });
    expect(linted.code).toBe(0);
    expect(JSON.parse(linted.stdout)).toMatchObject([{ kind: "importOrder", errorCount: 0 }]);

    expect((await runCli(["init", "--vscode"], { cwd: dir })).code).toBe(0);
    const schemas = writtenSchemas(dir);
    // Before: x.json was validated against createOrder.json too, and "pt-BR" is not one of its locales.
    expect(schemasVsCodeAssociates(dir, schemas, "orders/imports/x.json")).toEqual(["importOrder.json"]);
    expect(await problemsAsVsCodeSees(dir, schemas, "orders/imports/x.json", importOrder)).toEqual([]);
    // The later entry still checks its own files, below orders/imports too.
    for (const file of ["orders/x.json", "orders/imports/2026/x.json"]) expect(schemasVsCodeAssociates(dir, schemas, file), file).toEqual(["createOrder.json"]);
    expect(await problemsAsVsCodeSees(dir, schemas, "orders/x.json", importOrder)).toContainEqual(expect.stringMatching(/locale/));
  });

  it.each([
    {
      glob: "**/*.json",
      skipped: ["package.json", "sub/package-lock.json", "tsconfig.build.json", "jsconfig.json", ".vscode/settings.json", ".eslintrc.json", "a/.cache/x.json", "node_modules/x/order.json", "a/node_modules/b.json", "oms-lint-suppressions.json"],
      linted: ["order.json", "a/b/order.json", "tsconfigs.json", "package.orders.json"],
      configs: ["oms-lint.config.json", "a/oms-lint.config.json"],
    },
    { glob: "orders/*.json", skipped: ["orders/package.json", "orders/.order.json", "orders/tsconfig-app.json", "orders/http-client.env.json", "orders/dev.postman_environment.json", "orders/tslint.json", "orders/appsettings.Development.json", "orders/wrangler.json", "orders/project.json"], linted: ["orders/a.json", "orders/tsconfig_app.json", "orders/appsettings-order.json"], configs: ["orders/oms-lint.config.json"] },
  ])("files $glob: the editor checks none of the files the folder walk never lints, and a config against the config's schema alone", async ({ glob, skipped, linted, configs }) => {
    const dir = workspace();
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob, kind: "createOrder" }] }));
    expect((await runCli(["init", "--vscode"], { cwd: dir })).code).toBe(0);
    const schemas = writtenSchemas(dir);
    for (const file of skipped) expect(schemasVsCodeAssociates(dir, schemas, file), file).toEqual([]);
    for (const file of configs) expect(schemasVsCodeAssociates(dir, schemas, file), file).toEqual(["oms-lint.config.schema.json"]);
    for (const file of linted) expect(schemasVsCodeAssociates(dir, schemas, file), file).toEqual(["createOrder.json"]);
  });

  // Found by the audit of init's globs: picomatch's glob (oms-lint) and VS Code's fileMatch do not say the same thing.
  it.each([
    {
      why: "an extglob entry, which fileMatch cannot say, is still excluded from the later associations",
      files: [{ glob: "orders/@(a|b).json", kind: "importOrder" }, { glob: "orders/*.json", kind: "createOrder" }],
      linted: { "orders/a.json": "importOrder", "orders/b.json": "importOrder", "orders/c.json": "createOrder" },
    },
    {
      why: "a root `*.json`, which VS Code takes at any depth, does not take a later entry's file below the root",
      files: [{ glob: "*.json", kind: "importOrder" }, { glob: "**/*.json", kind: "createOrder" }],
      linted: { "a.json": "importOrder", "x/a.json": "createOrder", "x/y/a.json": "createOrder" },
    },
    {
      why: "a `?`, which VS Code lets match `/`, does not take a later entry's file across folders",
      files: [{ glob: "a?c/*.json", kind: "importOrder" }, { glob: "**/*.json", kind: "createOrder" }],
      linted: { "abc/x.json": "importOrder", "a/c/x.json": "createOrder" },
    },
  ])("$why", async ({ files, linted }) => {
    const dir = workspace();
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files }));
    expect((await runCli(["init", "--vscode"], { cwd: dir })).code).toBe(0);
    const schemas = writtenSchemas(dir);
    // The kind oms-lint lints it as, or none (fileMatch cannot say every glob: the editor may check less, never against another kind).
    for (const [file, kind] of Object.entries(linted)) expect([[], [`${kind}.json`]], file).toContainEqual(schemasVsCodeAssociates(dir, schemas, file));
  });

  /**
   * Found by the audit of the language server: VS Code matches a fileMatch on the file's URI,
   * where `#` is `%23` and `?` is `%3F`; init wrote them as they are, so the entry's own pattern
   * took none of its files and the catch-all's exclusion of them excluded none: the catch-all's
   * createOrder schema reported `locale must be one of …` on an import oms-lint passes.
   */
  const zzImport = importOrder.replace('"locale": "pt-BR"', '"locale": "zz-ZZ"');
  it.each([
    { glob: "**/C#/imports/*.json", file: "C#/imports/x.json" },
    { glob: "**/what?/*.json", file: "what?/x.json" },
    { glob: "**/what\\?/*.json", file: "what?/x.json" },
    { glob: "imports/#1/*.json", file: "imports/#1/x.json" },
  ])("a `#` or `?` in $glob: before a catch-all, the file gets importOrder's schema or none, never createOrder's", async ({ glob, file }) => {
    for (const files of [[{ glob, kind: "importOrder" }, { glob: "**/*.json", kind: "createOrder" }], [{ glob, kind: "importOrder" }]]) {
      const dir = workspace();
      writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files }));
      mkdirSync(join(dir, file, ".."), { recursive: true });
      writeFileSync(join(dir, file), zzImport);
      const linted = await runCli([file, "-f", "json"], { cwd: dir });
      expect(JSON.parse(linted.stdout)).toMatchObject([{ kind: "importOrder", errorCount: 0 }]);
      expect((await runCli(["init", "--vscode"], { cwd: dir })).code).toBe(0);
      const schemas = writtenSchemas(dir);
      expect(await problemsAsVsCodeSees(dir, schemas, file, zzImport), JSON.stringify(files)).toEqual([]);
      const given = schemasVsCodeAssociates(dir, schemas, file, { folderUri: true });
      // Alone, a literal `#` or an escaped `?` is said exactly; a `?` wildcard cannot take the URI's three characters.
      const exact = files.length === 1 && glob !== "**/what?/*.json";
      expect(given, JSON.stringify(files)).toEqual(exact ? ["importOrder.json"] : given.length === 0 ? [] : ["importOrder.json"]);
    }
  });

  it("a glob that can match none of those files gets no exclusion for them", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "orders/order-*.json", kind: "createOrder" }] }));
    expect((await runCli(["init", "--vscode"], { cwd: dir })).code).toBe(0);
    expect(writtenSchemas(dir)[0]).toEqual({ fileMatch: ["/orders/order-*.json"], url: "./node_modules/oms-lint/schemas/editor/createOrder.json" });
  });
});

/** Globs whose match from the folder is the same as VS Code's `**\/<glob>` on the file's URI, so that the editor can agree with oms-lint file for file. */
const globs = fc.constantFrom("**/*.json", "**/orders/*.json", "**/orders/**/*.json", "**/imports/*.json", "**/a/**/x.json", "**/*.order.json", "**/package*.json", "**/.cache/*.json", "**/{a,.b}/*.json", "**/node_modules/**");
const names = fc.constantFrom("orders", "imports", "a", ".b", ".cache", "node_modules", "x.json", "package.json", "package.order.json", "tsconfig.json", "tsconfig.app.json", "oms-lint.config.json", ".x.json", "b.order.json", "http-client.env.json", "dev.postman_environment.json", "tslint.json", "appsettings.Production.json");
const kinds = ["createOrder", "importOrder", "orderCustomData"] as const;

describe("init --vscode, property: VS Code's matcher gives a file oms-lint's kind, or nothing where the folder walk never lints it", () => {
  it("for any files entries and any path in the folder", () => {
    const dir = "/srv/ws";
    fc.assert(
      // With and without folderUri: VS Code gives it for a folder's own settings in a multi-root workspace only.
      fc.property(fc.array(globs, { minLength: 1, maxLength: 4 }), fc.array(fc.array(names, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 10 }), fc.boolean(), (entryGlobs, paths, folderUri) => {
        const files = fileKinds(entryGlobs.map((glob, i) => ({ glob, kind: kinds[i % kinds.length]! })));
        const { associations } = schemaAssociations(dir, { baseDir: dir, files }, join(dir, "oms-lint.config.json"));
        // A JSON file: VS Code applies json.schemas to the JSON documents only, and the walk takes no other name.
        for (const path of paths.map((segments) => segments.join("/")).filter((path) => path.endsWith(".json"))) {
          const kind = files.find((entry) => entry.matches(path))?.kind;
          const expected = path.endsWith("oms-lint.config.json") ? ["oms-lint.config.schema.json"] : kind === undefined || isSkippedByWalk(path.split("/")) ? [] : [`${kind}.json`];
          expect(schemasVsCodeAssociates(dir, associations, path, { folderUri }), path).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  /**
   * Any glob: `**\/`-less ones too, which VS Code matches at any depth (`/orders/*.json` takes
   * x/orders/a.json, `/*.json` every JSON file), a `?` (VS Code's matches `/`) and an extglob
   * (fileMatch cannot say it; its association is left out, its files still excluded after it).
   */
  const anyGlobs = fc.constantFrom("C#/*.json", "**/C#/*.json", "a\\?/*.json", "**/a?/*.json", "*%23.json", "C%23/*.json", "*.json", "orders/*.json", "orders/**/*.json", "a/*/x.json", "**/x.json", "imports/{a,b}.json", "?.json", "a?c/*.json", "orders/**", "orders/@(a|b).json", "+(a|x).json", "**/*.json", "**/orders/*.json", "[ab].json", "orders/[!a].json", "{a,c}/**", "orders/?/x.json", "*/x.json", "orders/imports/*.json", "a/**/x.json", "{orders,a}/*.json");
  // A `#` or `?` is `%23` or `%3F` in the URI VS Code matches on, which a name may also hold as it is.
  const anyNames = fc.constantFrom("orders", "imports", "a", "c", ".b", "node_modules", "x.json", "a.json", "b.json", "package.json", "oms-lint.config.json", "C#", "C%23", "a?", "a%3F", "ab", "x#.json", "x%23.json");

  it("for any globs, VS Code gives a file oms-lint maps the kind oms-lint gives it or none, and any file at most one of oms-lint's schemas", () => {
    const dir = "/srv/ws";
    fc.assert(
      fc.property(fc.array(anyGlobs, { minLength: 1, maxLength: 4 }), fc.array(fc.array(anyNames, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 10 }), (entryGlobs, paths) => {
        const files = fileKinds(entryGlobs.map((glob, i) => ({ glob, kind: kinds[i % kinds.length]! })));
        const { associations } = schemaAssociations(dir, { baseDir: dir, files }, join(dir, "oms-lint.config.json"));
        for (const path of paths.map((segments) => segments.join("/")).filter((path) => path.endsWith(".json"))) {
          const given = schemasVsCodeAssociates(dir, associations, path);
          expect(given.length, path).toBeLessThanOrEqual(1);
          // A file no entry maps, oms-lint tells by its content: the editor may give it a kind a glob without `**/` takes at any depth (README).
          const kind = files.find((entry) => entry.matches(path))?.kind;
          if (kind !== undefined && !isSkippedByWalk(path.split("/"))) expect(given, path).toEqual(given.length === 0 ? [] : [`${kind}.json`]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
