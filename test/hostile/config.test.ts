import { execFileSync } from "node:child_process";
import { mkdirSync, truncateSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig, shownProblems } from "../../src/config/loadConfig.js";
import { omsLintConfig } from "../../src/generated/configValidator.js";
import { hostileRun, scratch } from "./support.js";

/**
 * SPEC §6, a malformed config file, and the command line's own mistakes: a config that is
 * not JSON, not UTF-8, of the wrong shape or types, with an unknown rule id; an unknown
 * --kind, --format or option. Every one is exit 2 and "oms-lint: …" lines on stderr (with
 * the config's file:line:column), nothing on stdout, never a stack trace.
 */

const payload = '{"name": "gift note", "value": "Happy birthday"}';

describe("a config file that cannot be used: exit 2, each problem placed", () => {
  const folder = scratch("config");
  afterAll(folder.remove);
  let n = 0;
  /** Lints a good payload under the given config text (or bytes), in a folder of its own. */
  const withConfig = async (config: string | Uint8Array, args: string[] = ["payload.json"]) => {
    const dir = `case-${n++}`;
    folder.write(`${dir}/oms-lint.config.json`, config);
    folder.write(`${dir}/payload.json`, payload);
    return await hostileRun(args, { cwd: folder.path(dir) });
  };

  it.each([
    ["empty", "", /^oms-lint: oms-lint\.config\.json:1:1: the file is empty/],
    ["placeholder", '{"rules": {"unknown-property": LEVEL}}', /:1:32: placeholder LEVEL is not a JSON value/],
    ["trailing comma", '{"rules": {"unknown-property": "off",}}', /:1:37: trailing comma before \}/],
    ["comment", '{\n  // quiet\n  "rules": {}\n}', /:2:3: JSON has no comments/],
    ["single quotes", "{'rules': {}}", /:1:2: single quotes are not JSON/],
    ["100,000 levels", `{"settings": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`, /nests deeper than 1000 levels/],
    ["an array", "[]", /:1:1: the config must be a JSON object/],
    ["null", "null", /:1:1: the config must be a JSON object/],
    ["rules not an object", '{"rules": []}', /:1:11: rules must be an object of rule ids and levels/],
    ["a level of the wrong type", '{"rules": {"unknown-property": true}}', /:1:32: a rule setting is "off", "warn", "error"/],
    ["options of the wrong type", '{"rules": {"tax-rate-cap": ["error", "twenty"]}}', /:1:28: a rule setting is "off", "warn", "error"/],
    ["settings a string", '{"settings": "onBlocks"}', /:1:14: settings must be an object/],
    ["a setting of the wrong type", '{"settings": {"onBlocks": "yes"}}', /:1:27: settings\.onBlocks must be true or false/],
    ["files an object", '{"files": {"glob": "*.json"}}', /:1:11: files must be a list/],
    ["an unknown kind in files", '{"files": [{"glob": "*.json", "kind": "invoice"}]}', /kind must be one of createOrder/],
    ["limits of the wrong type", '{"limits": {"maxDepth": "deep", "maxFileSize": "huge", "maxEntries": 0}}', /limits\.maxDepth must be a whole number/],
    ["a file size past what Node.js reads", '{"limits": {"maxFileSize": "4GB"}}', /:1:28: limits\.maxFileSize must be at least 1 byte and at most/],
    ["an unknown limit", '{"limits": {"maxSize": 1}}', /limits knows maxFileSize, maxDepth, maxEntries and maxValues only/],
    ["an unknown rule id", '{"rules": {"no-such-rule": "off"}}', /:1:28: unknown rule "no-such-rule"; the rules are: /],
    ["a repeated key", '{"rules": {}, "rules": {"unknown-property": "off"}}', /"rules" is set twice/],
    // Found by the newcomer audit: globs are matched below the config's folder, so these named no file, unsaid.
    ["a files glob that climbs out of the config's folder", '{"files": [{"glob": "../shared/**/*.json", "kind": "createOrder"}]}', /:1:21: this glob climbs out of the config file's folder with \.\./],
    ["one glob of a list that climbs out", '{"files": [{"glob": ["orders/*.json", "a/../../b/*.json"], "kind": "createOrder"}]}', /:1:39: this glob climbs out/],
    ["an ignore that climbs out", '{"ignores": ["drafts/**", ".."]}', /:1:27: this glob climbs out/],
    ["an un-ignore that climbs out", '{"ignores": ["drafts/**", "!../shared/keep.json"]}', /:1:27: this glob climbs out/],
    ["an override's files glob that climbs out", '{"overrides": [{"files": ["../tenant-a/**"], "rules": {}}]}', /:1:27: this glob climbs out/],
    // Found by the audit at d5d094fb: a .. that stays inside the folder was said to climb out of it.
    ["an ignore with a .. that stays inside", '{"ignores": ["legacy/../top.json"]}', /:1:14: this glob has a \.\. segment, which no path below the config file's folder holds, so it names no file: write it "top\.json"$/m],
    ["an un-ignore with a .. that stays inside", '{"ignores": ["drafts/**", "!drafts/old/../keep.json"]}', /:1:27: this glob has a \.\. segment.*: write it "!drafts\/keep\.json"$/m],
    ["a glob whose .. climbs out after going in", '{"files": [{"glob": "a/../../b/*.json", "kind": "createOrder"}]}', /:1:21: this glob climbs out/],
    // A wildcard before the .. spans a number of folders the glob does not fix: no rewrite is the glob meant.
    ["a files glob with ** before its ..", '{"files": [{"glob": "deep/**/../d.json", "kind": "createOrder"}]}', /:1:21: this glob has a \.\. segment, which no path below the config file's folder holds, so it names no file$/m],
    ["an ignore with ** before its ..", '{"ignores": ["legacy/**/../top.json"]}', /:1:14: this glob has a \.\. segment, which no path below the config file's folder holds, so it names no file$/m],
    ["an un-ignore with * before its ..", '{"ignores": ["drafts/**", "!drafts/*/../keep.json"]}', /:1:27: this glob has a \.\. segment, which no path below the config file's folder holds, so it names no file$/m],
    ["an override's glob with ?, a bracket or a brace before its ..", '{"overrides": [{"files": ["a?/../x.json", "[ab]/../y.json", "{a,b/c}/../z.json"], "rules": {}}]}', /^(?:oms-lint: oms-lint\.config\.json:1:\d+: this glob has a \.\. segment, which no path below the config file's folder holds, so it names no file\n){3}$/],
    ["a ** before .. that starts above the folder still climbs out", '{"ignores": ["../shared/**/../x.json"]}', /:1:14: this glob climbs out/],
    // Found by the audit of `!` in globs: minimatch reads `!!` as no negation (`!!../shared/**` is `../shared/**`), and the check read one `!` alone.
    ["a files glob led by !! that climbs out", '{"files": [{"glob": "!!../shared/**/*.json", "kind": "createOrder"}]}', /:1:21: this glob climbs out/],
    ["an override's glob led by !! with a .. that stays inside", '{"overrides": [{"files": ["!!legacy/../top.json"], "rules": {}}]}', /:1:27: this glob has a \.\. segment.*: write it "!!top\.json"$/m],
  ])("%s", async (_name, config, message) => {
    const run = await withConfig(config);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^oms-lint: oms-lint\.config\.json:\d+:\d+: /);
  });

  it("every problem of the shape at once, one line each", async () => {
    const run = await withConfig('{"limits": {"maxDepth": "deep", "maxEntries": 0}, "settings": {"onBlocks": 1}}');
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(3);
  });

  it("a config that is not UTF-8, or binary", async () => {
    const latin1 = await withConfig(Buffer.from('{"rules": {"unknown-property": "off"}, "x": "caf\u00e9"}', "latin1"));
    expect(latin1.code).toBe(2);
    expect(latin1.stderr).toMatch(/^oms-lint: oms-lint\.config\.json:\d+:\d+: /);
    const binary = await withConfig(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x00]));
    expect(binary.code).toBe(2);
  });

  it("--config naming a folder, nothing, a FIFO or a device: refused at once, as a payload is", async () => {
    mkdirSync(folder.path("a-folder"), { recursive: true });
    folder.write("payload.json", payload);
    execFileSync("mkfifo", [folder.path("pipe.json")]);
    for (const config of ["a-folder", "missing.json", "pipe.json", "/dev/zero"]) {
      const run = await hostileRun(["--config", config, "payload.json"], { cwd: folder.dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^oms-lint: cannot read the config file ${config}: .*\\((EISDIR|ENOENT)\\)\\n$|: it is not a regular file \\(a device, pipe or socket\\)\\n$`));
    }
  });

  // Found by the limits audit: past 64 MiB, the config's message told the user to raise the limit with --max-file-size, which the config is not held to.
  it("a config past 64 MiB, with --max-file-size 256MB: refused unread, and the message names no flag to raise its limit (none does)", async () => {
    folder.write("payload.json", payload);
    folder.write("big.json", "");
    // Sparse: the size is what is refused, and the file is never read.
    truncateSync(folder.path("big.json"), 64 * 1024 * 1024 + 1);
    const run = await hostileRun(["--config", "big.json", "--max-file-size", "256MB", "payload.json"], { cwd: folder.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "oms-lint: cannot read the config file big.json: the file is 67108865 bytes, more than the 67108864 bytes oms-lint reads: no config file is this large, so it is not read (a config file is always held to this limit; --max-file-size and limits.maxFileSize raise the payloads' alone)\n",
    );
  });
});

describe("the command line's own mistakes: exit 2, one line", () => {
  const folder = scratch("usage");
  afterAll(folder.remove);
  folder.write("payload.json", payload);

  it.each([
    [["--kind", "invoice", "payload.json"], /^oms-lint: unknown kind "invoice"; the kinds are: createOrder, /],
    [["--kind", "", "payload.json"], /^oms-lint: unknown kind ""/],
    [["--format", "xml", "payload.json"], /^oms-lint: unknown format "xml"/],
    [["--rule", "no-such-rule:off", "payload.json"], /^oms-lint: unknown rule "no-such-rule"/],
    [["--rule", "unknown-property:loud", "payload.json"], /^oms-lint: --rule unknown-property: the level is off, warn or error/],
    [["--max-warnings", "many", "payload.json"], /^oms-lint: --max-warnings takes a whole number/],
    [["--no-such-option", "payload.json"], /^oms-lint: Unknown option '--no-such-option'/],
    [["--kind"], /^oms-lint: Option '--kind <value>' argument missing/],
  ])("%j", async (args, message) => {
    const run = await hostileRun(args, { cwd: folder.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("no files named is no mistake: the working folder is linted, as ESLint 9+ lints it", async () => {
    const run = await hostileRun([], { cwd: folder.dir });
    expect(run).toEqual(await hostileRun(["."], { cwd: folder.dir }));
    expect(run.code).not.toBe(2);
  });

  it("a machine format prints nothing on a usage error", async () => {
    for (const format of ["json", "sarif", "junit", "github"]) {
      const run = await hostileRun(["--format", format, "--kind", "invoice", "payload.json"], { cwd: folder.dir });
      expect(run).toMatchObject({ code: 2, stdout: "" });
    }
  });
});

describe("a config with thousands of problems: placed, bounded, quick", () => {
  const folder = scratch("config-many");
  afterAll(folder.remove);

  /** `{"rules": {"x0": 5, …}}`: each entry is a setting of the wrong type under a rule id that does not exist. */
  const misspelt = (count: number) => JSON.stringify({ rules: Object.fromEntries(Array.from({ length: count }, (_, i) => [`x${i}`, 5])) }, null, 1);

  it("20,000 misspelt rules: the first 20 problems in the file's order, then one line for the rest (it took minutes: Ajv copied its errors at each member)", async () => {
    folder.write("many/oms-lint.config.json", misspelt(20_000));
    folder.write("many/payload.json", payload);
    const run = await hostileRun(["payload.json"], { cwd: folder.path("many") });
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(shownProblems + 1);
    // Each entry is on its own line (line 3 holds x0): two problems each, a level of the wrong type and an unknown id.
    expect(lines[0]).toMatch(/^oms-lint: oms-lint\.config\.json:3:\d+: /);
    expect(lines.slice(0, shownProblems).map((line) => Number(/:(\d+):\d+: /.exec(line)?.[1]))).toEqual(Array.from({ length: shownProblems }, (_, i) => 3 + Math.floor(i / 2)));
    expect(lines.at(-1)).toMatch(/^oms-lint: oms-lint\.config\.json: at least \d+ more problems not shown \(oms-lint shows the first 20\); fix these and run it again$/);
  });

  it("the config's schema stops at 1000 problems in one object, at the member where it stopped", () => {
    const rules = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`rule/${i}`, 5]));
    expect(omsLintConfig({ rules })).toBe(false);
    const errors = (omsLintConfig as unknown as { errors: { keyword: string; instancePath: string }[] }).errors;
    const stop = errors.filter(({ keyword }) => keyword === "errorLimit");
    expect(stop).toHaveLength(1);
    // The member's key is escaped as a JSON Pointer segment ("/" as "~1").
    expect(stop[0]!.instancePath).toMatch(/^\/rules\/rule~1\d+$/);
    expect(errors.length).toBeLessThanOrEqual(1001);
  });

  it("any number of problems: all of them up to 20, else the first 20 and how many more", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 45 }), async (count) => {
        // Valid levels under unknown ids: one problem an entry.
        const dir = `n${n++}`;
        folder.write(`${dir}/oms-lint.config.json`, JSON.stringify({ rules: Object.fromEntries(Array.from({ length: count }, (_, i) => [`x${i}`, "off"])) }));
        const problem = await loadConfig("oms-lint.config.json", folder.path(dir)).then(
          () => undefined,
          (error: unknown) => (error as Error).message.split("\n"),
        );
        if (count === 0) {
          expect(problem).toBeUndefined();
          return;
        }
        expect(problem).toHaveLength(Math.min(count, shownProblems) + (count > shownProblems ? 1 : 0));
        if (count > shownProblems) expect(problem!.at(-1)).toBe(`oms-lint.config.json: ${count - shownProblems} more ${count - shownProblems === 1 ? "problem" : "problems"} not shown (oms-lint shows the first 20); fix these and run it again`);
        else expect(problem!.every((line) => line.includes("unknown rule"))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
