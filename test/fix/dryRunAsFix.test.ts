import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { startCliWithoutOverride, type CliWithoutOverride } from "../support/cliWithoutOverride.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * README, "Fixing what is safe to fix": "--fix-dry-run prints them as a unified diff … (git
 * apply takes it)". The dry run shows what --fix does: the same refusals, messages and exit
 * code, and a diff that `git apply` turns the tree into what --fix writes (found by the
 * data-safety audit: a link to a fixed file got a second patch that git refused, and a hard
 * link or a link leaving the named folder got a diff and exit 0 where --fix refuses, exit 1).
 */
const folder = scratchFolders("dry-run-as-fix");

const example = readFileSync(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)), "utf8");
/** The documents' example with one fixable mistake (a -1 maxAmount, which --fix makes null): clean once fixed. */
const fixable = example.replace(`"maxAmount": null`, `"maxAmount": -1`);
/** Fixable, with an error no fix mends (a locale the documents do not list): exit 1 either way. */
const fixableWithError = fixable.replace(`"locale": "en-US"`, `"locale": "en-AU"`);

interface Tree {
  /** Files and their text. */
  readonly files?: Record<string, string>;
  /** Symbolic links and what they point to. */
  readonly links?: Record<string, string>;
  /** Second names (hard links) and the file they name. */
  readonly hardLinks?: Record<string, string>;
  readonly readOnly?: readonly string[];
  /** What the command line names (default "."). */
  readonly named?: readonly string[];
}

/**
 * An empty repository's .git, made by one `git init` and copied into each tree: a tree is a
 * git work tree (git apply takes the diff's paths from its root, the CLI reads .gitignore
 * files up to it), and a `git init` per tree was two of the four git processes each case cost.
 * Made from no template (no sample hooks, description or info/exclude, which neither git apply
 * nor the CLI reads): its HEAD and config, 2 files to copy, not 17.
 */
let emptyGit: string | undefined;
function emptyGitFolder(): string {
  if (emptyGit === undefined) {
    const template = join(folder({}), "template");
    mkdirSync(template);
    execFileSync("git", ["init", "-q", "--template="], { cwd: template });
    emptyGit = join(template, ".git");
  }
  return emptyGit;
}

/** A git work tree holding `tree`, in its own folder `name` under `dir`. */
function makeTree(dir: string, name: string, tree: Tree): string {
  const root = join(dir, name);
  mkdirSync(root);
  cpSync(emptyGitFolder(), join(root, ".git"), { recursive: true });
  const place = (path: string) => (mkdirSync(join(root, path, ".."), { recursive: true }), join(root, path));
  for (const [path, text] of Object.entries(tree.files ?? {})) writeFileSync(place(path), text);
  for (const [path, target] of Object.entries(tree.links ?? {})) symlinkSync(target, place(path));
  for (const [path, file] of Object.entries(tree.hardLinks ?? {})) linkSync(join(root, file), place(path));
  for (const path of tree.readOnly ?? []) chmodSync(join(root, path), 0o444);
  return root;
}

/** Every entry of the tree but .git: a file's text, a link's target. */
function contents(root: string, folder = root): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const stat = lstatSync(path);
    if (name === ".git") continue;
    if (stat.isDirectory()) Object.assign(found, contents(root, path));
    else found[relative(root, path)] = stat.isSymbolicLink() ? `-> ${readlinkSync(path)}` : readFileSync(path, "utf8");
  }
  return found;
}

/** The report's verdicts, file by file, each path from the tree's root (so two copies compare). */
function verdicts(reportFile: string, root: string): unknown {
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as { filePath: string; messages: { ruleId: string; messageId?: string; severity: number; message: string }[] }[];
  return report.map(({ filePath, messages }) => ({
    file: relative(root, filePath),
    messages: messages.map(({ ruleId, messageId, severity, message }) => ({ ruleId, messageId, severity, message: message.split(root).join("<root>") })),
  }));
}

/**
 * Runs --fix on one copy of the tree and --fix-dry-run on another: the same exit code and
 * verdicts, the dry run writes nothing, and git apply of its diff gives the tree --fix wrote.
 */
