import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureText, fixtures, positionOf, runCli, valuePosition } from "../support/cli.js";
import { configRun } from "../support/configRun.js";

const messagesOf = (stdout: string) => (JSON.parse(stdout) as { messages: { ruleId: string }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));

describe("oms-lint.config.json", () => {
  it("is found upward from the working directory: its rule levels apply", async () => {
    const cwd = `${fixtures}config/orders/2024`;
    expect(await runCli(["--format", "json", "."], { cwd })).toMatchObject({ code: 0 });
    expect(messagesOf((await runCli(["--format", "json", "."], { cwd })).stdout)).toEqual([]);
    expect(messagesOf((await runCli(["--format", "json", "--no-config", "."], { cwd })).stdout)).toEqual(["unknown-property"]);
  });

  it("its files globs (relative to the config's folder) name the kind; --kind overrides them", async () => {
    const cwd = `${fixtures}config`;
    const kinds = async (args: string[]) => (JSON.parse((await runCli(["--format", "json", ...args], { cwd })).stdout) as { kind: string }[]).map((r) => r.kind);
    expect(await kinds(["items"])).toEqual(["orderItemCustomData"]);
    expect(await kinds(["--no-config", "items"])).toEqual(["orderCustomData"]);
    expect(await kinds(["--kind", "orderCustomData", "items"])).toEqual(["orderCustomData"]);
  });

  it("--rule on the command line wins over the config", async () => {
    const cwd = `${fixtures}config/orders/2024`;
    expect(messagesOf((await runCli(["--format", "json", "--rule", "unknown-property:error", "."], { cwd })).stdout)).toEqual(["unknown-property"]);
    expect(messagesOf((await runCli(["--format", "json", "--no-config", "--rule", "unknown-property:0", "."], { cwd })).stdout)).toEqual([]);
    expect(messagesOf((await runCli(["--format", "json", "--no-config", "--rule", 'unknown-property:["off"]', "."], { cwd })).stdout)).toEqual([]);
  });

  // Audit: a level quoted as a JSON string, as a user quoting for the shell writes it, was refused with
  // "the level is off, warn or error … (got "warn")". ESLint's --rule reads its value with levn, which
  // takes `id:"warn"` for the level warn: so does oms-lint, the same as `id:warn` and `id:["warn"]`.
  it.each(["off", "warn", "error"])("--rule 'unknown-property:\"%s\"' is that level, as written bare or in an array", async (level) => {
    const cwd = `${fixtures}config/orders/2024`;
    const lint = (setting: string) => runCli(["--format", "json", "--no-config", "--rule", `unknown-property:${setting}`, "."], { cwd });
    const quoted = await lint(`"${level}"`);
    expect(quoted).toEqual(await lint(level));
    expect(quoted).toEqual(await lint(`["${level}"]`));
    expect(quoted.code).toBe(level === "error" ? 1 : 0);
    expect(messagesOf(quoted.stdout)).toEqual(level === "off" ? [] : ["unknown-property"]);
  });

  it("--config names one outright; a missing one is exit 2", async () => {
    const run = await runCli(["--format", "json", "--config", "config/oms-lint.config.json", "warnings"]);
    expect(run.code).toBe(0);
    expect(messagesOf(run.stdout)).toEqual([]);
    expect(await runCli(["--config", "nope.json", "warnings"])).toMatchObject({ code: 2, stdout: "", stderr: "oms-lint: cannot read the config file nope.json: it does not exist (ENOENT)\n" });
  });

  it("a config its schema refuses: exit 2, each problem at its line and column", async () => {
    const cwd = `${fixtures}bad-config`;
    const run = await runCli(["--format", "json", "payload.json"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    // Both problems at once, in the file's order: the unknown rule id is not held back until the schema passes.
    const text = fixtureText("bad-config/oms-lint.config.json");
    const rule = valuePosition(text, "no-such-rule");
    const { line, column } = valuePosition(text, "onBlocks");
    const [first, second, ...rest] = run.stderr.split("\n");
    expect(first).toMatch(new RegExp(`^oms-lint: oms-lint\\.config\\.json:${rule.line}:${rule.column}: unknown rule "no-such-rule"; the rules are: `));
    expect(second).toBe(`oms-lint: oms-lint.config.json:${line}:${column}: settings.onBlocks must be true or false`);
    expect(rest).toEqual([""]);
  });

  it("an unknown rule id in the config: exit 2, at the rule", async () => {
    const cwd = `${fixtures}unknown-rule-config`;
    const run = await runCli(["payload.json"], { cwd });
    expect(run.code).toBe(2);
    const { line, column } = valuePosition(fixtureText("unknown-rule-config/oms-lint.config.json"), "no-such-rule");
    expect(run.stderr).toMatch(new RegExp(`^oms-lint: oms-lint\\.config\\.json:${line}:${column}: unknown rule "no-such-rule"; the rules are: `));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("a config that is not JSON: exit 2, the parse fault placed", async () => {
    const run = await runCli(["payload.json"], { cwd: `${fixtures}bad-config-json` });
    const text = fixtureText("bad-config-json/oms-lint.config.json");
    const { line, column } = positionOf(text, ",\n  }");
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe(`oms-lint: oms-lint.config.json:${line}:${column}: trailing comma before }: JSON allows no comma after the last member of an object; remove it\n`);
  });

  describe("more checks (in a scratch folder)", () => {
    const withConfig = configRun("oms-lint-config-");

    it.each([
      ['{"rules": {"unknown-property": "loud"}}', /a rule setting is "off", "warn", "error"/],
      ['{"files": [{"glob": "*.json"}]}', /a files entry needs both glob and kind/],
      ['{"files": [{"glob": "*.json", "kind": "order"}]}', /kind must be one of createOrder, importOrder/],
      ['{"settings": {"certifiedPartNumbers": "FIT-100"}}', /settings.certifiedPartNumbers must be a list of part numbers/],
      ['{"setting": {}}', /the config knows rules, settings, files, limits, ignores and overrides only/],
      ['{"rules": {}, "rules": {}}', /"rules" is set twice/],
      ["[]", /the config must be a JSON object/],
      // Its faults speak of a config file, not of a payload.
      ["", /oms-lint\.config\.json:1:1: the file is empty: a config file is one JSON value$/m],
      ['{"rules": {}}\n}', /:2:1: unexpected "\}" after the end of the JSON value: a config file is one value /],
    ])("%s → exit 2", async (config, message) => {
      const run = await withConfig(config);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/^oms-lint: oms-lint\.config\.json:\d+:\d+: /);
    });

    // Every problem of the file at once, each at its own place, one line a cause, in the
    // file's order (found by reading the README's promise against the CLI: a misspelt rule id
    // waited until the rest was fixed, an unknown key was placed at 1:1, a bad level was two lines).
    it.each([
      [
        '{\n  "rules": { "unknown-propety": "off" },\n  "settings": { "onblocks": true }\n}',
        [/^oms-lint: oms-lint\.config\.json:2:33: unknown rule "unknown-propety" \(did you mean "unknown-property"\?\)/, /^oms-lint: oms-lint\.config\.json:3:29: settings knows skipInternationalTax, onBlocks/],
      ],
      [
        '{\n  "rules": { "tax-rate-cap": "bogus" },\n  "kindz": 1\n}',
        [/^oms-lint: oms-lint\.config\.json:2:30: a rule setting is "off", "warn", "error" \(or 0, 1, 2\), or \[level, \{ options \}\]$/, /^oms-lint: oms-lint\.config\.json:3:12: the config knows rules, settings/],
      ],
      ['{"rules": {"tax-rate-cap": ["bogus"]}}', [/^oms-lint: oms-lint\.config\.json:1:28: a rule setting is /]],
      // A bad level and an unknown id at one place: both said, at that place (review: the id waited).
      ['{"rules": {"nope": "bogus"}}', [/^oms-lint: oms-lint\.config\.json:1:20: a rule setting is /, /^oms-lint: oms-lint\.config\.json:1:20: unknown rule "nope"/]],
      ['{"overrides": [{"files": ["a/**"], "rules": {"no-such": "off"}}], "limits": 5}', [/^oms-lint: oms-lint\.config\.json:1:57: unknown rule "no-such"/, /^oms-lint: oms-lint\.config\.json:1:77: limits must be an object$/]],
    ])("%s → every problem, one line each, in the file's order", async (config, lines) => {
      const run = await withConfig(config);
      expect(run.code).toBe(2);
      const printed = run.stderr.trimEnd().split("\n");
      expect(printed).toHaveLength(lines.length);
      printed.forEach((line, i) => expect(line).toMatch(lines[i]!));
    });

    it("a config nested past the depth limit says a config is always held to it (review: it named --max-depth, which does not apply)", async () => {
      const deep = `{"settings": ${"[".repeat(1001)}${"]".repeat(1001)}}`;
      const run = await withConfig(deep);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^oms-lint: oms-lint\.config\.json:1:\d+: the JSON nests deeper than 1000 levels here: .*\(a config file is always held to this limit\)\n$/);
    });

    it("ESLint's numbers and arrays are accepted as rule levels", async () => {
      expect((await withConfig('{"rules": {"unknown-property": 0, "duplicate-key": ["warn"], "read-only-ids": [2, {}]}}')).code).toBe(0);
    });
  });

  // Audit: a line break in --config's name split one problem over two "oms-lint:" lines (`c`, then
  // `f.json:1:1: …`), where the README promises one `oms-lint: file:line:column: …` line a problem.
  describe("a config named with a line break (in a scratch folder): one line a problem, the break written \\n", () => {
    const dir = mkdtempSync(join(tmpdir(), "oms-lint-config-name-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, "payload.json"), '{"name": "a", "value": "b"}');
    const lintWith = async (name: string, config: string) => {
      writeFileSync(join(dir, name), config);
      return await runCli(["-c", name, "payload.json"], { cwd: dir });
    };
    const twoProblems = '{"rules": {"no-such": "off"}, "kindz": 1}';
    const at = (key: string) => `${valuePosition(twoProblems, key).line}:${valuePosition(twoProblems, key).column}`;
    const unclosed = "the text ends before the JSON is complete: the { opened at line 1, column 1 is never closed (add })";

    it.each([
      ["c\nf.json", '{"rules":{}', [`oms-lint: c\\nf.json:1:12: ${unclosed}`]],
      ["c\r\nf.json", '{"rules":{}', [`oms-lint: c\\r\\nf.json:1:12: ${unclosed}`]],
      // Two problems: two lines, each naming the file.
      ["c\nf.json", twoProblems, [new RegExp(`^oms-lint: c\\\\nf\\.json:${at("no-such")}: unknown rule "no-such"; the rules are: `), new RegExp(`^oms-lint: c\\\\nf\\.json:${at("kindz")}: the config knows rules, settings, `)]],
    ] as const)("%j holding %s", async (name, config, lines) => {
      const run = await lintWith(name, config);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      const printed = run.stderr.split("\n");
      expect(printed.pop()).toBe("");
      expect(printed).toHaveLength(lines.length);
      printed.forEach((line, i) => (typeof lines[i] === "string" ? expect(line).toBe(lines[i]) : expect(line).toMatch(lines[i]!)));
    });

    it("whatever line break the name holds, as many lines as problems, each naming the file with the break escaped", async () => {
      const part = fc.stringMatching(/^[a-z]{0,4}$/);
      // Each break as written, and as stderr names it.
      const lineBreak = fc.constantFrom(["\n", "\\n"], ["\r", "\\r"], ["\u2028", "\\u2028"], ["\u0085", "\\u0085"]);
      await fc.assert(
        fc.asyncProperty(part, lineBreak, part, fc.boolean(), async (before, [raw, shown], after, two) => {
          const run = await lintWith(`${before}${raw}${after}.json`, two ? twoProblems : "[]");
          const printed = run.stderr.split("\n").slice(0, -1);
          expect(run.code).toBe(2);
          expect(printed).toHaveLength(two ? 2 : 1);
          for (const line of printed) expect(line.startsWith(`oms-lint: ${before}${shown}${after}.json:1:`)).toBe(true);
        }),
        { numRuns: 25 },
      );
    });
  });
});
