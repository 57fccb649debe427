import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/main.js";
import { scratch } from "../hostile/support.js";
import { runCli } from "../support/cli.js";

/**
 * oms-lint's own files (the suppressions file, the cache, the report) are looked at when a run
 * starts and written when it ends: what another program (another run, an editor, git) put
 * there meanwhile is not ours to replace.
 */
const folder = scratch("own-files");
afterAll(() => folder.remove());
let cases = 0;
const caseDir = () => folder.path(`case-${++cases}`);

const example = readFileSync(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)), "utf8");
/** One error (an undocumented locale), which --suppress-all records. */
const failing = example.replace(`"locale": "en-US"`, `"locale": "en-AU"`);

/** Runs the CLI in process on `--stdin`; `meanwhile` runs while the run reads its input, after it has read its own files. */
async function runWhile(args: readonly string[], cwd: string, meanwhile: () => void): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    cwd,
    env: { NO_COLOR: "1" },
    stdoutIsTTY: false,
    readStdin: async () => {
      meanwhile();
      return Buffer.from(failing, "utf8");
    },
    writeStdout: (text) => void (stdout += text),
    writeStderr: (text) => void (stderr += text),
  };
  return { code: await run(args, io), stdout, stderr };
}

/**
 * Runs the CLI in process on files; `meanwhile` runs when the report's first text is written,
 * after the run has read its own files (the suppressions file) and before it writes them.
 */
async function runWhileReporting(args: readonly string[], cwd: string, meanwhile: () => void): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  let reported = false;
  const io: CliIo = {
    cwd,
    env: { NO_COLOR: "1" },
    stdoutIsTTY: false,
    readStdin: async () => Buffer.alloc(0),
    writeStdout: (text) => {
      if (!reported) meanwhile();
      reported = true;
      stdout += text;
    },
    writeStderr: (text) => void (stderr += text),
  };
  return { code: await run(args, io), stdout, stderr };
}

describe("the suppressions file, changed during the run", () => {
  const edited = `${JSON.stringify({ "other.json": { "tax-rate-cap": { count: 2 } } }, null, 2)}\n`;

  it("an edit saved meanwhile is kept, and the run says the record was not written (exit 2)", async () => {
    const dir = caseDir();
    const file = `${dir}/oms-lint-suppressions.json`;
    folder.write(`case-${cases}/oms-lint-suppressions.json`, "{}\n");
    folder.write(`case-${cases}/order.json`, failing);
    const result = await runWhileReporting(["--suppress-all", "-f", "json", "order.json"], dir, () => writeFileSync(file, edited));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write the suppressions file oms-lint-suppressions\.json: it was changed during this run \(by another run or an editor\?\); it is kept as it is/);
    expect(readFileSync(file, "utf8")).toBe(edited);
  });

  it("one made meanwhile where there was none is kept too", async () => {
    const dir = caseDir();
    folder.write(`case-${cases}/order.json`, failing);
    const file = `${dir}/oms-lint-suppressions.json`;
    const result = await runWhileReporting(["--suppress-all", "-f", "json", "order.json"], dir, () => writeFileSync(file, edited));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write the suppressions file oms-lint-suppressions\.json: one was made there during this run/);
    expect(readFileSync(file, "utf8")).toBe(edited);
  });
});

describe("the cache and the suppressions file named alike", () => {
  // The pair is refused before the run (the audit of issue 18's deliverables: without --suppress-all the cache was written
  // over the suppressions file, and every later run exited 2 on it), so neither the records nor a cache are written.
  it("the cache is never written over the suppressions file: the pair is refused up front, nothing written (exit 2)", async () => {
    const dir = caseDir();
    folder.write(`case-${cases}/order.json`, failing);
    const args = ["--cache", "--cache-location", "records.json", "--suppressions-location", "records.json"];
    for (const more of [["--suppress-all"], []]) {
      const run = await runCli([...args, ...more, "order.json"], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^oms-lint: --cache-location records\.json is the suppressions file: the cache would replace it/);
      expect(existsSync(`${dir}/records.json`)).toBe(false);
    }
  });
});

