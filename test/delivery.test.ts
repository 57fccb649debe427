import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { isNotPayloadName, isSkippedByWalk, notPayloadGlobs } from "../src/files/notPayload.js";
import { lintedFileType } from "../src/files/lintedName.js";
import { repoRoot } from "./support/cli.js";
import { scratchFolders } from "./support/scratchFolders.js";

const yaml = (name: string) => load(readFileSync(`${repoRoot}${name}`, "utf8")) as any;

/** The CodeQL Action's major that action.yml and the README's recipes use to upload SARIF. */
const codeqlActionMajor = "v4";

describe("delivery", () => {
  // Made here, not in a test: the folders' afterAll is registered on the suite, so it runs
  // (registered from inside a test, it never ran, and each call left its folder in /tmp).
  const actionFolder = scratchFolders("action");
  const actionArgsFolder = scratchFolders("action-args");

  it("action.yml: a composite action that runs oms-lint with annotations, uploads SARIF only when asked, and fails as oms-lint does", () => {
    const action = yaml("action.yml");
    expect(action.runs.using).toBe("composite");
    const [lint, upload, exit] = action.runs.steps;
    expect(lint.run).toContain('npx --no-install oms-lint -f github -f "sarif:$OMS_LINT_SARIF" ${args[@]+"${args[@]}"}');
    // Inputs reach the shell through the environment, never pasted into the script.
    expect(lint.run).not.toContain("${{");
    // v4, on Node.js 24: GitHub warns that "CodeQL Action v3 will be deprecated in December 2026" (its Node.js 20 is forced onto 24); the inputs are v3's.
    expect(upload.uses).toBe(`github/codeql-action/upload-sarif@${codeqlActionMajor}`);
    expect(upload.if).toContain("inputs.upload-sarif == 'true'");
    expect(action.inputs["upload-sarif"].default).toBe("false");
    expect(exit.run).toBe('exit "$OMS_LINT_EXIT"');
  });

  it("action.yml: the args input's globs reach oms-lint as written, not expanded by the step's shell", () => {
    // bash without globstar reads ** as *: "fixtures/**/*.json" became fixtures/a/one.json alone,
    // and fixtures/a/b/deep.json went unlinted while the step passed.
    const folder = actionFolder({
      "fixtures/a/one.json": "{}",
      "fixtures/a/b/deep.json": "{}",
      "bin/npx": '#!/bin/sh\nprintf "%s\\n" "$@" > args.txt\n',
    });
    chmodSync(join(folder, "bin/npx"), 0o755);
    const [lint] = yaml("action.yml").runs.steps;
    const env = { PATH: `${join(folder, "bin")}:${process.env.PATH}`, GITHUB_OUTPUT: join(folder, "output.txt"), OMS_LINT_ARGS: "fixtures/**/*.json --max-warnings 0", OMS_LINT_UPLOAD: "false" };
    const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", lint.run], { cwd: folder, env, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(readFileSync(join(folder, "args.txt"), "utf8").split("\n")).toEqual(["--no-install", "oms-lint", "-f", "github", "fixtures/**/*.json", "--max-warnings", "0", ""]);
    expect(readFileSync(join(folder, "output.txt"), "utf8")).toBe("exit-code=0\n");
  });

  /** The action's lint step run by bash as the runner runs it, with an npx that records the arguments it is given. */
  function runLintStep(args: string, upload = "false", sarif = "reports/oms lint.sarif", npx = '#!/bin/sh\nprintf "%s\\n" "$@" > args.txt\n', files: Record<string, string> = {}) {
    const folder = actionArgsFolder({ ...files, "bin/npx": npx });
    chmodSync(join(folder, "bin/npx"), 0o755);
    const [lint] = yaml("action.yml").runs.steps;
    const env = { PATH: `${join(folder, "bin")}:${process.env.PATH}`, GITHUB_OUTPUT: join(folder, "output.txt"), OMS_LINT_ARGS: args, OMS_LINT_UPLOAD: upload, OMS_LINT_SARIF: sarif, OMS_LINT_WORKDIR: "." };
    const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", lint.run], { cwd: folder, env, encoding: "utf8" });
    const read = (name: string) => (existsSync(join(folder, name)) ? readFileSync(join(folder, name), "utf8") : undefined);
    return { status: run.status, stderr: run.stderr, args: read("args.txt")?.split("\n").slice(0, -1), output: read("output.txt"), ran: existsSync(join(folder, "pwned")), sarifText: read(sarif) };
  }

  it("action.yml: the args input is split as a shell splits words, so a path with spaces can be quoted; nothing in it is run or expanded", () => {
    // It was split at every space: 'fixtures/with space' reached oms-lint as "'fixtures/with" and "space'" (exit 2, no such file).
    expect(runLintStep(`'fixtures/with space' "orders/new order.json" fixtures/a\\ b/*.json $(touch pwned) --max-warnings 0`, "true")).toEqual({
      status: 0,
      stderr: "",
      args: ["--no-install", "oms-lint", "-f", "github", "-f", "sarif:reports/oms lint.sarif", "fixtures/with space", "orders/new order.json", "fixtures/a b/*.json", "$(touch", "pwned)", "--max-warnings", "0"],
      output: "sarif-file=./reports/oms lint.sarif\nexit-code=0\n",
      ran: false,
    });
    expect(runLintStep("\n  fixtures/**/*.json\n  --max-warnings 0\n")).toMatchObject({ args: ["--no-install", "oms-lint", "-f", "github", "fixtures/**/*.json", "--max-warnings", "0"] });
  });

  // oms-lint given no file, folder or glob lints the working folder (as ESLint 9+): the whole
  // repository, the default the input's description gives, with no case of the action's own.
  it("action.yml: an empty args input (`args: \"\"`, or blanks alone) runs oms-lint with no words, which lints the whole repository", () => {
    for (const blank of ["", "  ", "\n"]) {
      expect(runLintStep(blank)).toMatchObject({ status: 0, args: ["--no-install", "oms-lint", "-f", "github"], output: "exit-code=0\n" });
    }
    expect(runLintStep("", "true")).toMatchObject({ args: ["--no-install", "oms-lint", "-f", "github", "-f", "sarif:reports/oms lint.sarif"] });
  });

  it("action.yml: args of options alone (`--max-warnings 0`) reach oms-lint as they are, which lints the whole repository with them", () => {
    // They were "no files given" (exit-code 2): the special case added "." for no words only.
    expect(runLintStep("--max-warnings 0")).toMatchObject({ status: 0, args: ["--no-install", "oms-lint", "-f", "github", "--max-warnings", "0"], output: "exit-code=0\n" });
  });

  it("action.yml: the SARIF report is uploaded from where it was written, a sarif-file outside the workspace (runner.temp) too", () => {
    // The upload read working-directory + "/" + sarif-file: "./" + "/home/runner/work/_temp/oms.sarif" is no such path.
    const upload = yaml("action.yml").runs.steps[1];
    expect(upload.with.sarif_file).toBe("${{ steps.lint.outputs.sarif-file }}");
    expect(runLintStep(".", "true", "/home/runner/work/_temp/oms.sarif")).toMatchObject({
      args: ["--no-install", "oms-lint", "-f", "github", "-f", "sarif:/home/runner/work/_temp/oms.sarif", "."],
      output: "sarif-file=/home/runner/work/_temp/oms.sarif\nexit-code=0\n",
    });
    expect(runLintStep(".", "true", "D:\\a\\_temp\\oms.sarif")).toMatchObject({ output: "sarif-file=D:\\a\\_temp\\oms.sarif\nexit-code=0\n" });
    expect(runLintStep(".", "true")).toMatchObject({ output: "sarif-file=./reports/oms lint.sarif\nexit-code=0\n" });
  });

  // Found by the audit of the suppressions fixes: the upload ran only `if exit-code != '2'`, and since
  // a crashing rule exits 2 with its report complete, code scanning got nothing for such a run.
  it("action.yml: the SARIF report is uploaded whenever the run wrote it, exit code 2 included; a stale one is not", () => {
    const upload = yaml("action.yml").runs.steps[1];
    expect(upload.if).toBe("${{ inputs.upload-sarif == 'true' && steps.lint.outputs.sarif-written == 'true' }}");
    const writesThenExits = (code: number) => `#!/bin/sh\ncase "$*" in *--version*) exit 0 ;; esac\nprintf '{}' > oms.sarif\nexit ${code}\n`;
    for (const code of [0, 1, 2]) {
      expect(runLintStep(".", "true", "oms.sarif", writesThenExits(code))).toMatchObject({ status: 0, output: `sarif-file=./oms.sarif\nsarif-written=true\nexit-code=${code}\n` });
    }
    // A usage error writes no report: none is uploaded, not even one an earlier run left there.
    const usageError = `#!/bin/sh\ncase "$*" in *--version*) exit 0 ;; esac\nexit 2\n`;
    const folder = actionArgsFolder({ "oms.sarif": "{}" });
    expect(runLintStep(".", "true", join(folder, "oms.sarif"), usageError)).toMatchObject({ status: 0, output: `sarif-file=${join(folder, "oms.sarif")}\nexit-code=2\n` });
  });

  // Found by the audit of the service and suppressions fixes: the step ran `rm -f -- "$OMS_LINT_SARIF"`
  // before oms-lint, so sarif-file=package.json deleted package.json, which oms-lint itself refuses
  // to write over (not an earlier oms-lint report). Whether this run wrote the report is now told
  // by the file's identity (device, inode, size, mtime) before and after the run.
  describe("action.yml: a sarif-file that is there before the run", () => {
    const refuses = `#!/bin/sh\ncase "$*" in *--version*) exit 0 ;; esac\necho "oms-lint: -o package.json holds JSON that is not an earlier oms-lint report" >&2\nexit 2\n`;
    const packageJson = '{ "name": "consumer", "private": true }\n';

    it("oms-lint refuses to write over it: the file stays as it was, and nothing is uploaded", () => {
      const run = runLintStep(".", "true", "package.json", refuses, { "package.json": packageJson });
      expect(run.sarifText).toBe(packageJson);
      expect(run.output).toBe("sarif-file=./package.json\nexit-code=2\n");
    });

    // oms-lint writes its reports atomically (a new file renamed over the old one), within the same second and at the same size.
    const replacesWith = (text: string, code: number) =>
      `#!/bin/sh\ncase "$*" in *--version*) exit 0 ;; esac\nprintf '%s' '${text}' > .oms.sarif.tmp && mv .oms.sarif.tmp oms.sarif\nexit ${code}\n`;

    it.each([0, 1, 2])("an earlier report replaced by this run (exit %i), same size and second: uploaded", (code) => {
      const run = runLintStep(".", "true", "oms.sarif", replacesWith("{}", code), { "oms.sarif": "{}" });
      expect(run.output).toBe(`sarif-file=./oms.sarif\nsarif-written=true\nexit-code=${code}\n`);
    });

    it("an earlier report this run does not write (a usage error): kept, and not uploaded", () => {
      const run = runLintStep(".", "true", "oms.sarif", refuses, { "oms.sarif": "{}" });
      expect(run.sarifText).toBe("{}");
      expect(run.output).toBe("sarif-file=./oms.sarif\nexit-code=2\n");
    });
  });

  it("action.yml: the exit-code output says what 2 means (usage, configuration or internal error)", () => {
    expect(yaml("action.yml").outputs["exit-code"].description).toMatch(/2 usage, configuration or internal error/);
  });

  it("action.yml: oms-lint not installed in the working directory is exit code 2 with one line saying so, not a lint failure", () => {
    // npx --no-install of a package not installed exits 1 (npm's 404 for oms-lint, or 'npx canceled'): the action's exit code 1, "lint errors".
    const run = runLintStep(".", "false", "oms-lint.sarif", '#!/bin/sh\necho "npm error 404 Not Found - GET https://registry.npmjs.org/oms-lint" >&2\nexit 1\n');
    expect(run).toMatchObject({ status: 0, output: "exit-code=2\n" });
    expect(run.stderr).toBe("oms-lint action: oms-lint is not installed in . (npx --no-install oms-lint --version failed): add it to the devDependencies and run npm ci before this step\n");
  });

  it("action.yml: args with a quote left open is exit code 2 with one line saying so, and oms-lint is not run", () => {
    const run = runLintStep("'fixtures/with space --max-warnings 0");
    // Only the check that oms-lint is installed ran.
    expect(run).toMatchObject({ status: 0, args: ["--no-install", "oms-lint", "--version"], output: "exit-code=2\n" });
    expect(run.stderr).toMatch(/^oms-lint action: the args input has a quote that is not closed: .+\n$/);
  });

  it(".pre-commit-hooks.yaml: hook oms-lint installed by pre-commit (language node), oms-lint-installed from the repository's own install; types [json]; manifests and configs left out", () => {
    const hooks = yaml(".pre-commit-hooks.yaml");
    expect(hooks).toMatchObject([
      { id: "oms-lint", entry: "oms-lint", language: "node", types: ["json"], args: ["--force-exclude", "--no-error-on-unmatched-pattern", "--unknown-kind", "warn", "--"] },
      { id: "oms-lint-installed", entry: "npx --no-install oms-lint", language: "system", types: ["json"], args: ["--force-exclude", "--no-error-on-unmatched-pattern", "--unknown-kind", "warn", "--"] },
    ]);
    for (const hook of hooks) {
      const excluded = new RegExp(hook.exclude);
      for (const file of ["package.json", "web/package-lock.json", "tsconfig.build.json", ".vscode/settings.json", "oms-lint-suppressions.json", "eslint-suppressions.json"]) expect(excluded.test(file), file).toBe(true);
      // The request clients' environments, which a folder walk skips too (audit: a staged one drew a kind warning).
      for (const file of ["http-client.env.json", "api/http-client.private.env.json", "postman/dev.postman_environment.json", "postman/workspace.postman_globals.json"]) expect(excluded.test(file), file).toBe(true);
      // Tools' configs read with comments, which a folder walk skips too (fix audit).
      for (const file of ["tslint.json", "web/babel.config.json", "angular.json", "api-extractor.json", "tsdoc.json", "typedoc.json", "cspell.json", "appsettings.json", "Api/appsettings.Development.json", "Api/Properties/launchSettings.json"]) expect(excluded.test(file), file).toBe(true);
      // The same, found by the audit of issue 18's CI features (a commented dprint.json, knip.json, wrangler.json at the root).
      for (const file of ["dprint.json", "knip.json", "wrangler.json", "web/firebase.json", "apps/shop/project.json", "jsr.json", "rome.json"]) expect(excluded.test(file), file).toBe(true);
      for (const file of ["fixtures/createOrder.json", "orders/package-order.json", "oms.postman_collection.json", "http-client.json", "appsettings-order.json", "orders/my-tslint.json", "orders/project-order.json", "my-knip.json"]) expect(excluded.test(file), file).toBe(false);
    }
  });

  // pre-commit splits a hook's files into chunks run in parallel processes, each counting its own
  // warnings: 8 staged files with 2 warnings each under --max-warnings 10 ran as two chunks of 8
  // (both pass), where one run has 16 (fails). require_serial makes it one process, as the README says.
  it(".pre-commit-hooks.yaml: each hook runs serially, so --max-warnings counts the commit's warnings, not a chunk's", () => {
    for (const hook of yaml(".pre-commit-hooks.yaml")) expect(hook.require_serial, hook.id).toBe(true);
    const readme = readFileSync(`${repoRoot}README.md`, "utf8");
    expect(readme).toMatch(/Both hooks set `require_serial: true`[\s\S]{0,600}"using a single process instead of in\s+parallel"/);
  });

  // Found by the audit of issue 18's CI features: pre-commit's identify tags Pipfile.lock, notebooks,
  // .geojson and .jsonld as json; named outright, each drew a kind warning that blocked a commit under --max-warnings 0.
  it(".pre-commit-hooks.yaml: of the files identify tags json, a hook takes exactly those a folder walk lints as JSON", () => {
    const hooks = yaml(".pre-commit-hooks.yaml");
    const reaches = (hook: { files: string; exclude: string }, path: string) => new RegExp(hook.files).test(path) && !new RegExp(hook.exclude).test(path);
    const taggedJson = ["Pipfile.lock", "notebooks/analysis.ipynb", "maps/zones.geojson", "fixtures/context.jsonld", "fixtures/order.JSON", "fixtures/createOrder.json", "web/package.json", "fixtures/.hidden.json", "a.json.bak.json"];
    for (const path of taggedJson) {
      const walk = lintedFileType(path.split("/").at(-1)!) === "json" && !isSkippedByWalk(path.split("/"));
      for (const hook of hooks) expect(reaches(hook, path), `${hook.id}: ${path}`).toBe(walk);
    }
    for (const hook of hooks) expect(["Pipfile.lock", "a.ipynb", "b.geojson", "c.jsonld"].some((path) => reaches(hook, path)), hook.id).toBe(false);
  });

  // Found by the fix audit: `tsconfig*` here and in the glob's ignores skipped tsconfigorder.json, which the walk lints.
  it(".pre-commit-hooks.yaml and the glob's ignores skip a tool config's name exactly when the folder walk does", () => {
    const hooks = yaml(".pre-commit-hooks.yaml");
    const ignoredByGlob = picomatch([...notPayloadGlobs]);
    const bases = ["tsconfig", "jsconfig", "Tsconfig", "my-tsconfig", "appsettings", "package", "http-client", "order", "dev.postman_environment", "project", "knip", "wrangler"];
    const tails = ["", ".", "-", "_", "order", ".build", "-base", ".Development", ".env", "s"];
    // Every name of these pieces (1,200), in three folders: a few milliseconds.
    for (const file of bases.flatMap((b) => tails.flatMap((t1) => tails.map((t2) => `${b}${t1}${t2}.json`)))) {
      const walk = isNotPayloadName(file);
      for (const path of [file, `web/${file}`, `a/b/${file}`]) {
        expect(ignoredByGlob(path), `glob: ${path}`).toBe(walk);
        for (const hook of hooks) expect(new RegExp(hook.exclude).test(path), `${hook.id}: ${path}`).toBe(walk);
      }
    }
    for (const file of ["tsconfigorder.json", "tsconfig_order.json", "jsconfigs.json"]) expect(isNotPayloadName(file), file).toBe(false);
  });

  // pre-commit 4.4 and later install a node hook with `npm install -g git+file://<clone>`: npm runs the clone's
  // `prepare` (never a `dependencies` script) before packing it, so dist/ is built there or not at all (found by
  // the CI audit with pre-commit 4.6.2: no dist/, exit 2 on every commit). packedTarball.test.ts packs with it.
  it("package.json: dist/ is built by npm's prepare (npm ci, npm pack, a git install such as pre-commit's) where stale, and before a publish", () => {
    const { scripts } = JSON.parse(readFileSync(`${repoRoot}package.json`, "utf8")) as { scripts: Record<string, string> };
    expect(scripts.prepare).toBe("node codegen/prepare.mjs");
    expect(scripts.build).toBe("tsx codegen/build.ts");
    expect(scripts.dependencies).toBeUndefined();
    expect(scripts.prepublishOnly).toBe("npm run build");
  });
});