async function expectDryRunAsFix(tree: Tree): Promise<void> {
  const dir = folder({});
  const fixedTree = makeTree(dir, "fixed", tree);
  const shownTree = makeTree(dir, "shown", tree);
  const before = contents(shownTree);
  // The kind given: told from the content, a Create Order's fixes are held (orderKindFromContent.test.ts), and the trees would hold no diff.
  const args = ["--kind", "createOrder", ...(tree.named ?? ["."])];
  const fix = await runCli(["--fix", "-f", "json", "-o", join(dir, "fix.json"), ...args], { cwd: fixedTree });
  const dryRun = await runCli(["--fix-dry-run", "-f", "json", "-o", join(dir, "dry.json"), ...args], { cwd: shownTree });
  expect(dryRun.code).toBe(fix.code);
  if (fix.code === 2) {
    // A usage error, as a tree with nothing under repo/ draws ("no file or folder \"repo\" was
    // found", found under OMS_LINT_FUZZ_SEED=6): neither run writes a report or a diff, both say
    // the same, and the tree is left as it was.
    expect([existsSync(join(dir, "fix.json")), existsSync(join(dir, "dry.json"))]).toEqual([false, false]);
    expect(dryRun.stdout).toBe("");
    expect(dryRun.stderr).not.toBe("");
    expect(dryRun.stderr.split(shownTree).join("<root>")).toBe(fix.stderr.split(fixedTree).join("<root>"));
    expect(contents(shownTree)).toEqual(before);
    return;
  }
  expect(verdicts(join(dir, "dry.json"), shownTree)).toEqual(verdicts(join(dir, "fix.json"), fixedTree));
  expect(contents(shownTree)).toEqual(before);
  writeFileSync(join(dir, "fix.diff"), dryRun.stdout);
  // git apply checks every patch before it writes any (the audit's second patch for a link was
  // refused by the check), so it fails as `git apply --check` would: one git process, not two.
  gitApply([join(dir, "fix.diff")], shownTree);
  expect(contents(shownTree)).toEqual(contents(fixedTree));
}

/**
 * A tree under repo/ (what the command line names) and outside/: files fixable or not, some
 * read-only; links to them from repo/ (some leaving it), sorted before or after their files;
 * second names (hard links) of some.
 */
const trees: fc.Arbitrary<Tree> = fc
  .record({
    files: fc.uniqueArray(
      fc.record({ at: fc.constantFrom("repo/", "repo/sub/", "outside/"), name: fc.constantFrom("b.json", "m.json"), text: fc.constantFrom(fixable, fixableWithError, example), readOnly: fc.boolean() }),
      { minLength: 1, maxLength: 4, selector: (file) => file.at + file.name },
    ),
    links: fc.array(fc.record({ at: fc.constantFrom("repo/a-", "repo/z-", "repo/sub/a-"), to: fc.nat() }), { maxLength: 3 }),
    hardLinks: fc.array(fc.nat(), { maxLength: 2 }),
  })
  .map(({ files, links, hardLinks }) => {
    const paths = files.map((file) => file.at + file.name);
    const pick = (index: number) => paths[index % paths.length]!;
    return {
      files: Object.fromEntries(files.map((file) => [file.at + file.name, file.text])),
      links: Object.fromEntries(links.map((link, index) => [`${link.at}link-${index}.json`, relative(dirname(`${link.at}link-${index}.json`), pick(link.to))])),
      hardLinks: Object.fromEntries(hardLinks.map((to, index) => [`repo/hard-${index}.json`, pick(to)])),
      readOnly: files.filter((file) => file.readOnly).map((file) => file.at + file.name),
      named: ["repo"],
    };
  });

/** Real git applies the diff (an empty one too: a run with nothing to fix). */
function gitApply(args: readonly string[], cwd: string): void {
  execFileSync("git", ["apply", "--allow-empty", ...args], { cwd, stdio: "pipe" });
}

const cases: readonly (readonly [string, Tree])[] = [
  ["a link sorted before the file it points to", { files: { "order.json": fixable }, links: { "latest.json": "order.json" } }],
  ["a link sorted after the file it points to", { files: { "order.json": fixable }, links: { "zz-latest.json": "order.json" } }],
  ["a link into a subfolder", { files: { "data/order.json": fixable }, links: { "current.json": "data/order.json" } }],
  ["a hard-linked file", { files: { "order.json": fixable, "clean.json": example }, hardLinks: { "copy/order.json": "order.json" }, named: ["order.json", "clean.json"] }],
  ["a link leaving the named folder", { files: { "outside/order.json": fixable, "repo/own.json": fixable }, links: { "repo/link.json": "../outside/order.json" }, named: ["repo"] }],
  ["a read-only file", { files: { "order.json": fixable, "own.json": fixable }, readOnly: ["order.json"] }],
  ["nothing to fix", { files: { "order.json": example } }],
];

