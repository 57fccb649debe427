import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { load } from "js-yaml";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, spawnCli } from "../support/cli.js";
import { isPlainKey, suppressionsRecord, type SuppressionCounts } from "../../src/cli/suppressions.js";
import type { LintMessage, LintResult } from "../../src/lint/lintResult.js";
import { createOrder, orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";

/** A repository as CI checks it out: manifests and configs at the root, fixtures below, one of them a negative fixture. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), "oms-lint-repo-"));
  const write = (path: string, value: unknown) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof value === "string" ? value : `${JSON.stringify(value, null, 2)}\n`);
  };
  write("package.json", { name: "checkout", version: "1.0.0", scripts: { test: "oms-lint ." } });
  write("package-lock.json", { name: "checkout", lockfileVersion: 3, packages: {} });
  write("tsconfig.json", { compilerOptions: { strict: true } });
  write("tsconfig.build.json", { extends: "./tsconfig.json" });
  write(".vscode/settings.json", { "json.schemas": [] });
  write("fixtures/orders/createOrder.json", createOrder());
  write("fixtures/negative/tax-over-cap.json", overCap(1.5));
  return root;
}

/** One line at 1 × 5 with this itemTaxOverride: 1.5 is 30% (one error: the line; the order total is the same line), 1 is exactly 20%. */
const overCap = (tax: number): JsonObject => orderWithItems([orderItem({ actualPrice: 1, quantity: 5, itemTaxOverride: tax })], { forceItemTaxOverride: true });

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});
function newRepository(): string {
  const root = repository();
  roots.push(root);
  return root;
}

const negative = "fixtures/negative/tax-over-cap.json";
const suppressionsOf = (root: string, name = "oms-lint-suppressions.json") => JSON.parse(readFileSync(join(root, name), "utf8")) as unknown;

describe("--prune-suppressions drops a file that is gone only where the run looked", () => {
  it("run from another folder, or on one file, it keeps every other file's counts; a deleted fixture named outright goes", async () => {
    const root = newRepository();
    writeFileSync(join(root, "fixtures/negative/second.json"), JSON.stringify(overCap(1.5), null, 2));
    const lint = (cwd: string, ...argv: string[]) => runCli(argv, { cwd });
    expect((await lint(root, "--suppress-all", ".")).code).toBe(0);
    const recorded = readFileSync(join(root, "oms-lint-suppressions.json"), "utf8");
    expect(Object.keys(JSON.parse(recorded) as object).sort()).toEqual(["fixtures/negative/second.json", negative]);
    // From a subfolder (the keys are paths from the root): no key names a file there, so the prune is refused, nothing dropped.
    const sub = join(root, "fixtures");
    const fromSub = await lint(sub, "--prune-suppressions", "--suppressions-location", "../oms-lint-suppressions.json", "negative/second.json");
    expect(fromSub.code).toBe(2);
    expect(fromSub.stderr).toMatch(/none of its 2 keys names a file or a folder that is there from /);
    expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(recorded);
    // From the root, on one file: the other file was not looked at, so its counts stay.
    expect((await lint(root, "--prune-suppressions", negative)).code).toBe(0);
    expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(recorded);
    // A fixture deleted and named outright (git diff --name-only | xargs): its counts go.
    rmSync(join(root, "fixtures/negative/second.json"));
    expect((await lint(root, "--prune-suppressions", "--no-error-on-unmatched-pattern", negative, "fixtures/negative/second.json")).code).toBe(0);
    expect(suppressionsOf(root)).toEqual({ [negative]: { "tax-rate-cap": { count: 1 } } });
  });

  // Found by the audit of the CLI surfaces: a glob covered its whole static folder, so `fixtures/*.http`
  // (and `fixtures/*.json`, which never reaches a subfolder) dropped the record of a deleted fixtures/negative/… file.
  it("a glob drops only the gone files it matches: not those of a subfolder it never reaches, nor those its walk ignores", async () => {
    const root = newRepository();
    writeFileSync(join(root, "fixtures/top.json"), JSON.stringify(overCap(1.5), null, 2));
    writeFileSync(join(root, "fixtures/r.http"), "GET https://x.example/api/v2/orderItem/?orderID=1\n");
    const lint = (...argv: string[]) => runCli(argv, { cwd: root });
    expect((await lint("--suppress-all", "fixtures")).code).toBe(0);
    const recorded = readFileSync(join(root, "oms-lint-suppressions.json"), "utf8");
    expect(Object.keys(JSON.parse(recorded) as object).sort()).toEqual(["fixtures/negative/tax-over-cap.json", "fixtures/top.json"]);
    rmSync(join(root, negative));
    for (const glob of ["fixtures/*.http", "fixtures/*.json"]) {
      expect((await lint("--prune-suppressions", glob)).code).toBe(0);
      expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(recorded);
    }
    // Ignored, the gone file is not one the glob would have found: its record stays.
    expect((await lint("--prune-suppressions", "--ignore-pattern", "fixtures/negative/", "fixtures/**/*.http")).code).toBe(0);
    expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(recorded);
    expect((await lint("--prune-suppressions", "fixtures/**/*.json")).code).toBe(0);
    expect(Object.keys(suppressionsOf(root) as object)).toEqual(["fixtures/top.json"]);
  });

  // Found by the review of the CLI changes: behind a folder the run could not list, a file was
  // pruned as gone. As root no folder is locked, so the run's end is given the folder it could not list
  // (test/cli/process.test.ts runs the real locked folder, as a user without root's override).
  it("a file behind a folder the run could not list keeps its counts, even where nothing is found: the run saw nothing there", () => {
    const root = newRepository();
    const entry = { schema: { count: 1 } };
    writeFileSync(join(root, "oms-lint-suppressions.json"), JSON.stringify({ "fixtures/gone.json": entry, "fixtures/locked/neg.json": entry, [negative]: entry }));
    const options = { location: "oms-lint-suppressions.json", suppressAll: false, suppressRules: [], prune: true, passOnUnpruned: false };
    suppressionsRecord(options, root).open().end(() => true, [join(root, "fixtures/locked")]);
    expect(suppressionsOf(root)).toEqual({ "fixtures/locked/neg.json": entry, [negative]: entry });
  });
});

