import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import picomatch from "picomatch";
import { afterAll, describe, expect, it } from "vitest";
import { compileOverrides, emptyConfig, fileKinds } from "../../src/config/config.js";
import { mergeRules } from "../../src/config/fileConfig.js";
import { kindForFile } from "../../src/config/kindForFile.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { positionOf, runCli } from "../support/cli.js";

const root = mkdtempSync(join(tmpdir(), "oms-lint-overrides-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A repository folder with the given files (objects are written as JSON). */
function repo(name: string, files: Record<string, unknown>): string {
  const dir = join(root, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

type Result = { filePath: string; messages: { ruleId: string; severity: number }[] };
const lint = async (cwd: string, args: string[]) => {
  const run = await runCli(["-f", "json", ...args], { cwd });
  const results = run.stdout === "" ? [] : (JSON.parse(run.stdout) as Result[]);
  return { ...run, found: Object.fromEntries(results.map((r) => [r.filePath.slice(cwd.length + 1), r.messages.map((m) => `${m.ruleId}:${m.severity}`)])) };
};

/** Discontinued with in-stock items: availability-split's error, unless the tenant is onBlocks. */
const mixed = orderWithItems([orderItem({ availability: "Y", partNumber: "A" }), orderItem({ availability: "D", partNumber: "B" })]);

/** What the config's ignores say of a glob that names nothing. */
const badIgnore = `an ignore is a glob that names files or folders ("drafts/", "**/*.draft.json"), or ! and a glob that un-ignores what an earlier one ignored ("!fixtures/legacy/keep.json"); "/" or "!" alone names none, and !! is not a glob`;

describe("config overrides: rules and settings per glob", () => {
  const tenants = repo("tenants", {
    "oms-lint.config.json": {
      rules: { "unknown-property": "error" },
      overrides: [{ files: ["tenant-blocks/**"], settings: { onBlocks: true } }],
    },
    "tenant-blocks/orders/mixed.json": mixed,
    "tenant-plain/orders/mixed.json": mixed,
  });

  it("two tenants in one repository: the onBlocks folder splits its own orders, the other is told to", async () => {
    const run = await lint(tenants, ["."]);
    expect(run.found).toEqual({ "tenant-blocks/orders/mixed.json": [], "tenant-plain/orders/mixed.json": ["availability-split:2"] });
    expect(run.code).toBe(1);
  });

  it("an entry's setting wins over the config's own, for its files alone", async () => {
    const dir = repo("settings-over", {
      "oms-lint.config.json": { settings: { onBlocks: false }, overrides: [{ files: ["tenant-blocks/**"], settings: { onBlocks: true } }] },
      "tenant-blocks/mixed.json": mixed,
      "tenant-plain/mixed.json": mixed,
    });
    expect((await lint(dir, ["."])).found).toEqual({ "tenant-blocks/mixed.json": [], "tenant-plain/mixed.json": ["availability-split:2"] });
  });

  it("a later entry wins rule by rule; a level alone keeps the options set before it; --rule lies on top of all", async () => {
    const dir = repo("layers", {
      "oms-lint.config.json": {
        overrides: [
          { files: ["a/**"], rules: { "availability-split": "warn" } },
          { files: ["a/deep/**"], rules: { "availability-split": "off" } },
          { files: ["**/*.json"], ignores: ["b/**"], rules: { "unknown-property": "off" } },
        ],
      },
      "a/x.json": { ...mixed, extra: 1 },
      "a/deep/x.json": { ...mixed, extra: 1 },
      "b/x.json": { ...mixed, extra: 1 },
    });
    const run = await lint(dir, ["."]);
    expect(run.found).toEqual({ "a/deep/x.json": [], "a/x.json": ["availability-split:1"], "b/x.json": ["availability-split:2", "unknown-property:1"] });
    const withRule = await lint(dir, ["--rule", "availability-split:error", "."]);
    expect(withRule.found["a/deep/x.json"]).toEqual(["availability-split:2"]);
  });

  it("an override's rules are checked like the top level's: a bad one is exit 2, one line at its place", async () => {
    const text = `{\n  "overrides": [\n    { "files": ["a/**"], "rules": { "no-such-rule": "warn" } }\n  ]\n}\n`;
    const dir = repo("bad-rule", { "oms-lint.config.json": text, "a/x.json": mixed });
    const run = await runCli(["."], { cwd: dir });
    const { line, column } = positionOf(text, `"warn"`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^oms-lint: oms-lint\\.config\\.json:${line}:${column}: unknown rule "no-such-rule"[^\\n]*\\n$`));
  });

  it.each([
    [`{ "overrides": [{ "rules": {} }] }`, `{ "rules"`, "an overrides entry needs files, the globs it applies to"],
    [`{ "overrides": [{ "files": [], "rules": {} }] }`, `[]`, "files must name at least one glob"],
    // At the key the entry may not have (its value: the line of the key), not at the entry's brace.
    [`{ "overrides": [{ "files": ["a/**"], "setting": {} }] }`, `{} }`, "an overrides entry has files, ignores, rules and settings only"],
    [`{ "overrides": [{ "files": ["a/**"], "settings": { "onBlocks": "yes" } }] }`, `"yes"`, "settings.onBlocks must be true or false"],
    [`{ "overrides": { "files": ["a/**"] } }`, `{ "files"`, "overrides must be a list of"],
    [`{ "ignores": "drafts/" }`, `"drafts/"`, "ignores must be a list of globs"],
    // "/" alone, a folder with no name: was an internal error (picomatch given the empty glob left of it).
    [`{ "ignores": ["drafts/", "/"] }`, `"/"`, badIgnore],
    // A `!` with no glob after it un-ignores nothing; `!!x` would reach picomatch as "every path but x".
    [`{ "ignores": ["drafts/*", "!"] }`, `"!"`, badIgnore],
    [`{ "ignores": ["drafts/*", "!/"] }`, `"!/"`, badIgnore],
    [`{ "ignores": ["drafts/*", "!!drafts/keep.json"] }`, `"!!`, badIgnore],
  ])("a bad override or ignores is a usage error: exit 2, one line (%s)", async (config, at, message) => {
    const dir = repo(`bad-${Buffer.from(config).toString("hex").slice(0, 40)}`, { "oms-lint.config.json": config, "a/x.json": mixed });
    const run = await runCli(["."], { cwd: dir });
    const { line, column } = positionOf(config, at);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toHaveLength(2);
    expect(run.stderr).toContain(`oms-lint: oms-lint.config.json:${line}:${column}: ${message}`);
  });

  it("the config's existing keys keep working without the new ones", async () => {
    const dir = repo("plain", { "oms-lint.config.json": { rules: { "availability-split": "warn" }, settings: { onBlocks: false } }, "x.json": mixed });
    expect((await lint(dir, ["."])).found).toEqual({ "x.json": ["availability-split:1"] });
  });
});

describe("config ignores", () => {
  const dir = repo("ignores", {
    "oms-lint.config.json": { ignores: ["legacy/", "**/*.draft.json", "notes/old.json"] },
    "orders/good.json": mixed,
    "orders/wip.draft.json": "not JSON",
    "legacy/deep/broken.json": "not JSON",
    "notes/old.json": "not JSON",
    "notes/new.json": mixed,
  });

  it("skip files and folders in a folder walk and in a glob, relative to the config's folder", async () => {
    const walk = await lint(dir, ["."]);
    expect(Object.keys(walk.found)).toEqual(["notes/new.json", "orders/good.json"]);
    const glob = await lint(dir, ["**/*.json"]);
    expect(Object.keys(glob.found)).toEqual(["notes/new.json", "orders/good.json"]);
    const below = await lint(join(dir, "orders"), ["."]);
    expect(Object.keys(below.found)).toEqual(["good.json"]);
  });

  it("a file named outright is linted all the same; --no-ignore lints them all", async () => {
    expect(Object.keys((await lint(dir, ["notes/old.json"])).found)).toEqual(["notes/old.json"]);
    expect(Object.keys((await lint(dir, ["--no-ignore", "."])).found)).toEqual([
      "legacy/deep/broken.json",
      "notes/new.json",
      "notes/old.json",
      "orders/good.json",
      "orders/wip.draft.json",
    ]);
  });

  it("a folder whose every file is ignored is a usage error that says so", async () => {
    const run = await runCli(["legacy"], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe(`oms-lint: all the files "legacy" matches are ignored (by .gitignore, --ignore-pattern or the config's ignores; --no-ignore lints them)\n`);
  });
});

describe("config ignores: a later ! un-ignores, as in ESLint's global ignores", () => {
  const bad = '{"name": "", "value": "x"}';
  const legacy = (ignores: string[]) =>
    repo(`negated-${Buffer.from(ignores.join("|")).toString("hex").slice(0, 60)}`, {
      "oms-lint.config.json": { ignores, files: [{ glob: "**/*.json", kind: "orderCustomData" }] },
      "fixtures/bad.json": bad,
      "fixtures/legacy/old.json": "not JSON",
      "fixtures/legacy/keep.json": bad,
      "fixtures/legacy/deep/older.json": "not JSON",
    });
  const files = async (dir: string, args: string[]) => {
    const run = await lint(dir, args);
    return { code: run.code, stderr: run.stderr, files: Object.keys(run.found) };
  };

  it("ignores a folder's files but the one un-ignored after, in a folder walk and a glob (exit 1 on the errors of both)", async () => {
    const dir = legacy(["fixtures/legacy/*", "!fixtures/legacy/keep.json"]);
    const linted = { code: 1, stderr: "", files: ["fixtures/bad.json", "fixtures/legacy/keep.json"] };
    expect(await files(dir, ["."])).toEqual(linted);
    expect(await files(dir, ["**/*.json"])).toEqual(linted);
    expect(await files(dir, ["fixtures/legacy"])).toEqual({ ...linted, files: ["fixtures/legacy/keep.json"] });
  });

  it("a ! pattern alone un-ignores nothing and ignores nothing", async () => {
    const dir = legacy(["!fixtures/bad.json"]);
    expect(await files(dir, ["--no-error-on-unmatched-pattern", "."])).toMatchObject({ code: 1, files: ["fixtures/bad.json", "fixtures/legacy/deep/older.json", "fixtures/legacy/keep.json", "fixtures/legacy/old.json"] });
  });

  it("the last pattern that matches decides: an ignore after the ! ignores again", async () => {
    const dir = legacy(["fixtures/legacy/*", "!fixtures/legacy/*.json", "fixtures/legacy/old.json"]);
    expect(await files(dir, ["."])).toMatchObject({ files: ["fixtures/bad.json", "fixtures/legacy/keep.json"] });
  });

  it("a folder un-ignored (`!fixtures/legacy/deep/`) is walked, its files linted", async () => {
    const dir = legacy(["fixtures/legacy/*", "!fixtures/legacy/deep/"]);
    expect(await files(dir, ["."])).toMatchObject({ files: ["fixtures/bad.json", "fixtures/legacy/deep/older.json"] });
  });

  it.each([["fixtures/legacy/"], ["fixtures/legacy"], ["fixtures/legacy/**"]])(
    "nothing in a folder the ignores name as a whole (%s) can be un-ignored: the walk never enters it (ESLint, gitignore)",
    async (folder) => {
      const dir = legacy([folder, "!fixtures/legacy/keep.json"]);
      expect(await files(dir, ["."])).toMatchObject({ code: 1, files: ["fixtures/bad.json"] });
    },
  );
});

describe("--ignore-pattern !…: un-ignores as the config's ignores do, after them (as ESLint's command line comes after its config)", () => {
  const bad = '{"name": "", "value": "x"}';
  const tree = (ignores: string[]) =>
    repo(`cli-negated-${Buffer.from(ignores.join("|")).toString("hex").slice(0, 60)}`, {
      "oms-lint.config.json": { ignores, files: [{ glob: "**/*.json", kind: "orderCustomData" }] },
      "fixtures/bad.json": bad,
      "fixtures/legacy/old.json": "not JSON",
      "fixtures/legacy/keep.json": bad,
    });
  const files = async (dir: string, args: string[], cwd = dir) => {
    const run = await runCli(["-f", "json", ...args], { cwd });
    const results = run.stdout === "" ? [] : (JSON.parse(run.stdout) as Result[]);
    return { code: run.code, stderr: run.stderr, files: results.map((r) => r.filePath.slice(dir.length + 1)) };
  };
  const both = ["fixtures/bad.json", "fixtures/legacy/keep.json"];
  const flags = (patterns: string[]) => patterns.flatMap((pattern) => ["--ignore-pattern", pattern]);

  it.each([
    // [the config's ignores, --ignore-pattern, files linted]
    [[], ["fixtures/legacy/*", "!fixtures/legacy/keep.json"], both],
    [["fixtures/legacy/*"], ["!fixtures/legacy/keep.json"], both],
    // The command line's patterns come after the config's: its ignore wins over the config's un-ignore.
    [["fixtures/legacy/*", "!fixtures/legacy/keep.json"], ["fixtures/legacy/keep.json"], ["fixtures/bad.json"]],
    // Alone, a ! takes back nothing and ignores nothing (it was refused, exit 2).
    [[], ["!fixtures/bad.json"], ["fixtures/bad.json", "fixtures/legacy/keep.json", "fixtures/legacy/old.json"]],
    // Nothing inside an ignored folder comes back: the walk never enters it.
    [["fixtures/legacy/"], ["!fixtures/legacy/keep.json"], ["fixtures/bad.json"]],
    [[], ["fixtures/legacy/**", "!fixtures/legacy/keep.json"], ["fixtures/bad.json"]],
    // `!x/` names the folder alone, as the config's does (ESLint 10 the same): what `x/**` ignored in it stays ignored.
    [["fixtures/legacy/**"], ["!fixtures/legacy/"], ["fixtures/bad.json"]],
    [["fixtures/legacy/**", "!fixtures/legacy/"], [], ["fixtures/bad.json"]],
    [["fixtures/legacy/"], ["!fixtures/legacy/"], both.concat("fixtures/legacy/old.json").sort()],
  ])("ignores %j, then --ignore-pattern %j: a folder walk and a glob lint %j (exit 1 on their errors)", async (ignores, patterns, linted) => {
    const dir = tree([...ignores]);
    expect(await files(dir, [...flags([...patterns]), "."])).toEqual({ code: 1, stderr: "", files: linted });
    expect(await files(dir, [...flags([...patterns]), "**/*.json"])).toEqual({ code: 1, stderr: "", files: linted });
  });

  it("relative to the working folder, the config's ignores to the config's: run from below the config", async () => {
    const dir = tree(["fixtures/legacy/*"]);
    expect(await files(dir, ["--ignore-pattern", "!legacy/keep.json", "."], join(dir, "fixtures"))).toEqual({ code: 1, stderr: "", files: both });
  });

  it("--no-ignore lints everything still", async () => {
    const dir = tree(["fixtures/legacy/*"]);
    expect((await files(dir, ["--no-ignore", "--ignore-pattern", "!fixtures/legacy/keep.json", "."])).files).toHaveLength(3);
  });

  it.each([["!"], ["!/"], ["!!fixtures/legacy/keep.json"]])("--ignore-pattern %s names nothing: exit 2", async (pattern) => {
    const run = await runCli(["--ignore-pattern", pattern, "."], { cwd: tree([]) });
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe(`oms-lint: --ignore-pattern ${pattern}: a pattern names what to skip ("fixtures/legacy/**"), or ! and one that un-ignores what an earlier one (or the config's ignores) ignored ("!fixtures/legacy/keep.json"); "!" alone names nothing, and !! is not a glob\n`);
  });
});

describe("overrides ignores: a later ! un-ignores, as in ESLint's non-global ignores", () => {
  // The entry turns availability-split off: a file it applies to has [], one it does not the rule's error.
  const applies: string[] = [];
  const skipped = ["availability-split:2"];
  const tree = (ignores: string[]) =>
    repo(`override-negated-${Buffer.from(ignores.join("|")).toString("hex").slice(0, 60)}`, {
      "oms-lint.config.json": { overrides: [{ files: ["**/*.json"], ignores, rules: { "availability-split": "off" } }] },
      "x.json": mixed,
      "legacy/old.json": mixed,
      "legacy/keep.json": mixed,
    });

  it.each([
    // [ignores, x.json, legacy/old.json, legacy/keep.json]
    [["legacy/**", "!legacy/keep.json"], applies, skipped, applies],
    // A ! alone takes back nothing: it was read as "every path but legacy/keep.json", narrowing the entry to keep.json.
    [["!legacy/keep.json"], applies, applies, applies],
    [["legacy/*", "!legacy/*.json", "legacy/old.json"], applies, skipped, applies],
    // Non-global ignores match files only (ESLint: "a pattern like dir-to-exclude/ will not ignore anything").
    [["legacy/", "!legacy/keep.json"], applies, applies, applies],
    [["legacy/**/*", "!legacy/keep.json"], applies, skipped, applies],
  ])("%j: the entry applies to a file unless the last ignore that matches it ignores it (a folder walk)", async (ignores, x, old, keep) => {
    const run = await lint(tree([...ignores]), ["."]);
    expect(run.found).toEqual({ "legacy/keep.json": keep, "legacy/old.json": old, "x.json": x });
  });

  it.each([
    [`{ "overrides": [{ "files": ["**"], "ignores": ["a/*", "!"] }] }`, `"!"`],
    [`{ "overrides": [{ "files": ["**"], "ignores": ["a/*", "!/"] }] }`, `"!/"`],
    [`{ "overrides": [{ "files": ["**"], "ignores": ["a/*", "!!a/keep.json"] }] }`, `"!!`],
  ])("an ignore that names nothing is exit 2 at its place (%s)", async (config, at) => {
    const dir = repo(`override-bad-${Buffer.from(config).toString("hex").slice(0, 60)}`, { "oms-lint.config.json": config, "a/x.json": mixed });
    const run = await runCli(["."], { cwd: dir });
    const { line, column } = positionOf(config, at);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe(`oms-lint: oms-lint.config.json:${line}:${column}: ${badIgnore}\n`);
  });
});

describe("files globs that start with !: every file but those, as ESLint reads files (minimatch)", () => {
  const record = '{"name": "n", "value": "v"}';
  const tree = (files: unknown, overrides: unknown) =>
    repo(`files-negated-${Buffer.from(JSON.stringify([files, overrides])).toString("hex").slice(0, 60)}`, {
      "oms-lint.config.json": { files, overrides },
      "x.json": mixed,
      "legacy/old.json": mixed,
      "records/r.json": record,
      "records/legacy/r.json": record,
    });
  const kinds = async (dir: string) => {
    const run = await runCli(["-f", "json", "records"], { cwd: dir });
    return Object.fromEntries((JSON.parse(run.stdout) as { filePath: string; kind: string }[]).map((r) => [r.filePath.slice(dir.length + 1), r.kind]));
  };

  it.each([
    // [glob, records/r.json's kind, records/legacy/r.json's kind] (told from content: orderCustomData)
    ["!records/legacy/**", "orderItemCustomData", "orderCustomData"],
    ["!**/legacy/*.json", "orderItemCustomData", "orderCustomData"],
    // One list is ORed: the first glob names legacy's files, the second every other file.
    [["records/**", "!records/legacy/**"], "orderItemCustomData", "orderItemCustomData"],
  ])("a files entry's glob %j gives its kind to every file it does not exclude (a folder walk)", async (glob, plain, legacy) => {
    expect(await kinds(tree([{ glob, kind: "orderItemCustomData" }], []))).toEqual({ "records/r.json": plain, "records/legacy/r.json": legacy });
  });

  it("an override's files [\"!legacy/**\"] apply to every file outside legacy (a folder walk)", async () => {
    const run = await lint(tree([], [{ files: ["!legacy/**"], rules: { "availability-split": "off" } }]), ["x.json", "legacy"]);
    expect(run.found).toEqual({ "x.json": [], "legacy/old.json": ["availability-split:2"] });
  });

  it("the kind and the overrides a file gets are those of ESLint's reading: a list ORed, a ! glob the complement of its glob", () => {
    const part = fc.constantFrom("a", "b", "*", "**", "x.json", "*.json");
    const glob = fc.tuple(fc.boolean(), fc.array(part, { minLength: 1, maxLength: 3 })).map(([negated, parts]) => `${negated ? "!" : ""}${parts.join("/")}`);
    const globs = fc.array(glob, { minLength: 1, maxLength: 3 });
    const path = fc.tuple(fc.array(fc.constantFrom("a", "b", ".h"), { maxLength: 3 }), fc.constantFrom("x.json", "y.json")).map(([folders, file]) => [...folders, file].join("/"));
    // minimatch's leading ! (what @eslint/config-array hands each files pattern to), on picomatch's reading of the rest.
    const eslintMatches = (list: readonly string[], at: string) =>
      list.some((pattern) => (pattern.startsWith("!") ? !picomatch.isMatch(at, pattern.slice(1), { dot: true }) : picomatch.isMatch(at, pattern, { dot: true })));
    fc.assert(
      fc.property(fc.array(globs, { minLength: 1, maxLength: 3 }), path, (entries, at) => {
        const config = { ...emptyConfig("/repo"), files: fileKinds(entries.map((list, i) => ({ glob: list, kind: i % 2 === 0 ? "createOrder" : "importOrder" }) as const)) };
        const first = entries.findIndex((list) => eslintMatches(list, at));
        expect(kindForFile(config, `/repo/${at}`)).toBe(first < 0 ? undefined : first % 2 === 0 ? "createOrder" : "importOrder");
        expect(compileOverrides(entries.map((files) => ({ files }))).map((entry) => entry.matches(at))).toEqual(entries.map((list) => eslintMatches(list, at)));
      }),
      { numRuns: 300 },
    );
  });
});

describe("mergeRules", () => {
  const level = fc.constantFrom("off", "warning", "error");
  const setting = fc.oneof(level, fc.tuple(level), fc.tuple(level, fc.dictionary(fc.string({ minLength: 1 }), fc.integer())));
  const layer = fc.dictionary(fc.constantFrom("a", "b", "c"), setting);

  it("the last layer's level wins; options come from the last layer that gave them", () => {
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 5 }), (layers) => {
        const merged = mergeRules(layers);
        for (const id of ["a", "b", "c"]) {
          const given = layers.filter((l) => id in l).map((l) => l[id]!);
          if (given.length === 0) {
            expect(merged).not.toHaveProperty(id);
            continue;
          }
          const levelOf = (s: unknown) => (Array.isArray(s) ? s[0] : s);
          expect(levelOf(merged[id])).toBe(levelOf(given.at(-1)));
          const withOptions = given.filter((s) => Array.isArray(s) && s.length === 2).at(-1) as unknown[] | undefined;
          const last = given.at(-1);
          const expected = Array.isArray(last) && last.length === 2 ? last[1] : withOptions?.[1];
          expect(Array.isArray(merged[id]) ? (merged[id] as unknown[])[1] : undefined).toEqual(expected);
        }
      }),
    );
  });
});