describe("--fix-dry-run makes every decision --fix makes", () => {
  it.each(cases)("%s: the same verdicts and exit code, and git apply of the diff gives the tree --fix writes", async (_label, tree) => {
    await expectDryRunAsFix(tree);
  });

  it("any tree of files, links and second names: the same verdicts and exit code, and git apply of the diff gives the tree --fix writes", async () => {
    await fc.assert(fc.asyncProperty(trees, expectDryRunAsFix), { numRuns: 12 });
  });

  it("the audit's case: one patch for a file and a link to it, naming the file, which git apply --check takes", async () => {
    const root = makeTree(folder({}), "tree", { files: { "order.json": `{"externalOrderID":"A-1","orderID":5}\n` }, links: { "latest.json": "order.json" } });
    const run = await runCli(["--kind", "createOrder", "--fix-dry-run", "."], { cwd: root });
    expect(run.stdout.match(/^--- .*$/gm)).toEqual(["--- a/order.json"]);
    writeFileSync(join(root, "..", "fix.diff"), run.stdout);
    expect(() => gitApply(["--check", join(root, "..", "fix.diff")], root)).not.toThrow();
  });

  it("a hard-linked file: no diff, the fix error --fix gives, exit 1", async () => {
    const root = makeTree(folder({}), "tree", { files: { "order.json": fixable }, hardLinks: { "copy/order.json": "order.json" } });
    const run = await runCli(["--fix-dry-run", "--kind", "createOrder", "-f", "compact", "order.json"], { cwd: root });
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/order\.json:1:1: error cannot write the fixed file: it has 2 names \(hard links\)/);
    expect(run.code).toBe(1);
  });

  it("a link leaving the named folder: no diff, the fix error --fix gives, exit 1", async () => {
    const root = makeTree(folder({}), "tree", { files: { "outside/order.json": fixable }, links: { "repo/link.json": "../outside/order.json" } });
    const run = await runCli(["--fix-dry-run", "--kind", "createOrder", "-f", "compact", "repo"], { cwd: root });
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/repo\/link\.json:1:1: error not fixed: it is a symbolic link to .*outside\/order\.json, outside the files and folders named on the command line/);
    expect(run.code).toBe(1);
  });
});

/**
 * Found by the review of the file commits: --fix makes its temporary file in the file's folder,
 * so a folder that takes no new file (mode 555, as a user without root's override) refuses the
 * fix; the dry run checked only the file, and showed a diff with exit 0.
 */
describe("--fix-dry-run in a folder that takes no new file (as a user without the right)", () => {
  let cli: CliWithoutOverride;
  beforeAll(() => {
    cli = startCliWithoutOverride();
  });
  afterAll(() => cli.close());

  it("no diff, the fix error --fix gives (its folder refused the temporary file), exit 1, and the file as it was", async () => {
    const root = makeTree(folder({}), "ro", { files: { "sub/order.json": fixable } });
    chmodSync(join(root, "sub"), 0o555);
    try {
      const dryRun = await cli.run(["--fix-dry-run", "--kind", "createOrder", "-f", "compact", "sub"], root);
      const fix = await cli.run(["--fix", "--kind", "createOrder", "-f", "compact", "sub"], root);
      // The folder named as what refused, not the file (which may be written): audit of the files written.
      const refusal = /sub\/order\.json:1:1: error cannot write the fixed file: its folder does not let the temporary file be made \(the new text is written beside the file, then renamed into place\): permission denied \(EACCES\); the file is unchanged/;
      // --fix reports on standard output; the dry run there prints its diff, its report on standard error.
      expect(fix.stdout).toMatch(refusal);
      expect(fix.code).toBe(1);
      expect(dryRun.stdout).toBe("");
      expect(dryRun.stderr).toMatch(refusal);
      expect(dryRun.code).toBe(1);
      expect(readFileSync(join(root, "sub/order.json"), "utf8")).toBe(fixable);
    } finally {
      chmodSync(join(root, "sub"), 0o755);
    }
  });
});