describe("a repository's root lints cleanly", () => {
  it("package.json, lockfiles, tsconfig*.json, .vscode/ and oms-lint's own files are not payloads in a folder walk", async () => {
    const root = newRepository();
    writeFileSync(join(root, "oms-lint-suppressions.json"), "{}\n");
    const run = await runCli(["-f", "json", "."], { cwd: root });
    const files = (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath.slice(root.length + 1));
    expect(files).toEqual(["fixtures/negative/tax-over-cap.json", "fixtures/orders/createOrder.json"]);
  });

  // The request-files audit: each drew a kind warning, which fails a run under --max-warnings 0.
  it("the JetBrains HTTP Client's and Postman's environment files beside the request files are not payloads in a folder walk; named outright, as today", async () => {
    const root = newRepository();
    const environments = ["requests/http-client.env.json", "requests/http-client.private.env.json", "requests/dev.postman_environment.json", "requests/workspace.postman_globals.json"];
    mkdirSync(join(root, "requests"));
    for (const name of environments) writeFileSync(join(root, name), `{"dev": {"host": "https://integration.shopatron.com"}}`);
    const run = await runCli(["-f", "json", "--max-warnings", "0", "."], { cwd: root });
    const files = (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath.slice(root.length + 1));
    expect(files).toEqual(["fixtures/negative/tax-over-cap.json", "fixtures/orders/createOrder.json"]);
    const named = await runCli(["-f", "json", "requests/dev.postman_environment.json"], { cwd: root });
    expect(named.code).toBe(1);
  });

  it("a file whose kind cannot be told is a warning in a walk (--unknown-kind error or off to change it), an error when named outright", async () => {
    const root = newRepository();
    writeFileSync(join(root, "fixtures/notes.json"), `{"purpose": "fixture notes"}`);
    const kinds = async (argv: string[]) => {
      const run = await runCli(["-f", "json", "--rule", "tax-rate-cap:off", ...argv], { cwd: root });
      const notes = (JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; severity: number }[] }[]).find((r) => r.filePath.endsWith("notes.json"));
      return { code: run.code, notes: notes?.messages.map((m) => [m.ruleId, m.severity]) };
    };
    expect(await kinds(["."])).toEqual({ code: 0, notes: [["kind", 1]] });
    expect(await kinds(["--unknown-kind", "error", "."])).toEqual({ code: 1, notes: [["kind", 2]] });
    expect(await kinds(["--unknown-kind", "off", "."])).toEqual({ code: 0, notes: [] });
    expect(await kinds(["fixtures/notes.json"])).toEqual({ code: 1, notes: [["kind", 2]] });
    expect(await kinds(["--kind", "orderCustomData", "fixtures/notes.json"])).toMatchObject({ code: 1, notes: expect.not.arrayContaining([["kind", 2]]) });
    expect((await runCli(["--unknown-kind", "sometimes", "."], { cwd: root })).stderr).toMatch(/--unknown-kind takes error, warn or off/);
  });

  it("pre-commit names every staged JSON file outright: an --unknown-kind given on the command line reaches them, so a data file that is no payload does not block the commit", async () => {
    const root = newRepository();
    writeFileSync(join(root, "fixtures/notes.json"), `{"purpose": "fixture notes"}`);
    const staged = ["fixtures/notes.json", "fixtures/orders/createOrder.json"];
    const run = async (argv: string[]) => {
      const ran = await runCli(["-f", "json", ...argv, ...staged], { cwd: root });
      const notes = (JSON.parse(ran.stdout) as { filePath: string; messages: { ruleId: string; severity: number }[] }[]).find((r) => r.filePath.endsWith("notes.json"));
      return { code: ran.code, notes: notes?.messages.map((m) => [m.ruleId, m.severity]) };
    };
    // Without the flag a file named outright keeps its error (you asked for it).
    expect(await run([])).toEqual({ code: 1, notes: [["kind", 2]] });
    expect(await run(["--unknown-kind", "warn"])).toEqual({ code: 0, notes: [["kind", 1]] });
    expect(await run(["--unknown-kind", "off"])).toEqual({ code: 0, notes: [] });
    // The hooks pass it: pre-commit runs them on whatever JSON is staged.
    const hooks = load(readFileSync(new URL("../../.pre-commit-hooks.yaml", import.meta.url), "utf8")) as { args: string[] }[];
    for (const hook of hooks) {
      expect(await run(hook.args)).toMatchObject({ code: 0 });
    }
    // Found by the audit of the CI surface: a staged name read as an option loaded another config, and the broken payload passed.
    writeFileSync(join(root, "relaxed.json"), `{"rules": {"schema": "off"}}`);
    writeFileSync(join(root, "--config=relaxed.json"), "{}");
    writeFileSync(join(root, "-root.json"), `{"purpose": "fixture notes"}`);
    writeFileSync(join(root, "fixtures/orders/createOrder.json"), JSON.stringify({ ...createOrder(), catalogID: -3 }));
    for (const hook of hooks) {
      const ran = await runCli([...hook.args, "--config=relaxed.json", "-root.json", "fixtures/orders/createOrder.json"], { cwd: root });
      expect(ran.code).toBe(1);
      expect(ran.stdout).toMatch(/createOrder\.json\n[^\n]*error[^\n]*catalogID[^\n]*schema/);
      expect(ran.stdout).toMatch(/--config=relaxed\.json\n[^\n]*warning/);
    }
  });
});

describe("what is recorded and suppressed is a rule's errors, and only the rules asked", () => {
  /** A fixture with errors of five rules (tax-rate-cap among them) and a customer-ip-range warning. */
  const mixed = readFileSync(new URL("../../examples/broken/createOrder-business-rules.json", import.meta.url), "utf8");
  const record = async (...argv: string[]) => {
    const root = newRepository();
    writeFileSync(join(root, negative), mixed);
    const run = await runCli([...argv, "-f", "json", negative], { cwd: root });
    return { root, run, recorded: existsSync(join(root, "oms-lint-suppressions.json")) ? suppressionsOf(root) : undefined };
  };

  it("--suppress-rule records that rule alone; the other rules' errors are still reported", async () => {
    const { run, recorded } = await record("--suppress-rule", "tax-rate-cap");
    expect(recorded).toEqual({ [negative]: { "tax-rate-cap": { count: 1 } } });
    const rules = (JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId).sort();
    expect(rules).toEqual(["carrier-triplet", "customer-ip-range", "max-amount", "preorder-mix", "schema"]);
  });

  it("--suppress-all counts errors, not warnings: a rule set to warn records nothing", async () => {
    const { recorded } = await record("--suppress-all", "--rule", "tax-rate-cap:warn");
    expect(recorded).toEqual({ [negative]: { "carrier-triplet": { count: 1 }, "max-amount": { count: 1 }, "preorder-mix": { count: 1 }, schema: { count: 1 } } });
  });

  it("a rule's recorded errors are suppressed, its warnings never: set to warn, they are shown beside the unreached count", async () => {
    const { root } = await record("--suppress-rule", "tax-rate-cap");
    const run = await runCli(["-f", "json", "--rule", "tax-rate-cap:warn", negative], { cwd: root });
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string; severity: number }[] }[])[0]!.messages;
    expect(messages.filter((m) => m.ruleId === "tax-rate-cap" || m.ruleId === "suppressions").map((m) => [m.ruleId, m.severity])).toEqual([
      ["suppressions", 2],
      ["tax-rate-cap", 1],
    ]);
  });
});