describe("the suppressions record never replaces a file the run lints", () => {
  // Found by the CLI review: `--suppress-all order.json search.json --suppressions-location search.json`
  // exited 0 and wrote the record over search.json, which -o refuses ("is one of the files this run reads").
  // (--stdin takes none of these flags, and an --existing record is no suppressions record: both exit 2 already.)
  const empty = "{}\n";
  /** A count prune lowers: order.json has one schema error. */
  const pruned = `${JSON.stringify({ "order.json": { schema: { count: 9 } } })}\n`;
  /**
   * A payload at the location, and one nested past the record's 3 levels: the record was read
   * before the check, so the run failed on it as a malformed record ("must hold { … }", "passes
   * a limit") instead of saying it is a file the run lints (CLI review).
   */
  const payload = readFileSync(fileURLToPath(new URL("../../examples/orderItemSearch.json", import.meta.url)), "utf8");
  const nested = `${JSON.stringify({ order: { items: [{ data: { note: "x" } }] } })}\n`;
  const table: { name: string; args: string[]; record: string; link?: true }[] = [
    { name: "a file linted, named outright", args: ["--suppress-all", "order.json", "search.json"], record: empty },
    { name: "a file linted through a link to it", args: ["--suppress-all", "order.json", "link.json"], record: empty, link: true },
    { name: "a file linted, with --suppress-rule", args: ["--suppress-rule", "schema", "order.json", "search.json"], record: empty },
    { name: "a file linted, with --prune-suppressions", args: ["--prune-suppressions", "order.json", "search.json"], record: pruned },
    { name: "a payload linted, named outright", args: ["--suppress-all", "order.json", "search.json"], record: payload },
    { name: "a payload nested past the record's depth, named outright", args: ["--suppress-all", "order.json", "search.json"], record: nested },
    // A glob of the command line that matches a payload there (CLI review: '*.json' failed on it as a malformed record).
    { name: "a payload a command-line glob matches", args: ["--suppress-all", "*.json"], record: payload },
    { name: "a nested payload a command-line glob matches", args: ["--suppress-all", "*.json"], record: nested },
    { name: "a payload that a command-line glob matches through a link", args: ["--suppress-all", "order.json", "l*.json"], record: payload, link: true },
  ];
  it.each(table)("$name: refused (exit 2), nothing written", async ({ args, record, link }) => {
    const dir = caseDir();
    folder.write(`case-${cases}/order.json`, failing);
    folder.write(`case-${cases}/search.json`, record);
    if (link) symlinkSync("search.json", `${dir}/link.json`);
    const before = readdirSync(dir).sort();
    const run = await runCli([...args, "--suppressions-location", "search.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oms-lint: --suppressions-location search\.json is one of the files this run reads: the suppressions record would replace it \(name another file\)\n$/);
    expect(readFileSync(`${dir}/search.json`, "utf8")).toBe(record);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it("a walk that finds a link to the record leaves it out as the record, and records as before (exit 0)", async () => {
    const dir = caseDir();
    folder.write(`case-${cases}/order.json`, failing);
    folder.write(`case-${cases}/search.json`, pruned);
    symlinkSync("search.json", `${dir}/link.json`);
    const run = await runCli(["--suppress-all", ".", "--suppressions-location", "search.json"], { cwd: dir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(readFileSync(`${dir}/search.json`, "utf8"))).toEqual({ "order.json": { schema: { count: 1 } } });
  });

  it("a glob that leaves the record out records as before (exit 0)", async () => {
    const dir = caseDir();
    folder.write(`case-${cases}/order.json`, failing);
    folder.write(`case-${cases}/search.json`, empty);
    const run = await runCli(["--suppress-all", "o*.json", "--suppressions-location", "search.json"], { cwd: dir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(readFileSync(`${dir}/search.json`, "utf8"))).toEqual({ "order.json": { schema: { count: 1 } } });
  });

  // The record a glob matches is the record, as a walk's find is: refused as "one of the files
  // this run reads", `'fx/**/*.json' --suppressions-location fx/s.json` recorded once and then
  // failed every later run (audit of 986fad5c).
  it.each([
    { name: "an empty record ({}, as a prune that empties it leaves it), of no kind given", record: empty, link: false },
    // The run never lints the file at the location: an empty {} there is its record whatever the kind (audit of 722e6a40,
    // which refused it when --kind or a files entry gave the glob's files a kind, after a prune left it).
    { name: "an empty record ({}), with --kind given", record: empty, link: false, kind: true },
    { name: "a record holding counts", record: pruned, link: false },
    { name: "a record holding counts, through a link the glob matches", record: pruned, link: true },
  ])("a glob that matches the record itself records again (exit 0): $name", async ({ record, link, kind }: { record: string; link: boolean; kind?: boolean }) => {
    const dir = caseDir();
    folder.write(`case-${cases}/order.json`, failing);
    folder.write(`case-${cases}/search.json`, record);
    if (link) symlinkSync("search.json", `${dir}/link.json`);
    for (const round of [1, 2]) {
      const run = await runCli([...(kind ? ["--kind", "createOrder"] : []), "--suppress-all", "*.json", "--suppressions-location", "search.json"], { cwd: dir });
      expect({ round, code: run.code, stderr: run.stderr }).toEqual({ round, code: 0, stderr: "" });
      expect(JSON.parse(readFileSync(`${dir}/search.json`, "utf8"))).toEqual({ "order.json": { schema: { count: 1 } } });
    }
  });

  it("a broken record a glob matches keeps its own message, not the refusal", async () => {
    // A record that conflicted in a merge is not JSON: "name another file" would send the user the wrong way (audit of 723dd36c).
    const dir = caseDir();
    folder.write(`case-${cases}/order.json`, failing);
    folder.write(`case-${cases}/search.json`, `<<<<<<< ours\n${pruned}=======\n{}\n>>>>>>> theirs\n`);
    const run = await runCli(["--suppress-all", "*.json", "--suppressions-location", "search.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oms-lint: the suppressions file search\.json is not JSON \(1:1: /);
  });

  it("a plain run, which writes no record, reads it and lints it as before", async () => {
    const dir = caseDir();
    folder.write(`case-${cases}/order.json`, failing);
    folder.write(`case-${cases}/search.json`, empty);
    const run = await runCli(["-f", "json", "order.json", "search.json", "--suppressions-location", "search.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(2);
    expect(readFileSync(`${dir}/search.json`, "utf8")).toBe(empty);
  });
});

describe("no file oms-lint writes replaces the config, or takes its name", () => {
  // Found by the audit of the CI surfaces: --suppressions-location naming the config replaced it with the
  // record of --suppress-all, and every later run exited 2 on it ("the config knows rules, settings, …").
  const config = '{ "rules": { "currency-locale": "error" } }\n';
  const table: { name: string; args: string[]; configAs?: string; says: RegExp }[] = [
    { name: "the suppressions file at the config", args: ["--suppress-all", "--suppressions-location", "oms-lint.config.json"], configAs: "oms-lint.config.json", says: /^oms-lint: --suppressions-location oms-lint\.config\.json is the config this run reads: the suppressions record would replace it/ },
    { name: "the suppressions file at a config given by -c", args: ["-c", "my.json", "--suppress-all", "--suppressions-location", "./my.json"], configAs: "my.json", says: /^oms-lint: --suppressions-location \.\/my\.json is the config this run reads/ },
    { name: "the cache at the config", args: ["--cache", "--cache-location", "oms-lint.config.json"], configAs: "oms-lint.config.json", says: /^oms-lint: --cache-location oms-lint\.config\.json is the config this run reads: the cache would replace it/ },
    { name: "the suppressions file under the config's name, no config there", args: ["--suppress-all", "--suppressions-location", "sub/oms-lint.config.json"], says: /^oms-lint: --suppressions-location sub\/oms-lint\.config\.json is named as oms-lint's config \(oms-lint\.config\.json\), which every later run there would read as its config/ },
    { name: "the cache under the config's name, no config there", args: ["--cache", "--cache-location", "oms-lint.config.json"], says: /^oms-lint: --cache-location oms-lint\.config\.json is named as oms-lint's config/ },
    { name: "a report under the config's name, no config there", args: ["-f", "json", "-o", "oms-lint.config.json"], says: /^oms-lint: --output-file oms-lint\.config\.json is named as oms-lint's config .*: name the report otherwise/ },
    { name: "a -f format:file report under the config's name", args: ["-f", "sarif:reports/oms-lint.config.json"], says: /^oms-lint: the sarif report reports\/oms-lint\.config\.json is named as oms-lint's config/ },
  ];
  it.each(table)("$name: refused before anything is read (exit 2), the config as it was, no file made", async ({ args, configAs, says }) => {
    const dir = caseDir();
    folder.write(`case-${cases}/order.json`, failing);
    if (configAs !== undefined) folder.write(`case-${cases}/${configAs}`, config);
    const before = readdirSync(dir).sort();
    const run = await runCli([...args, "order.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(says);
    expect(readdirSync(dir).sort()).toEqual(before);
    if (configAs !== undefined) expect(readFileSync(`${dir}/${configAs}`, "utf8")).toBe(config);
  });
});

describe("one of several reports refused at the end of the run", () => {
  // Found by the CI audit: the SARIF report (its rule descriptions are over one block, so staged
  // from the start) was left as .report.sarif.<pid>.<random>.tmp when the JSON report before it was refused.
  it("leaves no temporary file, writes the others, and names the refused one by its flag (exit 2)", async () => {
    const dir = caseDir();
    folder.write(`case-${cases}/.keep`, "");
    const file = `${dir}/report.json`;
    const result = await runWhile(["-f", "json", "-f", "sarif:report.sarif", "-f", "junit:report.xml", "-o", "report.json", "--stdin", "--stdin-filename", "order.json"], dir, () => writeFileSync(file, example));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^oms-lint: cannot write --output-file report\.json: a file was made there during this run/);
    expect(readFileSync(file, "utf8")).toBe(example);
    expect(readdirSync(dir).sort()).toEqual([".keep", "report.json", "report.sarif", "report.xml"]);
    expect(JSON.parse(readFileSync(`${dir}/report.sarif`, "utf8")).runs[0].results.length).toBeGreaterThan(0);
  });

  it("a -f format:file report made meanwhile is named as that report, not as --output-file", async () => {
    const dir = caseDir();
    folder.write(`case-${cases}/.keep`, "");
    const result = await runWhile(["-f", "sarif:report.sarif", "--stdin", "--stdin-filename", "order.json"], dir, () => writeFileSync(`${dir}/report.sarif`, example));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^oms-lint: cannot write the sarif report report\.sarif: a file was made there during this run/);
    expect(readdirSync(dir).sort()).toEqual([".keep", "report.sarif"]);
  });
});

describe("the --output-file, made by another program during the run", () => {
  it("is kept, and the run says the report was not written (exit 2)", async () => {
    const dir = caseDir();
    folder.write(`case-${cases}/.keep`, "");
    const file = `${dir}/report.json`;
    const result = await runWhile(["-f", "json", "-o", "report.json", "--stdin", "--stdin-filename", "order.json"], dir, () => writeFileSync(file, example));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^oms-lint: cannot write --output-file report\.json: a file was made there during this run \(another run's report\?\); it is kept as it is\n$/);
    expect(readFileSync(file, "utf8")).toBe(example);
  });
});

/**
 * An earlier report at the -o name, found when the run began: the report replaces that file
 * alone, as it was. It followed a link put at the name during the run and replaced the file it
 * pointed to, and an editor's save there was lost without a word (audit of the files written).
 */
describe("the --output-file, an earlier report when the run began, changed during the run", () => {
  /** A folder with an earlier report at report.txt (a clean stylish run's: empty) and a file the link will point to. */
  const withEarlierReport = () => {
    const dir = caseDir();
    folder.write(`case-${cases}/report.txt`, "");
    folder.write(`case-${cases}/victim.json`, '{"precious": true}\n');
    return dir;
  };
  const args = ["-o", "report.txt", "--stdin", "--stdin-filename", "order.json"];

  it("replaced by a symbolic link: the file it points to is untouched, the link kept, exit 2", async () => {
    const dir = withEarlierReport();
    const result = await runWhile(args, dir, () => {
      rmSync(`${dir}/report.txt`);
      symlinkSync("victim.json", `${dir}/report.txt`);
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^oms-lint: cannot write --output-file report\.txt: it was replaced by a symbolic link during this run, after it was found to be an earlier report; the link is kept as it is, and nothing is written through it\n$/);
    expect(readFileSync(`${dir}/victim.json`, "utf8")).toBe('{"precious": true}\n');
    expect(lstatSync(`${dir}/report.txt`).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["report.txt", "victim.json"]);
  });

  /** A folder whose report.txt is the stylish report an earlier run wrote there (of the payload's one error). */
  const withWrittenReport = async () => {
    const dir = caseDir();
    folder.write(`case-${cases}/.keep`, "");
    expect((await runCli(args, { cwd: dir, input: failing })).code).toBe(1);
    return { dir, path: `${dir}/report.txt`, earlier: readFileSync(`${dir}/report.txt`, "utf8") };
  };
  const keptWords = /^oms-lint: cannot write --output-file report\.txt: it changed during this run, after it was found to be an earlier report \(saved by an editor, replaced by another run or by a symbolic link\?\); it is kept as it is\n$/;

  it("an editor's save in place, of the same size (within the clock's tick its size and time alone would not tell it): kept, exit 2", async () => {
    const { dir, path, earlier } = await withWrittenReport();
    const saved = earlier.replace("error", "ERROR");
    expect(saved.length).toBe(earlier.length);
    const result = await runWhile(args, dir, () => writeFileSync(path, saved));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(keptWords);
    expect(readFileSync(path, "utf8")).toBe(saved);
    expect(readdirSync(dir).sort()).toEqual([".keep", "report.txt"]);
  });

  it("another file renamed over it, holding the very same bytes: another file all the same, kept, exit 2", async () => {
    const { dir, path, earlier } = await withWrittenReport();
    const result = await runWhile(args, dir, () => {
      writeFileSync(`${path}.new`, earlier);
      renameSync(`${path}.new`, path);
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(keptWords);
    expect(readdirSync(dir).sort()).toEqual([".keep", "report.txt"]);
  });

  it("unchanged: replaced by this run's report (exit 1 on the payload's error)", async () => {
    const dir = withEarlierReport();
    const result = await runWhile(args, dir, () => undefined);
    expect(result.code).toBe(1);
    expect(readFileSync(`${dir}/report.txt`, "utf8")).toMatch(/order\.json\n\s+\d+:\d+\s+error/);
  });

  it("a link at the name when the run began is written through as it stood then; the file it led to, edited meanwhile, is kept", async () => {
    const dir = caseDir();
    folder.write(`case-${cases}/reports/r.txt`, "");
    symlinkSync("reports/r.txt", `${dir}/report.txt`);
    expect((await runWhile(args, dir, () => undefined)).code).toBe(1);
    expect(readFileSync(`${dir}/reports/r.txt`, "utf8")).toMatch(/order\.json\n/);
    expect(lstatSync(`${dir}/report.txt`).isSymbolicLink()).toBe(true);
    const result = await runWhile(args, dir, () => writeFileSync(`${dir}/reports/r.txt`, "edited\n"));
    expect(result.code).toBe(2);
    expect(readFileSync(`${dir}/reports/r.txt`, "utf8")).toBe("edited\n");
  });
});
