import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

const work = mkdtempSync(join(tmpdir(), "oms-lint-writes-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;
function folder(files: Record<string, string>): string {
  const dir = join(work, `case-${++folders}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}
const read = (path: string) => readFileSync(path, "utf8");

const example = read(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)));
/** The documents' example with one fixable mistake (a -1 maxAmount, which --fix removes). */
const fixable = example.replace(`"maxAmount": null`, `"maxAmount": -1`);

describe("--fix and symbolic links", () => {
  it("does not write through a link that leaves the folder named on the command line, and says so", async () => {
    const dir = folder({ "outside/order.json": fixable, "repo/own.json": fixable });
    symlinkSync("../outside/order.json", join(dir, "repo/link.json"));
    const run = await runCli(["--fix", "--kind", "createOrder", "--format", "compact", "repo"], { cwd: dir });
    expect(read(join(dir, "outside/order.json"))).toBe(fixable);
    expect(read(join(dir, "repo/own.json"))).not.toBe(fixable);
    expect(run.stdout).toMatch(/repo\/link\.json:1:1: error not fixed: it is a symbolic link to .*outside\/order\.json, outside the files and folders named on the command line/);
    expect(run.code).toBe(1);
  });

  it("writes through a link named outright (the file it points to changes, the link stays)", async () => {
    const dir = folder({ "outside/order.json": fixable, "repo/.keep": "" });
    symlinkSync("../outside/order.json", join(dir, "repo/link.json"));
    const run = await runCli(["--fix", "--kind", "createOrder", "repo/link.json"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(read(join(dir, "outside/order.json"))).not.toContain(`"maxAmount": -1`);
    expect(readdirSync(join(dir, "repo")).sort()).toEqual([".keep", "link.json"]);
  });
});

describe("-o never replaces what the run reads", () => {
  it("naming a linted file, the config or --existing is a usage error, and the file is untouched", async () => {
    const dir = folder({ "order.json": fixable, "oms-lint.config.json": "{}", "record.json": JSON.stringify({ name: "a", value: "b" }) });
    const reads = /^oms-lint: --output-file \S+ is one of the files this run reads: the report would replace it \(name another file\)\n$/;
    for (const [args, said] of [
      [["--fix", "-o", "order.json", "order.json"], reads],
      // In a folder walk the report's own path is never linted; a payload there is still refused.
      [["-o", "order.json", "."], /^oms-lint: --output-file order\.json holds a createOrder payload, not a report/],
      [["-o", "oms-lint.config.json", "order.json"], reads],
      [["--existing", "record.json", "-o", "record.json", "order.json"], reads],
    ] as const) {
      const run = await runCli([...args], { cwd: dir });
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(said);
    }
    expect(read(join(dir, "order.json"))).toBe(fixable);
    expect(read(join(dir, "oms-lint.config.json"))).toBe("{}");
  });

  it("`oms-lint -o *.json` (the shell hands the first payload to -o) refuses to replace it", async () => {
    const dir = folder({ "a.json": example, "b.json": example });
    const run = await runCli(["-o", "a.json", "b.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("oms-lint: --output-file a.json holds a createOrder payload, not a report (did the shell expand `-o *.json`?): the report would replace it (name another file)\n");
    expect(read(join(dir, "a.json"))).toBe(example);
    // Named by -f format:file, the refusal names that report, not a flag the user did not give.
    const byFormat = await runCli(["-f", "sarif:a.json", "b.json"], { cwd: dir });
    expect(byFormat.stderr).toBe("oms-lint: the sarif report a.json holds a createOrder payload, not a report: the report would replace it (name another file)\n");
    expect(read(join(dir, "a.json"))).toBe(example);
  });

  it("-o naming a payload whose kind starts with a vowel: \"holds an orderItemSearch payload\" (found by the CLI audit: \"a orderItemSearch\")", async () => {
    const search = read(fileURLToPath(new URL("../../examples/orderItemSearch.json", import.meta.url)));
    const dir = folder({ "search.json": search, "b.json": example });
    const run = await runCli(["-o", "search.json", "b.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oms-lint: --output-file search\.json holds an orderItemSearch payload, not a report/);
    expect(read(join(dir, "search.json"))).toBe(search);
  });

  // Found by the audit of the CLI surfaces: `-o .oms-lint-cache` was asked whether it was a payload, and told to remove it first.
  it.each([
    ["the cache of an earlier --cache run", [".oms-lint-cache", "--cache"], "is oms-lint's cache file (of --cache)"],
    ["a suppressions file at a location of its own", ["mine-suppressions.json", "--suppress-all", "--suppressions-location", "mine-suppressions.json"], "is an oms-lint suppressions file (of --suppress-all)"],
  ] as const)("-o naming %s, which this run does not use: refused as what it is, never to be removed", async (_, [name, ...recording], what) => {
    const broken = example.replace('"catalogID": 0', '"catalogID": "x"');
    const dir = folder({ "c.json": broken });
    await runCli([...recording, "c.json"], { cwd: dir });
    const before = read(join(dir, name));
    for (const argv of [["-o", name], ["-f", `json:${name}`]]) {
      const run = await runCli([...argv, "c.json"], { cwd: dir });
      const flag = argv[0] === "-o" ? "--output-file" : "the json report";
      expect(run).toEqual({ code: 2, stdout: "", stderr: `oms-lint: ${flag} ${name} ${what}: name another output file\n` });
    }
    expect(read(join(dir, name))).toBe(before);
  });

  it("`oms-lint -o *.json` refuses a first file that is a payload it cannot read (it does not parse), and any file that is not an earlier report", async () => {
    const broken = example.replace('"catalogID": 0', '"catalogID": 01010');
    const commented = `/* WIP: customer 4411 */\n${example}`;
    const eslintConfig = '{ "root": true, "rules": {} }\n';
    const junitOfAnotherTool = '<?xml version="1.0"?>\n<testsuites name="jest"></testsuites>\n';
    const notes = "# release notes\n\n- fixed the tax\n";
    for (const [name, text] of [["a.json", broken], ["b.json", commented], ["eslintrc.json", eslintConfig], ["junit.xml", junitOfAnotherTool], ["NOTES.md", notes]] as const) {
      const dir = folder({ [name]: text, "c.json": example });
      const run = await runCli(["-o", name, "c.json"], { cwd: dir });
      expect(run, name).toEqual({
        code: 2,
        stdout: "",
        stderr: `oms-lint: --output-file ${name} is not an earlier oms-lint report (a payload? did the shell expand \`-o *.json\`?): the report would replace it (remove it first, or name another file)\n`,
      });
      expect(read(join(dir, name))).toBe(text);
    }
  });

  it("each format's report of an earlier run is replaced by the next, and a report inside the folder linted is not linted", async () => {
    const dir = folder({ "in/order.json": example, "in/broken.json": "{" });
    for (const format of ["json", "sarif", "gitlab", "rdjson", "junit", "stylish", "compact", "github"]) {
      const file = `report.${format}`;
      // A clean report, then one with findings, then a clean one over it.
      for (const [payload, code] of [["in/order.json", 0], ["in", 1], ["in/order.json", 0]] as const) {
        const run = await runCli(["-f", `${format}:${file}`, payload], { cwd: dir });
        expect(run.code, `${format} ${payload}: ${run.stderr}`).toBe(code);
      }
    }
    // Written into the folder it lints: the next run lints the two payloads, not its own report.
    for (let round = 0; round < 2; round++) {
      const run = await runCli(["-f", "json", "-o", "in/report.json", "in"], { cwd: dir });
      expect(run.code, run.stderr).toBe(1);
      expect((JSON.parse(read(join(dir, "in/report.json"))) as unknown[]).length).toBe(2);
    }
  });

  it("never names a stream, oms-lint's own files or a request file behind a link, nor one file twice", async () => {
    const dir = folder({ "order.json": example, "oms-lint-suppressions.json": "{}\n", "req.http": "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=1\n", "real/.keep": "" });
    symlinkSync("req.http", join(dir, "out.txt"));
    symlinkSync("real", join(dir, "linked"));
    const cases: [string[], string][] = [
      [["-o", "/dev/stdout"], "--output-file /dev/stdout names a device or a process's stream, not a file: leave -o out to write the report to standard output (or redirect it: > report)"],
      [["-o", "oms-lint-suppressions.json"], "--output-file oms-lint-suppressions.json is the suppressions file: the report would replace it (name another file)"],
      [["--cache", "-o", ".oms-lint-cache"], "--output-file .oms-lint-cache is the cache file (--cache-location): the report would replace it (name another file)"],
      [["-o", "out.txt"], "--output-file out.txt names a request file (.http or .rest): the report would replace it (name another file)"],
      // Not there yet: written once, the next run would lint the report as a request, and refuse it as -o.
      [["-o", "new.http"], "--output-file new.http names a request file (.http or .rest): the report would replace it (name another file)"],
      [["-f", "json:r.json", "-f", "sarif:./r.json"], "two reports would be written to one file (r.json and ./r.json): give each its own file"],
      // A line break in a name stays inside the one line.
      [["-f", "json:q\nr.txt", "-f", "sarif:./q\nr.txt"], "two reports would be written to one file (q\\nr.txt and ./q\\nr.txt): give each its own file"],
      [["-o", "new-folder/"], "--output-file new-folder/ names a folder (it ends with a slash): name a file for the report"],
      // Neither file there yet: the folder link is followed all the same.
      [["-f", "json:linked/x.out", "-f", "sarif:real/x.out"], "two reports would be written to one file (linked/x.out and real/x.out): give each its own file"],
    ];
    for (const [args, message] of cases) {
      const run = await runCli([...args, "order.json"], { cwd: dir });
      expect(run, args.join(" ")).toEqual({ code: 2, stdout: "", stderr: `oms-lint: ${message}\n` });
    }
    expect(read(join(dir, "oms-lint-suppressions.json"))).toBe("{}\n");
    expect(read(join(dir, "req.http"))).toContain("GET ");
    expect(readdirSync(dir).sort()).toEqual(["linked", "oms-lint-suppressions.json", "order.json", "out.txt", "real", "req.http"]);
    expect(readdirSync(join(dir, "real"))).toEqual([".keep"]);
  });

  it("replaces an earlier report whole, keeping nothing of it", async () => {
    // An earlier report of 200 files (a long one), then a report of one file over it.
    const many = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`many/order-${i}.json`, example]));
    const dir = folder({ "order.json": example, ...many });
    expect((await runCli(["-f", "json", "-o", "report.json", "many"], { cwd: dir })).code).toBe(0);
    expect(read(join(dir, "report.json")).length).toBeGreaterThan(10_000);
    const run = await runCli(["-f", "json", "-o", "report.json", "order.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(read(join(dir, "report.json")))).toMatchObject([{ errorCount: 0 }]);
    expect(readdirSync(dir).sort()).toEqual(["many", "order.json", "report.json"]);
  });

  it("a FIFO as -o is refused at once (it would wait for a reader for ever)", async () => {
    const dir = folder({ "order.json": example });
    execFileSync("mkfifo", [join(dir, "pipe")]);
    const run = await runCli(["-o", "pipe", "order.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: "oms-lint: --output-file pipe is not a regular file (a device, pipe or socket): name a file for the report (a pipe would wait for a reader)\n" });
  });
});

