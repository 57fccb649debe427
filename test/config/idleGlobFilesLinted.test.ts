import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

/**
 * The note a `files` glob into a hidden folder, node_modules or of an extension the walk never
 * takes gets at load (idleConfigGlobs) said such a glob "selects no file a folder walk or a
 * glob finds … it applies only to a file named outright", though a walk that starts at the
 * hidden folder or at node_modules/keep, a glob that spells the dot, and a glob naming the
 * extension each lint the file with the glob's kind and the override's rules (review of
 * 3a900258). Each case here is such a run: the file is linted as importOrder, unknown-property
 * off by the override, and the note on stderr says which runs take the file.
 */
const scratch = mkdtempSync(join(tmpdir(), "oms-lint-idle-glob-files-linted-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Case {
  readonly file: string;
  readonly glob: string;
  readonly target: string;
  readonly note: string;
}

describe("a file a folder walk from above passes over is linted with the glob's kind and override when the run reaches it", () => {
  it.each<Case>([
    { file: ".fixtures/o.json", glob: ".fixtures/**", target: ".fixtures", note: '".fixtures" is hidden, and a folder walk from above does not enter it; name the folder, or a glob that names it' },
    { file: ".fixtures/o.json", glob: ".fixtures/*.json", target: ".fixtures/*.json", note: '".fixtures" is hidden, and a folder walk from above does not enter it; name the folder, or a glob that names it' },
    { file: "node_modules/keep/o.json", glob: "node_modules/keep/*.json", target: "node_modules/keep", note: "a folder walk from above and a glob never enter node_modules; name the folder, or a file in it, on the command line" },
    { file: "fx/UP.JSON", glob: "fx/*.JSON", target: "fx/*.JSON", note: "a folder walk takes only *.json, *.http and *.rest (in that case), not *.JSON; a glob or a name takes it" },
  ])("$target reaches $file", async ({ file, glob, target, note }) => {
    const cwd = mkdtempSync(join(scratch, "run-"));
    mkdirSync(join(cwd, dirname(file)), { recursive: true });
    writeFileSync(join(cwd, file), '{"orderNumber": 1}');
    const config = { files: [{ glob, kind: "importOrder" }], overrides: [{ files: [glob], rules: { "unknown-property": "off" } }] };
    writeFileSync(join(cwd, "oms-lint.config.json"), JSON.stringify(config));
    const run = await runCli(["-f", "json", target], { cwd });
    const results = JSON.parse(run.stdout) as { filePath: string; kind: string; messages: { ruleId: string }[] }[];
    expect(results.map(({ filePath, kind }) => ({ filePath, kind }))).toEqual([{ filePath: join(cwd, file), kind: "importOrder" }]);
    expect(results[0]?.messages.map(({ ruleId }) => ruleId)).not.toContain("unknown-property");
    const notes = run.stderr.split("\n").filter((line) => line !== "");
    expect(notes.every((line) => line.includes(`"${glob}" selects files some runs pass over: ${note}`))).toBe(true);
    expect(notes).toHaveLength(2);
  });
});