describe("negative fixtures: bulk suppressions through their whole life", () => {
  const root = newRepository();
  const lint = (...argv: string[]) => runCli(argv, { cwd: root });

  it("without a suppression, the negative fixture fails the run", async () => {
    const run = await lint(".");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("tax-rate-cap");
  });

  it("--suppress-rule records each file's errors of that rule; the run passes and the file lists them", async () => {
    const run = await lint("--suppress-rule", "tax-rate-cap", ".");
    expect(run).toMatchObject({ code: 0, stdout: "" });
    expect(suppressionsOf(root)).toEqual({ [negative]: { "tax-rate-cap": { count: 1 } } });
    expect(readdirSync(root).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(await lint(".")).toMatchObject({ code: 0, stdout: "" });
  });

  it("more errors than recorded: every one of them is reported (which is new cannot be told)", async () => {
    const worse = orderWithItems([orderItem({ actualPrice: 1, quantity: 5, itemTaxOverride: 1.5 }), orderItem({ partNumber: "P2", actualPrice: 1, quantity: 5, itemTaxOverride: 2 })], { forceItemTaxOverride: true });
    writeFileSync(join(root, negative), JSON.stringify(worse, null, 2));
    const run = await lint("-f", "json", ".");
    expect(run.code).toBe(1);
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[]).flatMap((r) => r.messages);
    // Two lines over the cap (30% and 40%); the order total follows from them and is not a third.
    expect(messages.filter((m) => m.ruleId === "tax-rate-cap")).toHaveLength(2);
  });

  it("the fixture no longer trips its rule: the run fails and says so, unless --pass-on-unpruned-suppressions", async () => {
    writeFileSync(join(root, negative), JSON.stringify(overCap(1), null, 2));
    const run = await lint("-f", "compact", ".");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${negative}:1:1: error oms-lint-suppressions.json expects 1 tax-rate-cap error in this file and none was found: a negative fixture that no longer trips its rule tests nothing (if the fix is meant, --prune-suppressions records it; --pass-on-unpruned-suppressions lets the run pass) [suppressions]\n`,
    );
    expect(await lint("--pass-on-unpruned-suppressions", ".")).toMatchObject({ code: 0, stdout: "" });
  });

  // Found by the audit of the CI formats: SARIF gave the unpruned record's result evidence "stated", as if the documents said
  // so, while its rule (a pseudo-rule: oms-lint's own check of its record) has no evidence (formatter.ts, SPEC §3).
  it("the unpruned record's finding claims no evidence, as its pseudo-rule claims none: in SARIF and in --format json", async () => {
    const sarif = JSON.parse((await lint("-f", "sarif", ".")).stdout) as { runs: { tool: { driver: { rules: { id: string; properties?: object }[] } }; results: { ruleId: string; properties: Record<string, unknown> }[] }[] };
    const [run] = sarif.runs;
    expect(run!.tool.driver.rules.find((rule) => rule.id === "suppressions")?.properties).toBeUndefined();
    const results = run!.results.filter((result) => result.ruleId === "suppressions");
    expect(results).toHaveLength(1);
    expect(results[0]!.properties).not.toHaveProperty("evidence");
    const json = JSON.parse((await lint("-f", "json", ".")).stdout) as { messages: Record<string, unknown>[] }[];
    const messages = json.flatMap((r) => r.messages).filter((m) => m.ruleId === "suppressions");
    expect(messages).toHaveLength(1);
    expect(messages[0]).not.toHaveProperty("evidence");
  });

  it("--prune-suppressions drops what no longer occurs, and the run passes again", async () => {
    expect(await lint("--prune-suppressions", ".")).toMatchObject({ code: 0 });
    expect(suppressionsOf(root)).toEqual({});
    expect(await lint(".")).toMatchObject({ code: 0, stdout: "" });
  });

  it("a plain run never rewrites the suppressions file, even to drop an entry left empty by hand", async () => {
    const text = `{\n  "${negative}": {}\n}\n`;
    writeFileSync(join(root, "oms-lint-suppressions.json"), text);
    expect(await lint(".")).toMatchObject({ code: 0 });
    expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(text);
    // Asked to prune, it goes.
    expect(await lint("--prune-suppressions", ".")).toMatchObject({ code: 0 });
    expect(suppressionsOf(root)).toEqual({});
  });

  it("--suppress-all records every error, in a file of your choosing (--suppressions-location), never linted itself", async () => {
    writeFileSync(join(root, negative), JSON.stringify(overCap(1.5), null, 2));
    writeFileSync(join(root, "fixtures/orders/no-customer.json"), JSON.stringify({ ...createOrder(), customer: undefined }, null, 2));
    const location = "ci/negative-fixtures.json";
    mkdirSync(join(root, "ci"));
    expect(await lint("--suppress-all", "--suppressions-location", location, ".")).toMatchObject({ code: 0, stdout: "" });
    expect(suppressionsOf(root, location)).toEqual({
      "fixtures/negative/tax-over-cap.json": { "tax-rate-cap": { count: 1 } },
      "fixtures/orders/no-customer.json": { schema: { count: 1 } },
    });
    expect(await lint("--suppressions-location", location, ".")).toMatchObject({ code: 0, stdout: "" });
    expect((await lint(".")).code).toBe(1);
  });

  it("a --suppressions-location with a request file's name is a usage error, and nothing is written there", async () => {
    const run = await lint("--suppress-all", "--suppressions-location", "negative.http", ".");
    expect(run).toMatchObject({ code: 2, stderr: "oms-lint: --suppressions-location negative.http names a request file (.http or .rest): give the suppressions file a .json name\n" });
    expect(existsSync(join(root, "negative.http"))).toBe(false);
  });

  // Found by the review of the last stop: `--suppressions-location sub/` wrote a regular file named sub.
  // A backslash ends a folder's name on Windows only: elsewhere `records\` is a file's name (folderLocations.test.ts).
  it("a --suppressions-location that names a folder (ending in a slash, or one that is there) is a usage error, and nothing is written", async () => {
    for (const location of process.platform === "win32" ? ["records/", "records\\"] : ["records/"]) {
      const run = await lint("--suppress-all", "--suppressions-location", location, ".");
      expect(run).toMatchObject({ code: 2, stdout: "", stderr: `oms-lint: --suppressions-location ${location} names a folder (it ends with a slash): name a file for the suppressions, a .json name\n` });
      expect(existsSync(join(root, "records"))).toBe(false);
    }
    mkdirSync(join(root, "held"));
    expect(await lint("--suppress-all", "--suppressions-location", "held", ".")).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "oms-lint: --suppressions-location held is a folder (EISDIR): name a file for the suppressions, a .json name\n",
    });
    expect(readdirSync(join(root, "held"))).toEqual([]);
  });

  it("a suppressions file that is not per-file, per-rule counts is a usage error (exit 2)", async () => {
    writeFileSync(join(root, "bad-suppressions.json"), `{"a.json": {"schema": {"count": 0}}}`);
    const run = await lint("--suppressions-location", "bad-suppressions.json", ".");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"a\.json" → "schema" needs a count of 1 or more/);
    writeFileSync(join(root, "bad-suppressions.json"), `{\n  "a.json": [1\n}`);
    const broken = await lint("--suppressions-location", "bad-suppressions.json", ".");
    expect(broken.code).toBe(2);
    // One line, with where the fault is.
    expect(broken.stderr).toMatch(/^oms-lint: the suppressions file bad-suppressions\.json is not JSON \(3:1: [^\n]+\); it holds [^\n]+\n$/);
    // A byte order mark (Windows editors write one) is no fault.
    writeFileSync(join(root, "bom-suppressions.json"), `\uFEFF{}\n`);
    const withBom = await lint("--suppressions-location", "bom-suppressions.json", "fixtures/orders/createOrder.json");
    expect(withBom.code, withBom.stdout + withBom.stderr).toBe(0);
  });

  // Found by the audit of the CI surface: a typo recorded nothing, and an empty location was called a folder.
  it("--suppress-rule names a rule (or parse, or kind), as --rule does; --suppressions-location takes a name", async () => {
    const typo = await lint("--suppress-rule", "tax-rate-caps", "--suppressions-location", "typo-suppressions.json", ".");
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^oms-lint: --suppress-rule: unknown rule "tax-rate-caps" \(did you mean "tax-rate-cap"\?\); the rules are: schema, [^\n]*, parse and kind\n$/);
    expect(existsSync(join(root, "typo-suppressions.json"))).toBe(false);
    writeFileSync(join(root, "fixtures/broken.json"), "{");
    expect(await lint("--suppress-rule", "parse", "--suppressions-location", "parse-suppressions.json", "fixtures/broken.json")).toMatchObject({ code: 0, stdout: "" });
    expect(suppressionsOf(root, "parse-suppressions.json")).toEqual({ "fixtures/broken.json": { parse: { count: 1 } } });
    rmSync(join(root, "fixtures/broken.json"));
    expect(await lint("--suppressions-location", "", ".")).toMatchObject({ code: 2, stderr: "oms-lint: --suppressions-location takes a file, not an empty name\n" });
    // Found by the audit of issue 18's CI features: the pair was accepted where ESLint's cli exits 2.
    for (const recording of [["--suppress-all"], ["--suppress-rule", "tax-rate-cap"]]) {
      expect(await lint(...recording, "--prune-suppressions", "--suppressions-location", "pair-suppressions.json", ".")).toMatchObject({
        code: 2,
        stderr: `oms-lint: ${recording[0]} and --prune-suppressions cannot be used together, as in ESLint: ${recording[0]} records errors, --prune-suppressions only lowers the counts recorded to what was found; run one, then the other\n`,
      });
    }
    expect(existsSync(join(root, "pair-suppressions.json"))).toBe(false);
    // "" read the working folder as the config or the record: "it is a folder (EISDIR)" named no mistake.
    expect(await lint("--config", "", ".")).toMatchObject({ code: 2, stderr: "oms-lint: --config takes a config file, not an empty name (or --no-config for none)\n" });
    expect(await lint("--existing", "", ".")).toMatchObject({ code: 2, stderr: "oms-lint: --existing takes the file of the record a PUT replaces, not an empty name\n" });
  });

  // Found by the audit of the CI surface: JSON.parse kept the last of a repeated key, and a count past 2^53 was quoted rounded.
  it("a suppressions file that names a file or a rule twice, or a count past 2^53 - 1, is a usage error that says where", async () => {
    writeFileSync(join(root, "twice.json"), `{\n  "a.json": {"schema": {"count": 1}},\n  "a.json": {"kind": {"count": 1}}\n}`);
    expect(await lint("--suppressions-location", "twice.json", ".")).toMatchObject({
      code: 2,
      stderr: 'oms-lint: the suppressions file twice.json names a file twice (3:13: "a.json"): JSON keeps only the last, so which counts hold is not clear; keep one\n',
    });
    writeFileSync(join(root, "twice.json"), `{"a.json": {"schema": {"count": 1}, "schema": {"count": 2}}}`);
    expect((await lint("--suppressions-location", "twice.json", ".")).stderr).toMatch(/names a rule of a file twice \(1:47: "a\.json → schema"\)/);
    // Found by the review of the stop: a key repeated inside a rule's entry was called a rule of a file.
    writeFileSync(join(root, "twice.json"), `{"a.json": {"schema": {"count": 1, "count": 2}}}`);
    expect((await lint("--suppressions-location", "twice.json", ".")).stderr).toMatch(/names "count" of a rule twice \(1:45: "a\.json → schema → count"\)/);
    writeFileSync(join(root, "huge.json"), `{"a.json": {"schema": {"count": 99999999999999999999}}}`);
    expect((await lint("--suppressions-location", "huge.json", ".")).stderr).toMatch(/"a\.json" → "schema" needs a count of 1 or more \(a whole number, at most 2\^53 - 1\)/);
  });

  it("files named __proto__ and constructor are recorded and read as any other (the counts have no prototype)", async () => {
    const dir = newRepository();
    for (const name of ["__proto__", "constructor"]) writeFileSync(join(dir, name), JSON.stringify(overCap(1.5)));
    const run = (...args: string[]) => runCli(args, { cwd: dir });
    expect(await run("--suppress-all", "__proto__", "constructor")).toMatchObject({ code: 0, stdout: "" });
    // Written as JSON, as an object literal would set a prototype instead.
    expect(readFileSync(join(dir, "oms-lint-suppressions.json"), "utf8")).toBe(`${JSON.stringify(JSON.parse('{"__proto__": {"tax-rate-cap": {"count": 1}}, "constructor": {"tax-rate-cap": {"count": 1}}}'), null, 2)}\n`);
    expect(({} as Record<string, unknown>)["tax-rate-cap"]).toBeUndefined();
    expect(await run("__proto__", "constructor")).toMatchObject({ code: 0, stdout: "" });
    writeFileSync(join(dir, "constructor"), JSON.stringify(createOrder()));
    expect((await run("__proto__", "constructor")).code).toBe(1);
  });

  it("a file the record does not name, named as a property of every object (constructor, toString), is linted as unrecorded; a member written by hand beside a count is not kept", async () => {
    const dir = newRepository();
    writeFileSync(join(dir, "oms-lint-suppressions.json"), JSON.stringify({ "a.json": { "tax-rate-cap": { count: 1, note: "negative fixture" } } }));
    for (const name of ["a.json", "constructor", "toString", "hasOwnProperty"]) writeFileSync(join(dir, name), JSON.stringify(overCap(1.5)));
    const run = (...args: string[]) => runCli(["--format", "json", ...args], { cwd: dir });
    const unrecorded = await run("a.json", "constructor", "toString", "hasOwnProperty");
    expect(unrecorded.code).toBe(1);
    const errorsOf = (stdout: string) => Object.fromEntries((JSON.parse(stdout) as LintResult[]).map((r) => [r.filePath.slice(dir.length + 1), r.messages.filter((m) => m.severity === 2).map((m) => m.ruleId)]));
    expect(errorsOf(unrecorded.stdout)).toEqual({ "a.json": [], constructor: ["tax-rate-cap"], toString: ["tax-rate-cap"], hasOwnProperty: ["tax-rate-cap"] });
    expect(await run("--suppress-all", "a.json", "constructor")).toMatchObject({ code: 0 });
    expect(JSON.parse(readFileSync(join(dir, "oms-lint-suppressions.json"), "utf8"))).toEqual({ "a.json": { "tax-rate-cap": { count: 1 } }, constructor: { "tax-rate-cap": { count: 1 } } });
  });

  it("property: a key the record's reading takes as it stands (isPlainKey) is one resolve and relative leave as it is", () => {
    const key = fc.string({ unit: fc.constantFrom("a", ".", "/", "\\", ":", " ", "é"), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(key, (written) => {
        if (!isPlainKey(written)) return;
        expect(relative(process.cwd(), resolve(process.cwd(), written.replaceAll("\\", "/"))).split(sep).join("/")).toBe(written);
      }),
      { numRuns: 2000 },
    );
  });

  // Found by the limits audit: a 189 MB suppressions file was read whole (to 512 MB), then valid JSON past a limit was called "not JSON".
  it("a suppressions file past a limit says so, not that it is not JSON; past 64 MiB it is refused unread, with no flag named to raise that", async () => {
    writeFileSync(join(root, "wide-suppressions.json"), `{"a.json": [${Array(100_001).fill("1").join(",")}]}`);
    const wide = await lint("--suppressions-location", "wide-suppressions.json", ".");
    expect(wide.code).toBe(2);
    expect(wide.stderr).toMatch(/^oms-lint: the suppressions file wide-suppressions\.json passes a limit \(1:\d+: the file holds more than \d+ values by this one[^\n]*no flag raises this\)\); it holds [^\n]+\n$/);
    writeFileSync(join(root, "big-suppressions.json"), "");
    truncateSync(join(root, "big-suppressions.json"), 64 * 1024 * 1024 + 1);
    const big = await lint("--suppressions-location", "big-suppressions.json", "--max-file-size", "256MB", ".");
    expect(big).toMatchObject({
      code: 2,
      stderr:
        "oms-lint: cannot read the suppressions file big-suppressions.json: the file is 67108865 bytes, more than the 67108864 bytes oms-lint reads: no suppressions file is this large, so it is not read (a suppressions file is always held to this limit; --max-file-size and limits.maxFileSize raise the payloads' alone)\n",
    });
  });
});

// Found by the audit of the CI side: the file was read within a payload's limits (100,000 members
// in one object), so --suppress-all wrote a record of 100,002 files that every later run refused
// (exit 2), --prune-suppressions too. It is read within limits of its own layout.
describe("whatever --suppress-all writes, the next run reads", () => {
  const options = { location: "oms-lint-suppressions.json", suppressAll: false, suppressRules: [], prune: false, passOnUnpruned: false };
  /** A file's result with `count` errors of each rule; built as a literal, as lintResult's scan for secrets took most of the time at 100,001 files. */
  const resultOf = (root: string, file: string, rules: Readonly<Record<string, number>>): LintResult => {
    const errors = Object.entries(rules).flatMap(([ruleId, count]) => Array.from({ length: count }, (): LintMessage => ({ ruleId, messageId: ruleId, severity: 2, level: "error", evidence: "stated", message: "wrong", path: "", line: 1, column: 1, endLine: 1, endColumn: 1 })));
    return { filePath: join(root, file), kind: "createOrder", errorCount: errors.length, warningCount: 0, messages: errors };
  };
  const fileName = fc.stringMatching(/^[a-z0-9_-]{1,6}(\/[a-z0-9_.-]{1,6}){0,2}\.json$/).filter((name) => !name.split("/").some((part) => part === "." || part === ".."));
  const rules = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 3 }), { minKeys: 1, maxKeys: 3 });
  // A record past the payloads' 100,000 entries is the audit's case below, through the CLI
  // (written by --suppress-all, read by the next run and by --prune-suppressions); as an example
  // here as well, it cost the suite ~3 s more for no other path.
  it("for any files and rules, the record written is read back whole, and suppresses what it recorded", () => {
    fc.assert(
      fc.property(fc.dictionary(fileName, rules, { maxKeys: 20 }), (files: Record<string, Record<string, number>>) => {
        const root = mkdtempSync(join(tmpdir(), "oms-lint-record-"));
        try {
          const recording = suppressionsRecord({ ...options, suppressAll: true }, root).open();
          for (const [file, counts] of Object.entries(files)) recording.apply(resultOf(root, file, counts), true);
          recording.end(() => true, []);
          const next = suppressionsRecord(options, root).open();
          // One assertion for all: an expect a file took most of the time at 100,001 files.
          const unsuppressed = Object.entries(files).filter(([file, counts]) => !next.expects(join(root, file)) || next.apply(resultOf(root, file, counts), true).messages.length > 0);
          expect(unsuppressed).toEqual([]);
          const written = Object.keys(files).length === 0 ? {} : (suppressionsOf(root) as SuppressionCounts);
          expect(Object.keys(written).length).toBe(Object.keys(files).length);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 25 },
    );
  });

  it("the audit's case: 99,999 recorded files and 3 more recorded by --suppress-all; the next run and --prune-suppressions read it (exit 0)", async () => {
    const root = mkdtempSync(join(tmpdir(), "oms-lint-record-"));
    roots.push(root);
    // The text JSON.stringify gives the record, written as text: building 99,999 objects to
    // stringify them cost ~0.3 CPU-s, more than any step of the test but the CLI's runs.
    writeFileSync(join(root, "oms-lint-suppressions.json"), `{${Array.from({ length: 99_999 }, (_, i) => `"other/f${i}.json":{"schema":{"count":1}}`).join(",")}}`);
    mkdirSync(join(root, "more"));
    for (const i of [1, 2, 3]) writeFileSync(join(root, `more/m${i}.json`), '{"name":"","value":"v"}');
    const lint = (...argv: string[]) => runCli(argv, { cwd: root });
    expect(await lint("--suppress-all", "more")).toMatchObject({ code: 0, stderr: "" });
    expect(Object.keys(suppressionsOf(root) as object)).toHaveLength(100_002);
    expect(await lint("more")).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(await lint("--prune-suppressions", "more")).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(Object.keys(suppressionsOf(root) as object)).toHaveLength(100_002);
  }, 60_000);

  it("a hostile file stays bounded: deeper than its layout, or denser in values than any record, is refused in one line that calls it no payload", async () => {
    const root = newRepository();
    const lint = (file: string) => runCli(["--suppressions-location", file, "."], { cwd: root });
    // file → rule → { count }: 3 levels, and a fourth is no record oms-lint writes.
    writeFileSync(join(root, "deep.json"), `{"a.json": {"schema": {"count": ${"[".repeat(100_000)}${"]".repeat(100_000)}}}}`);
    const deep = await lint("deep.json");
    expect(deep.code).toBe(2);
    expect(deep.stderr).toMatch(/^oms-lint: the suppressions file deep\.json passes a limit \(1:33: the file nests deeper than 3 levels here: no suppressions file oms-lint writes nests this deep, so oms-lint stops \(a file, its rules, a rule's count: 3 levels; no flag raises this\)\); it holds [^\n]+\n$/);
    // 2 characters a value: every value of a record takes 4 at least (a rule's key, colon and count take more).
    const denseText = `{"a.json": [${Array(100_000).fill("1").join(",")}]}`;
    writeFileSync(join(root, "dense.json"), denseText);
    const dense = await lint("dense.json");
    expect(dense.code).toBe(2);
    const most = Math.floor(denseText.length / 4) + 1;
    expect(dense.stderr).toMatch(
      new RegExp(`^oms-lint: the suppressions file dense\\.json passes a limit \\(1:\\d+: the file holds more than ${most} values by this one: no suppressions file oms-lint writes holds this many, so oms-lint stops \\(every value of a record takes 4 characters of its text or more, so its ${denseText.length} hold at most ${most}; no flag raises this\\)\\); it holds [^\\n]+\\n$`),
    );
    for (const run of [deep, dense]) expect(run.stderr).not.toMatch(/payload/);
  });
});

// Found by the CLI/CI audit: clean text piped under a negative fixture's name with --prune-suppressions
// dropped its record, and --suppress-all recorded a file that does not exist; both exit 0.
describe("piped text never changes the record: --suppress-all, --suppress-rule and --prune-suppressions refuse --stdin, as ESLint does", () => {
  it("exit 2, one line, and the suppressions file is left byte for byte (or not made)", async () => {
    const root = newRepository();
    const lint = (argv: string[], input = "") => runCli(argv, { cwd: root, input });
    expect(await lint(["--suppress-rule", "tax-rate-cap", "."])).toMatchObject({ code: 0 });
    const record = readFileSync(join(root, "oms-lint-suppressions.json"), "utf8");
    const clean = JSON.stringify(overCap(1), null, 2);
    for (const flags of [["--prune-suppressions"], ["--suppress-all"], ["--suppress-rule", "tax-rate-cap"]]) {
      const given = flags[0];
      expect(await lint(["--stdin", "--stdin-filename", negative, ...flags], clean)).toEqual({
        code: 2,
        stdout: "",
        stderr: `oms-lint: ${given} cannot be used with --stdin: the suppressions file records the errors of files on the disk, and piped text is none of them (run it on the files)\n`,
      });
      expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(record);
    }
    rmSync(join(root, "oms-lint-suppressions.json"));
    expect((await lint(["--stdin", "--stdin-filename", "ghost.json", "--suppress-all"], JSON.stringify(overCap(1.5)))).code).toBe(2);
    expect(existsSync(join(root, "oms-lint-suppressions.json"))).toBe(false);
    // Piped text is still checked against the record (a plain --stdin reads it, never writes it).
    writeFileSync(join(root, "oms-lint-suppressions.json"), record);
    expect(await lint(["--stdin", "--stdin-filename", negative], JSON.stringify(overCap(1.5)))).toMatchObject({ code: 0, stdout: "" });
    expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(record);
  });
});

// Found by the audit of what oms-lint writes: `--fix-dry-run --prune-suppressions` dropped the count
// of an error the fix would remove, though the file on the disk still trips it (the next CI run
// failed), and a plain --fix-dry-run failed on "no longer trips its rule" for the same reason.
describe("a dry run's fixed text is not on the disk: it never changes the record, nor fails it", () => {
  /** A second negative fixture, whose recorded error (a read-only shipping name) --fix removes; tax-over-cap's has no fix. */
  const shippingName = "fixtures/negative/shipping-name.json";
  const lint = (root: string, argv: string[], input = "") => runCli(["-f", "compact", ...argv], { cwd: root, input });
  /** A repository whose two negative fixtures are recorded (--suppress-all), and the record's text. */
  async function recordedRepository(): Promise<{ root: string; record: string }> {
    const root = newRepository();
    writeFileSync(join(root, shippingName), `${JSON.stringify(createOrder({ shippingMethod: { shippingType: "standard", name: "Express" } }), null, 2)}\n`);
    expect(await lint(root, ["--suppress-all", "."])).toMatchObject({ code: 0 });
    return { root, record: readFileSync(join(root, "oms-lint-suppressions.json"), "utf8") };
  }
  const suppressionsFindings = (report: string) => report.split("\n").filter((line) => line.endsWith("[suppressions]"));

  it.each([
    [["--prune-suppressions"]],
    [["--suppress-all"]],
    [["--suppress-rule", "read-only-shipping-fields"]],
  ])("%j with --fix-dry-run: exit 2, one line, and the suppressions file is left byte for byte (or not made)", async (flags) => {
    const { root, record } = await recordedRepository();
    const refusal = {
      code: 2,
      stdout: "",
      stderr: `oms-lint: ${flags[0]} cannot be used with --fix-dry-run: the suppressions file records the errors of files on the disk, and the fixed text a dry run shows is none of them (run it without --fix-dry-run: with --fix, it records the files as fixed)\n`,
    };
    expect(await lint(root, ["--fix-dry-run", ...flags, "."])).toEqual(refusal);
    expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(record);
    rmSync(join(root, "oms-lint-suppressions.json"));
    expect(await lint(root, ["--fix-dry-run", ...flags, shippingName])).toEqual(refusal);
    expect(existsSync(join(root, "oms-lint-suppressions.json"))).toBe(false);
  });

  it("a plain --fix-dry-run applies the record to the fixed text, but a count that text no longer reaches fails nothing: the file on the disk still trips it", async () => {
    const { root, record } = await recordedRepository();
    expect(JSON.parse(record)).toEqual({ [negative]: { "tax-rate-cap": { count: 1 } }, [shippingName]: { "read-only-shipping-fields": { count: 1 } } });
    const dryRun = await lint(root, ["--fix-dry-run", "--kind", "createOrder", "."]);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toMatch(new RegExp(`^--- a/${shippingName}\n\\+\\+\\+ b/${shippingName}\n`));
    expect(dryRun.stdout).toContain(`-    "name": "Express"\n`);
    // tax-over-cap's error, which no fix touches, is still the one recorded: hidden, as in a plain run.
    expect(dryRun.stderr).toBe("");
    expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(record);
    // The file on the disk is unchanged, and a plain run still finds what the record expects.
    expect(await lint(root, ["."])).toMatchObject({ code: 0, stdout: "" });
  });

  it("a plain --fix-dry-run still fails on a count a file it does not change no longer reaches: that text is the disk's, as in a plain run", async () => {
    const { root } = await recordedRepository();
    writeFileSync(join(root, negative), JSON.stringify(overCap(1), null, 2));
    const dryRun = await lint(root, ["--fix-dry-run", "."]);
    expect(dryRun.code).toBe(1);
    expect(suppressionsFindings(dryRun.stderr)).toEqual([expect.stringMatching(new RegExp(`^${negative}:1:1: error oms-lint-suppressions\\.json expects 1 tax-rate-cap error in this file and none was found: `))]);
    expect(suppressionsFindings((await lint(root, ["."])).stdout)).toEqual(suppressionsFindings(dryRun.stderr));
  });

  it("piped text under a fixture's name, fixed by --fix-dry-run: a count the fixed text no longer reaches fails nothing either", async () => {
    const { root } = await recordedRepository();
    const piped = readFileSync(join(root, shippingName), "utf8");
    const dryRun = await lint(root, ["--fix-dry-run", "--kind", "createOrder", "--stdin", "--stdin-filename", shippingName], piped);
    expect(dryRun).toMatchObject({ code: 0, stderr: "" });
    expect(dryRun.stdout).toContain(`-    "name": "Express"\n`);
  });
});

// Found by the CLI/CI audit: such keys were passed over without a word (the fixture's errors
// reported as if unrecorded), while an unknown rule id in the same file was an error.
describe("a key no file can match (./, absolute, backslashes) is a suppressions error on the file it means", () => {
  const root = newRepository();
  const lint = (...argv: string[]) => runCli(["-f", "compact", ...argv], { cwd: root });
  const record = (key: string) => writeFileSync(join(root, "oms-lint-suppressions.json"), JSON.stringify({ [key]: { "tax-rate-cap": { count: 1 } } }));

  it.each([`./${negative}`, `fixtures/./negative/../negative/tax-over-cap.json`, "ABSOLUTE", negative.replaceAll("/", "\\")])("%s: named, with the key to write; its counts are not applied", async (written) => {
    const key = written === "ABSOLUTE" ? join(root, negative) : written;
    record(key);
    const run = await lint(".");
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toContain(
      `${negative}:1:1: error oms-lint-suppressions.json names this file ${JSON.stringify(key)}, a key no file matches: its keys are paths relative to the working folder, with / between names (write "${negative}"); the counts under it are not applied (--prune-suppressions removes the key) [suppressions]`,
    );
    // The fixture's error stands, not hidden by a key that is not its own.
    expect(lines.filter((line) => line.endsWith("[tax-rate-cap]"))).toHaveLength(1);
    expect(lines).toHaveLength(2);
  });

  it("the finding is the record's, not the fixture's: --suppress-all never records it, nor does a count hide it", async () => {
    record(`./${negative}`);
    const run = await lint("--suppress-all", ".");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^[^\n]*names this file "\.\/fixtures[^\n]*\[suppressions\]\n$/);
    expect(suppressionsOf(root)).toEqual({ [`./${negative}`]: { "tax-rate-cap": { count: 1 } }, [negative]: { "tax-rate-cap": { count: 1 } } });
  });

  // Found by the review of the CLI changes: the key was never removed, but by hand.
  it("--prune-suppressions removes such a key (it can never apply), wherever the run looked: the fixture's error then stands alone", async () => {
    writeFileSync(join(root, "oms-lint-suppressions.json"), JSON.stringify({ [`./${negative}`]: { "tax-rate-cap": { count: 1 } }, "./elsewhere/a.json": { schema: { count: 2 } } }));
    const run = await lint("--prune-suppressions", negative);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^[^\n]*\[tax-rate-cap\]\n$/);
    expect(suppressionsOf(root)).toEqual({});
  });

  it("the key written as the run writes it applies, and a file whose own name holds a backslash is its own key", async () => {
    record(negative);
    expect(await lint(".")).toMatchObject({ code: 0, stdout: "" });
    if (process.platform === "win32") return;
    const odd = "fixtures\\tax-over-cap.json";
    writeFileSync(join(root, odd), JSON.stringify(overCap(1.5)));
    try {
      record(odd);
      expect(await lint(odd)).toMatchObject({ code: 0, stdout: "" });
    } finally {
      rmSync(join(root, odd));
    }
  });
});

describe("a recorded file this run could not lint keeps its counts: its fault is the one finding", () => {
  /** A repository whose negative fixture is recorded with its one tax-rate-cap error, and the record's bytes. */
  async function recorded() {
    const root = newRepository();
    expect(await runCli(["--suppress-rule", "tax-rate-cap", "."], { cwd: root })).toMatchObject({ code: 0, stdout: "" });
    const record = readFileSync(join(root, "oms-lint-suppressions.json"));
    expect(JSON.parse(record.toString("utf8"))).toEqual({ [negative]: { "tax-rate-cap": { count: 1 } } });
    return { root, record };
  }
  /** The run's messages by file (relative), as ruleId and severity. */
  const messagesOf = (root: string, stdout: string) =>
    Object.fromEntries(
      (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; severity: number; fatal?: true }[] }[]).map((r) => [
        r.filePath.slice(root.length + 1),
        r.messages.map((m) => [m.ruleId, m.severity, m.fatal ?? false]),
      ]),
    );

  it("a syntax error in the fixture: the parse error fails the run, nothing is unpruned, and --prune-suppressions leaves the file byte for byte", async () => {
    const { root, record } = await recorded();
    const text = readFileSync(join(root, negative), "utf8");
    writeFileSync(join(root, negative), text.trimEnd().slice(0, -1));
    const run = await runCli(["-f", "compact", "."], { cwd: root });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${negative}:\\d+:\\d+: error .* \\[parse\\]$`));
    expect(run.stdout).not.toContain("suppressions");
    for (const argv of [["--prune-suppressions", "."], ["--prune-suppressions", negative], ["--pass-on-unpruned-suppressions", "."]]) {
      const pruned = await runCli(["-f", "json", ...argv], { cwd: root });
      expect(pruned.code).toBe(1);
      expect(messagesOf(root, pruned.stdout)[negative]).toEqual([["parse", 2, true]]);
      expect(readFileSync(join(root, "oms-lint-suppressions.json")).equals(record)).toBe(true);
    }
    // The syntax error mended, the record still holds: the run passes as before.
    writeFileSync(join(root, negative), text);
    expect(await runCli(["."], { cwd: root })).toMatchObject({ code: 0, stdout: "" });
  });

  it("a fixture over --max-file-size: the size error alone, and --prune-suppressions keeps the counts", async () => {
    const { root, record } = await recorded();
    for (const argv of [["--max-file-size", "1KB", "."], ["--max-file-size", "1KB", "--prune-suppressions", "."]]) {
      const run = await runCli(["-f", "json", ...argv], { cwd: root });
      expect(run.code).toBe(1);
      const messages = messagesOf(root, run.stdout);
      expect(messages[negative]).toEqual([["parse", 2, true]]);
      expect(Object.values(messages).flat().filter(([ruleId]) => ruleId === "suppressions")).toEqual([]);
      expect(readFileSync(join(root, "oms-lint-suppressions.json")).equals(record)).toBe(true);
    }
    expect(await runCli(["."], { cwd: root })).toMatchObject({ code: 0, stdout: "" });
  });

  it("an unreadable fixture (a broken link, named outright): its counts stay, though no file is there to find", async () => {
    const { root, record } = await recorded();
    unlinkSync(join(root, negative));
    symlinkSync(join(root, "fixtures/negative/moved.json"), join(root, negative));
    const run = await runCli(["-f", "json", "--prune-suppressions", negative], { cwd: root });
    expect(run.code).toBe(1);
    expect(messagesOf(root, run.stdout)).toEqual({ [negative]: [["parse", 2, true]] });
    expect(readFileSync(join(root, "oms-lint-suppressions.json")).equals(record)).toBe(true);
  });

  it("a fixture whose kind cannot be told: an error whatever --unknown-kind says (it must trip its rules), and its counts stay", async () => {
    const { root, record } = await recorded();
    writeFileSync(join(root, negative), `{"purpose": "fixture notes"}\n`);
    for (const argv of [["."], ["--unknown-kind", "off", "."], ["--prune-suppressions", "."]]) {
      const run = await runCli(["-f", "json", ...argv], { cwd: root });
      expect(run.code).toBe(1);
      expect(messagesOf(root, run.stdout)[negative]).toEqual([["kind", 2, false]]);
      expect(readFileSync(join(root, "oms-lint-suppressions.json")).equals(record)).toBe(true);
    }
    // A file not recorded keeps --unknown-kind's level.
    writeFileSync(join(root, "fixtures/notes.json"), `{"purpose": "fixture notes"}\n`);
    const run = await runCli(["-f", "json", "."], { cwd: root });
    expect(messagesOf(root, run.stdout)["fixtures/notes.json"]).toEqual([["kind", 1, false]]);
  });
});

