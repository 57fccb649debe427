import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, isAbsolute, join } from "node:path";
import { parse } from "jsonc-parser";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { editorSchemaDir } from "../../codegen/generate.js";
import { generateEditorSchemas } from "../../codegen/editorSchemas.js";
import { kinds } from "../../src/kinds/kinds.js";
import { repoRoot, runCli } from "../support/cli.js";

const tasks = parse(readFileSync(join(repoRoot, ".vscode/tasks.json"), "utf8")) as {
  tasks: { label: string; command: string; problemMatcher: { fileLocation: unknown; pattern: Record<string, number | string> } }[];
};
const settings = parse(readFileSync(join(repoRoot, ".vscode/settings.json"), "utf8")) as {
  "json.schemas": { fileMatch: string[]; url: string }[];
};

describe(".vscode/tasks.json", () => {
  const task = tasks.tasks.find((t) => t.command.includes("--format compact"))!;

  it("has a task that lints the payloads with the compact format", () => {
    expect(task).toBeDefined();
    expect(task.command).toMatch(/^npx oms-lint --format compact /);
  });

  it("its problem matcher reads the compact formatter's real output: file, line, column, severity, message, rule", async () => {
    const { pattern } = task.problemMatcher;
    const regexp = new RegExp(pattern.regexp as string);
    // The task's own command, run as the built CLI (npx would resolve to the same bin).
    const args = task.command.replace(/^npx oms-lint /, "").split(" ");
    const compact = await runCli(args, { cwd: repoRoot });
    const json = JSON.parse((await runCli([...args.filter((a) => a !== "compact" && a !== "--format"), "--format", "json"], { cwd: repoRoot })).stdout) as {
      filePath: string;
      messages: { line: number; column: number; severity: number; message: string; ruleId: string }[];
    }[];
    const expected = json.flatMap((r) => r.messages.map((m) => ({ file: r.filePath, ...m })));
    const lines = compact.stdout.trimEnd().split("\n");
    expect(expected.length).toBeGreaterThan(5);
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => {
      const match = regexp.exec(line);
      expect(match, line).not.toBeNull();
      const group = (name: string) => match![pattern[name] as number];
      const file = group("file")!;
      // fileLocation autoDetect: relative to the workspace folder, else absolute.
      expect(isAbsolute(file) ? file : join(repoRoot, file)).toBe(expected[i]!.file);
      expect(Number(group("line"))).toBe(expected[i]!.line);
      expect(Number(group("column"))).toBe(expected[i]!.column);
      expect(group("severity")).toBe(expected[i]!.severity === 2 ? "error" : "warning");
      expect(group("message")).toBe(expected[i]!.message);
      expect(group("code")).toBe(expected[i]!.ruleId);
    });
    expect(task.problemMatcher.fileLocation).toEqual(["autoDetect", "${workspaceFolder}"]);
  });
});

describe(".vscode/settings.json json.schemas", () => {
  const entries = settings["json.schemas"];

  /** VS Code's fileMatch: a pattern without a slash matches the file name; the last matching pattern decides. */
  function schemaFor(path: string): string[] {
    return entries
      .filter(({ fileMatch }) => {
        let matched = false;
        for (const pattern of fileMatch) {
          const negated = pattern.startsWith("!");
          const glob = negated ? pattern.slice(1) : pattern;
          if (picomatch.isMatch(glob.includes("/") ? path : basename(path), glob)) matched = !negated;
        }
        return matched;
      })
      .map((e) => e.url);
  }

  it("every schema it names exists, one entry a kind and one for the config", () => {
    for (const { url } of entries) expect(existsSync(join(repoRoot, url)), url).toBe(true);
    for (const { kind } of kinds) expect(schemaFor(`x/${kind}.json`)).toEqual([`./schemas/editor/${kind}.json`]);
    expect(schemaFor("oms-lint.config.json")).toEqual(["./schemas/editor/oms-lint.config.schema.json"]);
  });

  it("associates each example payload with exactly its kind's schema", () => {
    for (const dir of ["examples", "examples/broken"]) {
      for (const file of readdirSync(join(repoRoot, dir)).filter((f) => f.endsWith(".json"))) {
        const kind = kinds.map((k) => k.kind).filter((k) => file.startsWith(k)).sort((a, b) => b.length - a.length)[0];
        expect(schemaFor(`${dir}/${file}`), file).toEqual([`./schemas/editor/${kind}.json`]);
      }
    }
  });

  it("the editor's schemas are up to date (npm run codegen) and hold no object-valued errorMessage", () => {
    for (const [name, text] of Object.entries(generateEditorSchemas())) {
      expect(readFileSync(editorSchemaDir + name, "utf8"), `schemas/editor/${name}`).toBe(text);
      JSON.parse(text, (key, value) => {
        if (key === "errorMessage") expect(typeof value, `${name} errorMessage`).toBe("string");
        return value;
      });
    }
  });
});