describe("the README's CI recipes", () => {
  const blocks = [...readFileSync(`${repoRoot}README.md`, "utf8").matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => load(m[1] as string) as any);
  const steps = blocks.flatMap((block) => Object.values(block?.jobs ?? {}).flatMap((job: any) => job.steps ?? []));

  it("are YAML, and hold GitHub steps", () => {
    expect(blocks.length).toBeGreaterThan(2);
    expect(steps.length).toBeGreaterThan(4);
  });

  // GitHub forced Node.js 20 actions onto Node.js 24 on 2026-06-02 and took Node.js 20 off its runners on 2026-09-16, with a
  // deprecation warning on every job that still names one: each action a recipe names is at the first major that runs on
  // Node.js 24 (actions/checkout and setup-node v5, upload-artifact v6, whose release notes say so; the inputs are unchanged).
  it("name only actions that run on Node.js 24", () => {
    const node24Majors: Readonly<Record<string, string>> = {
      "actions/checkout": "v5",
      "actions/setup-node": "v5",
      "actions/upload-artifact": "v6",
      "github/codeql-action/upload-sarif": codeqlActionMajor,
    };
    const named = steps.map((step: any) => step.uses).filter((uses: unknown): uses is string => typeof uses === "string" && !uses.startsWith("<owner>/"));
    expect(named.length).toBeGreaterThan(4);
    for (const uses of named) {
      const [action, major] = uses.split("@") as [string, string];
      expect(node24Majors[action], uses).toBe(major);
    }
  });

  it("upload a SARIF report after lint errors (exit 1), and only where a report was written (exit 2 writes none)", () => {
    const uploads = steps.filter((step: any) => String(step.uses).startsWith("github/codeql-action/upload-sarif@") && step.with?.sarif_file !== undefined);
    expect(uploads.length).toBeGreaterThan(0);
    // Every mention, the prose's too, names the major action.yml uses.
    const named = [...readFileSync(`${repoRoot}README.md`, "utf8").matchAll(/github\/codeql-action\/[\w-]+@(\S+?)[`\s]/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(uploads.length);
    expect(new Set(named)).toEqual(new Set([codeqlActionMajor]));
    for (const upload of uploads) {
      // Without a condition the step is skipped once lint has failed; always() ran it after exit 2, on no file.
      expect(upload.if).toContain("!cancelled()");
      expect(upload.if).toContain(`hashFiles('${upload.with.sarif_file}') != ''`);
    }
  });
});
