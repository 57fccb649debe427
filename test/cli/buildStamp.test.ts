import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { buildPlaceholder, stampBuild } from "../../codegen/buildStamp.js";
import type { CliIo } from "../../src/cli/cliIo.js";
import { repoRoot } from "../support/cli.js";

const { loadBundle } = createRequire(import.meta.url)("../../bin/codeCache.cjs") as { loadBundle: (file: string) => { exports: unknown } };

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The stamps in a bundle: the 64-hex strings that are the hash of the bundle with them put back to the placeholder. */
const stampsOf = (bundle: string) => [...bundle.matchAll(/"([0-9a-f]{64})"/g)].map((match) => match[1]!).filter((hex) => sha256(bundle.replace(hex, buildPlaceholder)) === hex);

describe("the build stamp (codegen/buildStamp.ts)", () => {
  it("replaces the placeholder with the SHA-256 of the bundle as written", () => {
    const bundle = `var a=1;const s=${JSON.stringify(buildPlaceholder)};`;
    expect(stampBuild(bundle)).toBe(`var a=1;const s="${sha256(bundle)}";`);
  });

  it("refuses a bundle without the placeholder, or with it twice", () => {
    expect(() => stampBuild("var a=1;")).toThrow(/exactly once/);
    expect(() => stampBuild(`${buildPlaceholder} ${buildPlaceholder}`)).toThrow(/exactly once/);
  });

  it("stamps two bundles that differ anywhere differently", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (before, after, other) => {
        fc.pre(after !== other && !`${before}${after}${other}`.includes(buildPlaceholder));
        expect(stampBuild(before + buildPlaceholder + after)).not.toBe(stampBuild(before + buildPlaceholder + other));
      }),
    );
  });

  it("is in the built CLI: the hash of that bundle's own text", () => {
    const bundle = readFileSync(join(repoRoot, "dist/cli/main.js"), "utf8");
    expect(bundle).not.toContain(buildPlaceholder);
    expect(stampsOf(bundle)).toHaveLength(1);
  });
});

describe("--cache and the build", () => {
  const dir = mkdtempSync(join(tmpdir(), "oms-lint-build-"));
  const bundle = join(repoRoot, "dist/cli/main.js");
  /** Another build of the same version: the built CLI with one more statement, stamped as the build stamps it, beside the real one. */
  const otherBundle = join(repoRoot, `dist/cli/main.other-build-${process.pid}.js`);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(otherBundle, { force: true });
  });

  /** Runs a built CLI in this process through its `run(argv, io)`, as bin/oms-lint.cjs does. */
  async function runBuilt(file: string, args: readonly string[]): Promise<{ code: number; stdout: string }> {
    const { run } = loadBundle(file).exports as { run: (argv: readonly string[], io: CliIo) => Promise<number> };
    let stdout = "";
    const io: CliIo = {
      cwd: dir,
      env: { NO_COLOR: "1" },
      stdoutIsTTY: false,
      readStdin: async () => Buffer.alloc(0),
      writeStdout: (text) => void (stdout += text),
      writeStderr: () => undefined,
    };
    return { code: await run(args, io), stdout };
  }

  it("a cache written by another build of the same version is stale; the same build's is reused", async () => {
    const text = readFileSync(bundle, "utf8");
    const [own] = stampsOf(text);
    writeFileSync(otherBundle, stampBuild(`${text.replace(own!, buildPlaceholder)}\n;`));

    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data/record.json"), `{"name": "gift", "value": "v"}`);
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "data/**", kind: "orderCustomData" }] }));
    const args = ["-f", "json", "--cache", "data"];
    const cacheFile = join(dir, ".oms-lint-cache");
    /** Plants a finding in the record's entry that linting it would never give: reported only on a hit. */
    const plant = () => {
      const cache = JSON.parse(readFileSync(cacheFile, "utf8")) as { files: Record<string, { messages: unknown[] }> };
      cache.files[join(dir, "data/record.json")]!.messages = [{ ruleId: "schema", messageId: "minLength", severity: 2, level: "error", evidence: "stated", message: "PLANTED", path: "/name", line: 1, column: 10, endLine: 1, endColumn: 16 }];
      writeFileSync(cacheFile, JSON.stringify(cache));
    };
    const planted = ({ code, stdout }: { code: number; stdout: string }) => [code, stdout.includes("PLANTED")];

    expect(planted(await runBuilt(bundle, args))).toEqual([0, false]);
    plant();
    expect(planted(await runBuilt(bundle, args)), "the same build reuses its entry").toEqual([1, true]);
    plant();
    expect(planted(await runBuilt(otherBundle, args)), "another build lints the file again").toEqual([0, false]);
  });
});