// Found by the review of the last stop: --suppress-all recorded a broken link's "cannot read the file", and every later run passed it.
describe("a file that could not be read tested nothing: it is never recorded, and no recorded count hides its fault", () => {
  /** A folder with one negative fixture that reads and trips its rule, one whose text is not JSON, and files that cannot be read. */
  function folderWithUnreadFiles(): string {
    const root = newRepository();
    writeFileSync(join(root, "fixtures/negative/not-json.json"), `{"manufacturerId": MFG_ID}\n`);
    symlinkSync("nowhere.json", join(root, "fixtures/negative/link.json"));
    writeFileSync(join(root, "fixtures/negative/large.json"), JSON.stringify({ ...createOrder(), note: "x".repeat(64 * 1024) }));
    return root;
  }
  const unread = { "fixtures/negative/link.json": "cannot read the file: it is a broken symbolic link", "fixtures/negative/large.json": "the file is" };
  const lint = (root: string, ...argv: string[]) => runCli(["-f", "json", "--max-file-size", "32KB", ...argv], { cwd: root });
  /** Each file's messages, as rule, messageId and the start of the message. */
  const findings = (root: string, stdout: string) =>
    Object.fromEntries(
      (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[])
        .filter((r) => r.messages.length > 0)
        .map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => `${m.ruleId}: ${m.message}`)]),
    );

  for (const record of [["--suppress-all"], ["--suppress-rule", "parse", "--suppress-rule", "tax-rate-cap"]]) {
    it(`${record.join(" ")} records the fixtures whose text was read (a parse fault of that text too), not the files it could not read`, async () => {
      const root = folderWithUnreadFiles();
      const recording = await lint(root, ...record, ".");
      expect(recording.code).toBe(1);
      expect(suppressionsOf(root)).toEqual({ "fixtures/negative/not-json.json": { parse: { count: 1 } }, [negative]: { "tax-rate-cap": { count: 1 } } });
      const later = await lint(root, ".");
      expect(later.code).toBe(1);
      const found = findings(root, later.stdout);
      expect(Object.keys(found).sort()).toEqual(Object.keys(unread).sort());
      for (const [file, start] of Object.entries(unread)) expect(found[file]).toEqual([expect.stringContaining(`parse: ${start}`)]);
    });
  }

  it("a count recorded for such a file (by hand, or by an earlier version) does not hide its fault, and is not blamed either", async () => {
    const root = folderWithUnreadFiles();
    const counts = Object.fromEntries(Object.keys(unread).map((file) => [file, { parse: { count: 1 } }]));
    writeFileSync(join(root, "oms-lint-suppressions.json"), `${JSON.stringify(counts, null, 2)}\n`);
    const run = await lint(root, "--suppress-rule", "tax-rate-cap", ".");
    expect(run.code).toBe(1);
    const found = findings(root, run.stdout);
    expect(found["fixtures/negative/not-json.json"]).toEqual([expect.stringMatching(/^parse: /)]);
    for (const [file, start] of Object.entries(unread)) expect(found[file]).toEqual([expect.stringContaining(`parse: ${start}`)]);
    expect(suppressionsOf(root)).toEqual({ ...counts, [negative]: { "tax-rate-cap": { count: 1 } } });
  });
});