const mixed = JSON.stringify(orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" }), orderItem({ availability: "D" })]), null, 2);
const twoClasses = JSON.stringify(orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" })]), null, 2);

describe("split writes all children or none, and never over what is there", () => {
  it("refuses to overwrite an existing child without --force (exit 2, nothing written), and with it overwrites only an earlier split's child", async () => {
    const dir = folder({ "order.json": mixed, "order-2.json": "mine" });
    const refused = await runCli(["split", "order.json"], { cwd: dir });
    expect(refused).toEqual({ code: 2, stdout: "", stderr: "oms-lint: split: order-2.json exists already: nothing written (--force replaces this order's children from an earlier split)\n" });
    expect(readdirSync(dir).sort()).toEqual(["order-2.json", "order.json"]);
    expect(read(join(dir, "order-2.json"))).toBe("mine");
    // "mine" is no child of this order: --force keeps it too (test/split/forcedChildren.test.ts).
    expect((await runCli(["split", "--force", "order.json"], { cwd: dir })).code).toBe(2);
    expect(read(join(dir, "order-2.json"))).toBe("mine");
    writeFileSync(join(dir, "order-2.json"), JSON.stringify({ externalOrderID: "8885456-98658-12215-2" }));
    const forced = await runCli(["split", "--force", "order.json"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["order-1.json", "order-2.json", "order-3.json", "order.json"]);
    expect(JSON.parse(read(join(dir, "order-2.json"))).orderItems).toHaveLength(1);
  });

  it("a folder in a child's place: --force names that child (found by the CLI audit: \"cannot write the children in od\")", async () => {
    const dir = folder({ "order.json": mixed });
    mkdirSync(join(dir, "od/order-2.json"), { recursive: true });
    const run = await runCli(["split", "--force", "--out-dir", "od", "order.json"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: "oms-lint: split: cannot write the child od/order-2.json: it is a folder; no child was written\n" });
    expect(readdirSync(join(dir, "od"))).toEqual(["order-2.json"]);
  });

  it("a child that exists already is named in one line, a line break in its name escaped", async () => {
    const dir = folder({ "a\nb.json": mixed, "a\nb-2.json": "mine" });
    const refused = await runCli(["split", "a\nb.json"], { cwd: dir });
    expect(refused).toEqual({ code: 2, stdout: "", stderr: "oms-lint: split: a\\nb-2.json exists already: nothing written (--force replaces this order's children from an earlier split)\n" });
    expect(read(join(dir, "a\nb-2.json"))).toBe("mine");
  });

  it("reports a stale child of an earlier split (exit 1), and removes it with --force", async () => {
    const dir = folder({ "order.json": mixed });
    expect((await runCli(["split", "order.json"], { cwd: dir })).code).toBe(0);
    const child3 = read(join(dir, "order-3.json"));
    writeFileSync(join(dir, "order.json"), twoClasses);
    const again = await runCli(["split", "--force", "--format", "json", "order.json"], { cwd: dir });
    expect(JSON.parse(again.stdout)).toMatchObject({ staleRemoved: ["order-3.json"], staleLeft: [] });
    expect(readdirSync(dir).sort()).toEqual(["order-1.json", "order-2.json", "order.json"]);
    writeFileSync(join(dir, "order-3.json"), child3);
    rmSync(join(dir, "order-1.json"));
    rmSync(join(dir, "order-2.json"));
    const left = await runCli(["split", "order.json"], { cwd: dir });
    expect(left.code).toBe(1);
    expect(left.stdout).toContain("  stale: order-3.json is a child of an earlier split, beyond the new count: remove it (or run with --force)\n");
    expect(read(join(dir, "order-3.json"))).toBe(child3);
  });

  it("a file named like a child that is another order (its externalOrderID is not this order's N-th) is never called stale, nor removed by --force", async () => {
    const other = JSON.stringify({ ...JSON.parse(mixed), externalOrderID: "WEB-1007" }, null, 2);
    const dir = folder({ "order.json": twoClasses, "order-7.json": other, "order-3.json": mixed });
    const run = await runCli(["split", "--force", "order.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/stale|removed/);
    expect(read(join(dir, "order-7.json"))).toBe(other);
    expect(read(join(dir, "order-3.json"))).toBe(mixed);
  });

  it("refuses a number the children would not hold as written (1e999, 1.0000000000000000001, -0), naming where it is", async () => {
    const cases: [string, string][] = [
      ["1e999", "null"],
      ["1.0000000000000000001", "1"],
      ["-0", "0"],
    ];
    for (const [written, becomes] of cases) {
      const dir = folder({ "order.json": mixed.replace(/"shippingTax": [^,\n]+/, `"shippingTax": ${written}`) });
      const run = await runCli(["split", "order.json"], { cwd: dir });
      expect(run.code, written).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^oms-lint split: order\\.json: \\d+:\\d+: the number ${written.replace(/\./g, "\\.")} would be written ${becomes} in the children`));
      expect(readdirSync(dir)).toEqual(["order.json"]);
    }
  });

  it("reads its input as payloads are read: a FIFO is refused, --max-file-size honoured", async () => {
    const dir = folder({ "order.json": mixed });
    execFileSync("mkfifo", [join(dir, "pipe.json")]);
    const fifo = await runCli(["split", "pipe.json"], { cwd: dir });
    expect(fifo).toEqual({ code: 1, stdout: "", stderr: "oms-lint split: pipe.json: cannot read the file: it is not a regular file (a device, pipe or socket)\n" });
    const large = await runCli(["split", "--max-file-size", "100", "order.json"], { cwd: dir });
    expect(large.code).toBe(1);
    expect(large.stderr).toMatch(/^oms-lint split: order\.json: the file is \d+ bytes, more than the 100 bytes oms-lint reads/);
    expect(readdirSync(dir).sort()).toEqual(["order.json", "pipe.json"]);
  });

  it("a too-long --id-template is a usage error, not an internal error", async () => {
    const dir = folder({ "order.json": mixed });
    const run = await runCli(["split", "--id-template", `${"x".repeat(120)}{n}`, "order.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oms-lint: split: --id-template: the ID template "x+\{n\}" makes IDs longer than 100 characters\n$/);
  });

  it("split -f json writes C1 controls, bidi overrides and line separators as \\u escapes", async () => {
    const hostile = mixed.replace(/"externalOrderID": "[^"]*"/, `"externalOrderID": "A\u009b31m\u202eB\u2028C"`);
    const dir = folder({ "order.json": hostile });
    const run = await runCli(["split", "-f", "json", "order.json"], { cwd: dir });
    expect(run.stdout).not.toMatch(/[\u009b\u202e\u2028]/);
    expect(run.stdout).toContain("A\\u009b31m\\u202eB\\u2028C-1");
    expect(JSON.parse(run.stdout).children[0].externalOrderID).toBe("A\u009b31m\u202eB\u2028C-1");
  });
});
