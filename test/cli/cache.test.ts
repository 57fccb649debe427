import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { constants } from "node:buffer";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../support/cli.js";
import { rules as builtInRules } from "../../rules/index.js";
import { rulesFingerprint } from "../../src/cli/lintCache.js";

const root = mkdtempSync(join(tmpdir(), "oms-lint-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dir = "";
let count = 0;
/** A fresh folder: two custom data payloads, one with an empty name (an error), one clean. */
beforeEach(() => {
  dir = join(root, `case-${count++}`);
  mkdirSync(join(dir, "data"), { recursive: true });
  writeFileSync(join(dir, "data/bad.json"), `{"name": "", "value": "v"}`);
  writeFileSync(join(dir, "data/good.json"), `{"name": "gift", "value": "v"}`);
  writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "data/**", kind: "orderCustomData" }] }));
});

type Cache = { format: string; fingerprint: string; files: Record<string, { hash: string; key: string; messages: { message: string; ruleId: string; severity: number }[] }> };
const cacheFile = () => join(dir, ".oms-lint-cache");
const readCache = () => JSON.parse(readFileSync(cacheFile(), "utf8")) as Cache;
const lint = async (...args: string[]) => {
  const run = await runCli(["-f", "json", "--cache", ...args, "data"], { cwd: dir });
  const results = run.stdout === "" ? [] : (JSON.parse(run.stdout) as { filePath: string; messages: { message: string; ruleId: string; severity: number }[] }[]);
  return { ...run, messages: Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => `${m.severity} ${m.message}`)])) };
};

/** Plants a finding in the cache entry of good.json that linting it would never give: reported only on a hit. */
function plant(): void {
  const cache = readCache();
  const entry = cache.files[join(dir, "data/good.json")]!;
  entry.messages = [{ ...readCache().files[join(dir, "data/bad.json")]!.messages[0]!, message: "PLANTED in the cache" }];
  writeFileSync(cacheFile(), JSON.stringify(cache));
}

/** A cache whose entry for good.json (a planted finding) `edit` breaks, as text. */
const malformed = (edit: (entry: { kind: unknown; messages: Record<string, unknown>[] }) => void) => () => {
  plant();
  const cache = readCache();
  edit(cache.files[join(dir, "data/good.json")] as unknown as { kind: unknown; messages: Record<string, unknown>[] });
  return JSON.stringify(cache);
};