describe("done when: `oms-lint .` at a repository's root (a real process, as `npx oms-lint .` runs it)", () => {
  it("exits 0 with the negative fixture recorded, and non-zero once it stops tripping its rule", async () => {
    const root = newRepository();
    writeFileSync(join(root, "oms-lint-suppressions.json"), JSON.stringify({ [negative]: { "tax-rate-cap": { count: 1 } } }, null, 2));
    const clean = spawnCli(["."], { cwd: root });
    expect(clean).toMatchObject({ code: 0, stdout: "", stderr: "" });
    writeFileSync(join(root, negative), JSON.stringify(overCap(1), null, 2));
    const stale = spawnCli(["."], { cwd: root });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("expects 1 tax-rate-cap error in this file and none was found");
    expect(existsSync(join(root, "oms-lint-suppressions.json"))).toBe(true);
  });
});

// Found by the audit of the prune fixes: ESLint 10 exits 2 ("The suppressions file does not
// exist. Please run the command with `--suppress-all` or `--suppress-rule` to create it.") when
// --suppressions-location names no file and the run does not record; oms-lint ran without it, exit 0.
describe("--suppressions-location naming no file", () => {
  const folder = () => {
    const root = mkdtempSync(join(tmpdir(), "oms-lint-nolocation-"));
    writeFileSync(join(root, "order.json"), JSON.stringify(createOrder()));
    return root;
  };

  it.each([[[]], [["--prune-suppressions"]]])("%j: exit 2, saying so and how to make it, nothing written", async (more) => {
    const root = folder();
    const run = await runCli(["--suppressions-location", "neg.json", ...more, "order.json"], { cwd: root });
    expect(run).toMatchObject({ code: 2, stdout: "", stderr: "oms-lint: the suppressions file neg.json does not exist: run with --suppress-all or --suppress-rule to create it\n" });
    expect(existsSync(join(root, "neg.json"))).toBe(false);
  });

  it("--suppress-all makes it, even with nothing to record (as ESLint does), and the default location is never asked for", async () => {
    const root = folder();
    expect((await runCli(["--suppressions-location", "neg.json", "--suppress-all", "order.json"], { cwd: root })).code).toBe(0);
    expect(readFileSync(join(root, "neg.json"), "utf8")).toBe("{}\n");
    expect((await runCli(["--suppressions-location", "neg.json", "order.json"], { cwd: root })).code).toBe(0);
    expect((await runCli(["order.json"], { cwd: root })).code).toBe(0);
  });
});