describe("--cache", () => {
  it("writes .oms-lint-cache in the working folder; an unchanged file's result is reused (a planted finding is reported)", async () => {
    const first = await lint();
    expect(first.code).toBe(1);
    expect(first.messages["data/good.json"]).toEqual([]);
    expect(readCache().format).toBe("oms-lint-cache");
    expect(Object.keys(readCache().files).sort()).toEqual([join(dir, "data/bad.json"), join(dir, "data/good.json")]);
    plant();
    const second = await lint();
    expect(second.messages["data/good.json"]).toEqual(["2 PLANTED in the cache"]);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe("");
  });

  // Found by the audit of the ESLint plugin: a warning of no rule module (postman-info-schema)
  // must be one a cache entry may hold, or an entry holding it makes the whole cache unread.
  it("an entry holding a collection's postman-info-schema warning is reused, and so is the rest of the cache", async () => {
    mkdirSync(join(dir, "requests"));
    writeFileSync(join(dir, "requests/c.postman_collection.json"), JSON.stringify({ info: { name: "x" }, item: [] }));
    const first = await lint("requests");
    expect(first.messages["requests/c.postman_collection.json"]).toEqual([expect.stringMatching(/^1 info\.schema does not name a Postman collection schema/)]);
    plant();
    const second = await lint("requests");
    expect(second.messages["data/good.json"]).toEqual(["2 PLANTED in the cache"]);
    expect(second.messages["requests/c.postman_collection.json"]).toEqual(first.messages["requests/c.postman_collection.json"]);
  });

  it("a file edited after the first run is linted again", async () => {
    await lint();
    plant();
    writeFileSync(join(dir, "data/good.json"), `{"name": "gift", "value": ""}`);
    const run = await lint();
    expect(run.messages["data/good.json"]).toHaveLength(1);
    expect(run.messages["data/good.json"]![0]).not.toContain("PLANTED");
    expect(run.messages["data/good.json"]![0]).toMatch(/value/);
  });

  it("a rule-level change in the config, or by --rule, is a miss for the files it applies to", async () => {
    await lint();
    plant();
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "data/**", kind: "orderCustomData" }], rules: { "unknown-property": "error" } }));
    expect((await lint()).messages["data/good.json"]).toEqual([]);
    plant();
    expect((await lint("--rule", "unknown-property:off")).messages["data/good.json"]).toEqual([]);
    plant();
    // The same config and --rule again: the entry is reused.
    expect((await lint("--rule", "unknown-property:off")).messages["data/good.json"]).toEqual(["2 PLANTED in the cache"]);
  });

  it("an override's settings or another kind for one file are a miss for it alone", async () => {
    await lint();
    plant();
    const cache = readCache();
    cache.files[join(dir, "data/bad.json")]!.messages[0]!.message = "PLANTED too";
    writeFileSync(cacheFile(), JSON.stringify(cache));
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "data/**", kind: "orderCustomData" }], overrides: [{ files: ["data/good.json"], settings: { onBlocks: true } }] }));
    const run = await lint();
    expect(run.messages["data/good.json"]).toEqual([]);
    expect(run.messages["data/bad.json"]).toEqual(["2 PLANTED too"]);
  });

  it("a cache of another version or rule set is stale: every file is linted, without a note", async () => {
    await lint();
    plant();
    const cache = readCache();
    writeFileSync(cacheFile(), JSON.stringify({ ...cache, fingerprint: "another version" }));
    const run = await lint();
    expect(run.messages["data/good.json"]).toEqual([]);
    expect(run.stderr).toBe("");
    expect(readCache().fingerprint).not.toBe("another version");
  });

  // Found by the audit of issue 18's CI features: an older version's entries named a rule since
  // gone, and the cache was called "corrupt (an entry is malformed)" rather than stale.
  it("a cache of another version whose entries name a rule this one lacks is stale too, without a note", async () => {
    await lint();
    const cache = readCache();
    for (const entry of Object.values(cache.files)) for (const message of entry.messages) message.ruleId = "renamed-since/rule";
    writeFileSync(cacheFile(), JSON.stringify({ ...cache, fingerprint: "another version" }));
    const run = await lint();
    expect(run.stderr).toBe("");
    expect(run.messages["data/bad.json"]).toHaveLength(1);
    expect(readCache().fingerprint).not.toBe("another version");
  });

  // A limit decides a verdict (a file too deep or too large is a fatal message): the entries of
  // a run with other limits are stale, and those of a run with the same limits are reused.
  it.each([["--max-depth", "40"], ["--max-entries", "500"], ["--max-values", "10000"], ["--max-file-size", "1mb"]])("a run with another %s is a miss; again with the same, a hit", async (flag, value) => {
    await lint();
    plant();
    expect((await lint(flag, value)).messages["data/good.json"]).toEqual([]);
    plant();
    expect((await lint(flag, value)).messages["data/good.json"]).toEqual(["2 PLANTED in the cache"]);
  });

  it.each([
    ["corrupt (not JSON)", () => `${JSON.stringify(readCache()).slice(0, 80)}`, "is corrupt (not JSON): ignored, every file is linted and the cache written anew", true],
    ["corrupt (an entry is malformed): a severity of 3", malformed((entry) => void (entry.messages[0]!.severity = 3)), "is corrupt (an entry is malformed): ignored, every file is linted and the cache written anew", true],
    ["corrupt (an entry is malformed): an error marked a warning", malformed((entry) => void (entry.messages[0]!.level = "warning")), "is corrupt (an entry is malformed): ignored, every file is linted and the cache written anew", true],
    ["corrupt (an entry is malformed): a kind that does not exist", malformed((entry) => void (entry.kind = "refund")), "is corrupt (an entry is malformed): ignored, every file is linted and the cache written anew", true],
    // Found by the audit of the CI surface: a forged rule id was reported as if a rule had found it.
    ["corrupt (an entry is malformed): a rule the run does not have", malformed((entry) => void (entry.messages[0]!.ruleId = "nope/rule")), "is corrupt (an entry is malformed): ignored, every file is linted and the cache written anew", true],
    ["corrupt (an entry is malformed): its second message", malformed((entry) => void entry.messages.push({ ...entry.messages[0]!, line: 0 })), "is corrupt (an entry is malformed): ignored, every file is linted and the cache written anew", true],
    // Found by the cache audit: these reached the json report, with no note.
    ["corrupt (an entry is malformed): a suggestion that is no edit", malformed((entry) => void (entry.messages[0]!.suggestion = { line: "oops" })), "is corrupt (an entry is malformed): ignored, every file is linted and the cache written anew", true],
    ["corrupt (an entry is malformed): givesWayTo that is no list of rules", malformed((entry) => void (entry.messages[0]!.givesWayTo = 7)), "is corrupt (an entry is malformed): ignored, every file is linted and the cache written anew", true],
    ["corrupt (an entry is malformed): a key no message has", malformed((entry) => void (entry.messages[0]!.injected = "<script>")), "is corrupt (an entry is malformed): ignored, every file is linted and the cache written anew", true],
    // Found by the audit of the CI surface: an edited range, printed as 95:20–1:22 (no SARIF region).
    ["corrupt (an entry is malformed): a range ending on a line before its start", malformed((entry) => void Object.assign(entry.messages[0]!, { line: 2, endLine: 1 })), "is corrupt (an entry is malformed): ignored, every file is linted and the cache written anew", true],
    ["corrupt (an entry is malformed): a range ending on its line before its column", malformed((entry) => void Object.assign(entry.messages[0]!, { column: 5, endColumn: 4 })), "is corrupt (an entry is malformed): ignored, every file is linted and the cache written anew", true],
    ["corrupt (an entry is malformed): a fix whose range ends before it starts", malformed((entry) => void (entry.messages[0]!.fix = { line: 1, column: 3, endLine: 1, endColumn: 2, text: "", utf8: { column: 3, endColumn: 2 } })), "is corrupt (an entry is malformed): ignored, every file is linted and the cache written anew", true],
    ["not oms-lint's (ESLint's)", () => `[{"${join(dir, "data/good.json")}":"1"},{"size":3}]`, "is not a cache oms-lint wrote: ignored, every file is linted (it is left as it is: remove it, or give --cache-location another file)", false],
    ["not JSON at all", () => "\u0000\u0001 binary", "is not a cache oms-lint wrote: ignored, every file is linted (it is left as it is: remove it, or give --cache-location another file)", false],
  ])("a cache that is %s is never trusted: a one-line note, every file linted", async (_name, content, note, rewritten) => {
    await lint();
    const text = content();
    writeFileSync(cacheFile(), text);
    const run = await lint();
    expect(run.code).toBe(1);
    expect(run.messages).toEqual({ "data/bad.json": [expect.stringMatching(/^2 .*name/)], "data/good.json": [] });
    expect(run.stderr).toBe(`oms-lint: the cache .oms-lint-cache ${note}\n`);
    if (rewritten) expect(readCache().format).toBe("oms-lint-cache");
    else expect(readFileSync(cacheFile(), "utf8")).toBe(text);
  });

  // Found by the limits audit: 16M {} at the location were parsed whole (17.5 s, 1.64 GB) to be told from a cache.
  it.each([
    ["not oms-lint's, past the payload limits", () => `[${Array(100_001).fill("{}").join(",")}]`, "is not a cache oms-lint wrote: ignored, every file is linted (it is left as it is: remove it, or give --cache-location another file)", false],
    ["signed, but denser in values than a cache", () => `{"format":"oms-lint-cache","formatVersion":2,"fingerprint":"x","files":{"a":[${Array(20_000).fill("{}").join(",")}]}}`, "is corrupt (deeper, or denser in values, than any cache oms-lint writes): ignored, every file is linted and the cache written anew", true],
    ["signed, but deeper than a cache", () => `{"format":"oms-lint-cache","files":{"a":${"[".repeat(20)}${"]".repeat(20)}}}`, "is corrupt (deeper, or denser in values, than any cache oms-lint writes): ignored, every file is linted and the cache written anew", true],
  ])("a cache file that is %s is never parsed whole: a one-line note, every file linted", async (_name, content, note, rewritten) => {
    await lint();
    const text = content();
    writeFileSync(cacheFile(), text);
    const parse = vi.spyOn(JSON, "parse");
    try {
      const run = await lint();
      expect(parse.mock.calls.filter(([parsed]) => parsed === text)).toEqual([]);
      expect(run.messages).toEqual({ "data/bad.json": [expect.stringMatching(/^2 .*name/)], "data/good.json": [] });
      expect(run.stderr).toBe(`oms-lint: the cache .oms-lint-cache ${note}\n`);
    } finally {
      parse.mockRestore();
    }
    if (rewritten) expect(readCache().format).toBe("oms-lint-cache");
    else expect(readFileSync(cacheFile(), "utf8")).toBe(text);
  });

  // Found by the audit of the CI surface: an entry edited to "line": 1000000000 was printed as
  // fixtures/imp.json:1000000000:20. The entry's hash pins the file's text, so a line past its
  // last is no line this version wrote; the file's line count is known only when it is read.
  describe("an entry naming a line past its file's last", () => {
    const threeLines = `{\n  "name": "gift",\n  "value": "v"}`;
    const plantOnLine = (line: number, endLine = line) => {
      const cache = readCache();
      cache.files[join(dir, "data/good.json")]!.messages = [{ ...cache.files[join(dir, "data/bad.json")]!.messages[0]!, message: "PLANTED in the cache", line, endLine } as Cache["files"][string]["messages"][number]];
      writeFileSync(cacheFile(), JSON.stringify(cache));
    };
    const pastEndNote = "oms-lint: the cache .oms-lint-cache is corrupt (an entry is malformed: it names a line past the last of data/good.json): that entry is ignored, its file linted and the cache written anew\n";

    it.each([
      ["its last line", 3, 3],
      ["a range from line 1 to its last", 1, 3],
    ])("a finding on %s is used", async (_name, line, endLine) => {
      writeFileSync(join(dir, "data/good.json"), threeLines);
      await lint();
      plantOnLine(line, endLine);
      const run = await lint();
      expect(run.messages["data/good.json"]).toEqual(["2 PLANTED in the cache"]);
      expect(run.stderr).toBe("");
    });

    it.each([
      ["the line after its last", 4, 4],
      ["line 1000000000", 1_000_000_000, 1_000_000_000],
      ["a range ending past its last", 2, 4],
    ])("a finding on %s: the entry is not used, the file is linted, and the run says the cache is corrupt", async (_name, line, endLine) => {
      writeFileSync(join(dir, "data/good.json"), threeLines);
      await lint();
      plantOnLine(line, endLine);
      const run = await lint();
      expect(run.messages).toEqual({ "data/bad.json": [expect.stringMatching(/^2 .*name/)], "data/good.json": [] });
      expect(run.stderr).toBe(pastEndNote);
      expect(readCache().files[join(dir, "data/good.json")]!.messages).toEqual([]);
      expect((await lint()).stderr).toBe("");
    });
  });

  // Left open by the last stop: the file at the location was read whole before its head was looked at.
  it("a file that is not a cache is told by its head, never read whole: one larger than any text Node.js holds (sparse) is not a cache, not a file too large to read", async () => {
    await lint();
    writeFileSync(cacheFile(), "[not a cache]");
    truncateSync(cacheFile(), constants.MAX_STRING_LENGTH + 1024);
    const run = await lint();
    expect(run.messages).toEqual({ "data/bad.json": [expect.stringMatching(/^2 .*name/)], "data/good.json": [] });
    expect(run.stderr).toBe("oms-lint: the cache .oms-lint-cache is not a cache oms-lint wrote: ignored, every file is linted (it is left as it is: remove it, or give --cache-location another file)\n");
    expect(statSync(cacheFile()).size).toBe(constants.MAX_STRING_LENGTH + 1024);
    // Signed, and as large: too large for a cache, in a cache's words (no flag raises it; found by the audit of the CI surface).
    writeFileSync(cacheFile(), '{"format":"oms-lint-cache"');
    truncateSync(cacheFile(), constants.MAX_STRING_LENGTH + 1024);
    const signed = await lint();
    expect(signed.stderr).toMatch(/^oms-lint: the cache \.oms-lint-cache cannot be read \(the file is \d+ bytes, more than the \d+ bytes oms-lint reads: no cache is this large, so it is not read \(a cache is always held to this limit; --max-file-size and limits\.maxFileSize raise the payloads' alone\)\)/);
  });

  it("--cache-location names the file, or a folder to hold .oms-lint-cache; the cache is never linted as a payload", async () => {
    await lint("--cache-location", "data/cache.json");
    expect(existsSync(join(dir, "data/cache.json"))).toBe(true);
    const again = await lint("--cache-location", "data/cache.json");
    expect(Object.keys(again.messages)).toEqual(["data/bad.json", "data/good.json"]);
    mkdirSync(join(dir, "caches"));
    await lint("--cache-location", "caches");
    expect(existsSync(join(dir, "caches/.oms-lint-cache"))).toBe(true);
    await lint("--cache-location", "more/");
    expect(existsSync(join(dir, "more/.oms-lint-cache"))).toBe(true);
    expect(existsSync(cacheFile())).toBe(false);
  });

  it("a --cache-location that is the suppressions file, however spelt, is refused before either is read or written (exit 2, one line)", async () => {
    mkdirSync(join(dir, "real"));
    symlinkSync("real", join(dir, "linked"));
    writeFileSync(join(dir, "real/held.json"), `{ "data/bad.json": { "schema": { "count": 1 } } }\n`);
    symlinkSync("real/held.json", join(dir, "held-link.json"));
    const refusal = (location: string) => `oms-lint: --cache-location ${location} is the suppressions file: the cache would replace it (name another file)\n`;
    const heldRefusal = (folder: string, file: string) =>
      `oms-lint: --cache-location ${folder} holds the cache at ${file}, which is the suppressions file: the cache would replace it (name another file)\n`;
    const cases: [string[], string][] = [
      // The default suppressions file; neither there yet.
      [["--cache-location", "oms-lint-suppressions.json"], refusal("oms-lint-suppressions.json")],
      [["--cache-location", "neg.json", "--suppressions-location", "neg.json"], refusal("neg.json")],
      [["--cache-location", join(dir, "neg"), "--suppressions-location", "./neg"], refusal(join(dir, "neg"))],
      [["--cache-location", "linked/neg.json", "--suppressions-location", "real/neg.json"], refusal("linked/neg.json")],
      [["--cache-location", "held-link.json", "--suppressions-location", "real/held.json"], refusal("held-link.json")],
      // A folder holds .oms-lint-cache: refused when that is the suppressions file, which is the file, not the folder (audit).
      [["--cache-location", "real", "--suppressions-location", "real/.oms-lint-cache"], heldRefusal("real", "real/.oms-lint-cache")],
      [["--cache-location", ".", "--suppressions-location", ".oms-lint-cache"], heldRefusal(".", "./.oms-lint-cache")],
      [["--cache-location", "real/", "--suppressions-location", "real/.oms-lint-cache"], heldRefusal("real/", "real/.oms-lint-cache")],
    ];
    for (const [args, stderr] of cases) {
      const run = await runCli(["--cache", ...args, "data"], { cwd: dir });
      expect(run, args.join(" ")).toEqual({ code: 2, stdout: "", stderr });
    }
    expect(readFileSync(join(dir, "real/held.json"), "utf8")).toBe(`{ "data/bad.json": { "schema": { "count": 1 } } }\n`);
    expect(["neg", "neg.json", "oms-lint-suppressions.json", ".oms-lint-cache", "real/neg.json", "real/.oms-lint-cache"].filter((name) => existsSync(join(dir, name)))).toEqual([]);
    // Without --cache the location is not used, and nothing is refused (a record there, as a --suppressions-location that names no file is refused as ESLint refuses it).
    writeFileSync(join(dir, "neg.json"), "{}\n");
    const uncached = await runCli(["--cache-location", "neg.json", "--suppressions-location", "neg.json", "data"], { cwd: dir });
    expect(uncached.code).toBe(1);
  });

  it("a cache that cannot be written is a note, not the run's failure", async () => {
    writeFileSync(join(dir, "blocker"), "a file, not a folder");
    const run = await lint("--cache-location", "blocker/sub/cache");
    expect(run.code).toBe(1);
    expect(run.messages["data/good.json"]).toEqual([]);
    expect(run.stderr).toMatch(/^oms-lint: cannot write the cache blocker\/sub\/cache: .*\(ENOTDIR\)\n$/);
  });

  it("a cache that is a broken link is no cache yet (never written through); a link loop is a note; the run goes on uncached", async () => {
    symlinkSync("nowhere", join(dir, "broken-cache"));
    const broken = await lint("--cache-location", "broken-cache");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe("oms-lint: cannot write the cache broken-cache: it is a broken symbolic link (what it points to does not exist)\n");
    expect(broken.messages["data/good.json"]).toEqual([]);
    symlinkSync("loop-cache", join(dir, "loop-cache"));
    const loop = await lint("--cache-location", "loop-cache");
    expect(loop.code).toBe(1);
    expect(loop.messages["data/good.json"]).toEqual([]);
    expect(loop.stderr).toMatch(/^oms-lint: the cache loop-cache cannot be read \(.*ELOOP\)/);
  });

  it("a cache location outside the working folder is named as given (/dev/null, not ../../dev/null)", async () => {
    const run = await lint("--cache-location", "/dev/null");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^oms-lint: the cache \/dev\/null cannot be read \(it is not a regular file/);
  });

  it("a file that cannot be read gets no entry: the next run trusts the cache and reads the file again", async () => {
    symlinkSync(join(dir, "nowhere.json"), join(dir, "data/gone.json"));
    const first = await lint();
    expect(first.messages["data/gone.json"]).toEqual([expect.stringMatching(/^2 /)]);
    expect(Object.keys(readCache().files).sort()).toEqual([join(dir, "data/bad.json"), join(dir, "data/good.json")]);
    plant();
    writeFileSync(join(dir, "nowhere.json"), `{"name": "gift", "value": ""}`);
    const second = await lint();
    expect(second.stderr).toBe("");
    expect(second.messages["data/good.json"]).toEqual(["2 PLANTED in the cache"]);
    expect(second.messages["data/gone.json"]).toEqual([expect.stringMatching(/^2 .*value/)]);
  });

  it("without --cache nothing is read or written", async () => {
    const run = await runCli(["-f", "json", "data"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(existsSync(cacheFile())).toBe(false);
  });
});

describe("the rules' fingerprint", () => {
  it("changes when a rule's visitor changes, not only its check or its metadata (every built-in payload rule visits)", () => {
    const rule = builtInRules.find((r) => r.meta.id === "tax-rate-cap")!;
    expect(rule.visit).toBeDefined();
    const edited = { ...rule, visit: { ...rule.visit, end: () => undefined } } as typeof rule;
    const before = JSON.stringify(rulesFingerprint([rule]));
    expect(JSON.stringify(rulesFingerprint([edited]))).not.toBe(before);
    expect(JSON.stringify(rulesFingerprint([{ ...rule }]))).toBe(before);
  });
});
