import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";

// Found by the audit of the service surface: `cd fixtures && oms-lint . --suppressions-location
// ../oms-lint-suppressions.json --prune-suppressions` read the keys (paths from the project's
// root) from fixtures/, found none of their files there, and emptied the record to {}.
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** p/: two negative fixtures (an unknown currency) and one plain order, recorded from p/. */
async function recordedProject(): Promise<{ root: string; recorded: string }> {
  const root = mkdtempSync(join(tmpdir(), "oms-lint-prune-"));
  roots.push(root);
  const write = (path: string, value: unknown) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `${JSON.stringify(value, null, 2)}\n`);
  };
  write("fixtures/neg/a.json", createOrder({ currency: "XXX" }));
  write("other/b.json", createOrder({ currency: "XXX" }));
  write("fixtures/ok.json", createOrder());
  expect((await runCli(["--suppress-all", "."], { cwd: root })).code).toBe(0);
  const recorded = readFileSync(join(root, "oms-lint-suppressions.json"), "utf8");
  expect(Object.keys(JSON.parse(recorded) as object)).toEqual(["fixtures/neg/a.json", "other/b.json"]);
  return { root, recorded };
}

describe("--prune-suppressions from a folder the keys are not relative to", () => {
  it("refuses (exit 2, naming the folder the keys were read from) and leaves the record as it was", async () => {
    const { root, recorded } = await recordedProject();
    const fixtures = join(root, "fixtures");
    const run = await runCli([".", "--suppressions-location", "../oms-lint-suppressions.json", "--prune-suppressions"], { cwd: fixtures });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`from ${fixtures}`);
    expect(run.stderr).toMatch(/none of its 2 keys names a file or a folder that is there from /);
    expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(recorded);
  });

  it("from the folder the keys are relative to, a key goes only when its file is gone, and the run says which", async () => {
    const { root } = await recordedProject();
    rmSync(join(root, "other/b.json"));
    const run = await runCli([".", "--prune-suppressions"], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^oms-lint: note: --prune-suppressions removed 1 key from oms-lint-suppressions\.json: other\/b\.json \(its file is gone\)\n$/);
    expect(Object.keys(JSON.parse(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")) as object)).toEqual(["fixtures/neg/a.json"]);
  });

  it("keeps a key whose folder is not there either, though another key happens to name a file from the folder it runs in", async () => {
    // Recorded from the root: a.json and fixtures/a.json. From fixtures/, "a.json" names fixtures/a.json (there, so the
    // refusal above does not apply), and "fixtures/a.json" names fixtures/fixtures/a.json: not a fixture deleted where
    // the run looked, but a path from another folder, whose folder is not there. It was dropped as gone.
    const root = mkdtempSync(join(tmpdir(), "oms-lint-prune-"));
    roots.push(root);
    mkdirSync(join(root, "fixtures"));
    for (const path of ["a.json", "fixtures/a.json"]) writeFileSync(join(root, path), `${JSON.stringify(createOrder({ currency: "XXX" }), null, 2)}\n`);
    expect((await runCli(["--suppress-all", "."], { cwd: root })).code).toBe(0);
    const recorded = readFileSync(join(root, "oms-lint-suppressions.json"), "utf8");
    const run = await runCli([".", "--suppressions-location", "../oms-lint-suppressions.json", "--prune-suppressions"], { cwd: join(root, "fixtures") });
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(recorded);
    // Kept, but not silently: the note names it.
    expect(run.stderr).toBe(
      "oms-lint: note: --prune-suppressions kept 1 key whose folder is not there: fixtures/a.json; delete them by hand if their fixtures are gone\n",
    );
  });
});

// Found by the audit of the prune fixes (ee1e9507): the refusal asked only whether a key named a
// file that is there, so a record with no keys, and one whose only fixture was deleted, were refused.
describe("--prune-suppressions: when the prune is refused", () => {
  const folder = () => {
    const root = mkdtempSync(join(tmpdir(), "oms-lint-prune-"));
    roots.push(root);
    mkdirSync(join(root, "fx"));
    writeFileSync(join(root, "fx/ok.json"), `${JSON.stringify(createOrder(), null, 2)}\n`);
    return root;
  };

  it("no record: not refused, nothing written", async () => {
    const root = folder();
    expect(await runCli(["fx", "--prune-suppressions"], { cwd: root })).toMatchObject({ code: 0, stderr: "" });
  });

  it("an empty record {}: not refused, left as it is", async () => {
    const root = folder();
    writeFileSync(join(root, "oms-lint-suppressions.json"), "{}\n");
    expect(await runCli(["fx", "--prune-suppressions"], { cwd: root })).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe("{}\n");
  });

  it("the record's only key, a fixture deleted from a folder that is there: dropped", async () => {
    const root = folder();
    writeFileSync(join(root, "oms-lint-suppressions.json"), JSON.stringify({ "fx/neg.json": { "tax-rate-cap": { count: 1 } } }));
    const run = await runCli(["fx", "--prune-suppressions"], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: "oms-lint: note: --prune-suppressions removed 1 key from oms-lint-suppressions.json: fx/neg.json (its file is gone)\n" });
    expect(JSON.parse(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8"))).toEqual({});
  });

  it("keys whose file and folder are both gone, every one: refused, nothing changed", async () => {
    const root = folder();
    const record = JSON.stringify({ "gone/neg.json": { "tax-rate-cap": { count: 1 } } });
    writeFileSync(join(root, "oms-lint-suppressions.json"), record);
    const run = await runCli([".", "--prune-suppressions"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/none of its 1 key names a file or a folder that is there from /);
    expect(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")).toBe(record);
  });
});

// Found by the audit of the service and suppressions fixes: from p/fx, a record of p/ ("order.json",
// "fx/bad.json") was not refused, as "order.json" names fx/order.json, whose folder is there: the
// prune kept "fx/bad.json" (its folder fx/fx is not there) and deleted "order.json" as gone.
describe("--prune-suppressions where no linted file has a key and a key's folder is not there", () => {
  it("is refused (exit 2) and writes nothing", async () => {
    const root = mkdtempSync(join(tmpdir(), "oms-lint-prune-"));
    roots.push(root);
    mkdirSync(join(root, "fx"));
    for (const path of ["order.json", "fx/bad.json"]) writeFileSync(join(root, path), `${JSON.stringify(createOrder({ currency: "XXX" }), null, 2)}\n`);
    expect((await runCli(["--suppress-all", "--suppressions-location", "s.json", "order.json", "fx"], { cwd: root })).code).toBe(0);
    const recorded = readFileSync(join(root, "s.json"), "utf8");
    expect(Object.keys(JSON.parse(recorded) as object)).toEqual(["fx/bad.json", "order.json"]);
    const fx = join(root, "fx");
    const run = await runCli(["--prune-suppressions", "--suppressions-location", "../s.json", "."], { cwd: fx });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`from ${fx}`);
    expect(run.stderr).toMatch(/no file this run linted has a key in it, and 1 key names a folder that is not there/);
    expect(readFileSync(join(root, "s.json"), "utf8")).toBe(recorded);
  });

  // Found by the audit of 6800a89e: from the folder the keys are read from, a fixture's folder deleted (fx/sub/, its only
  // fixture gone) beside a key whose file is there (lib/c.json) refused the whole prune, telling the user to run from the
  // folder they were in; fx/a.json, deleted from fx/, which is there, was no longer dropped.
  it("is not refused where another key names a file that is there: the deleted fixture goes, the key whose folder is gone stays, named", async () => {
    const root = mkdtempSync(join(tmpdir(), "oms-lint-prune-"));
    roots.push(root);
    for (const path of ["fx/a.json", "fx/sub/b.json", "lib/c.json"]) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), `${JSON.stringify(createOrder({ currency: "XXX" }), null, 2)}\n`);
    }
    writeFileSync(join(root, "fx/ok.json"), `${JSON.stringify(createOrder(), null, 2)}\n`);
    expect((await runCli(["--suppress-all", "."], { cwd: root })).code).toBe(0);
    rmSync(join(root, "fx/sub"), { recursive: true });
    rmSync(join(root, "fx/a.json"));
    const run = await runCli(["fx", "--prune-suppressions"], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("fx/sub/b.json");
    expect(Object.keys(JSON.parse(readFileSync(join(root, "oms-lint-suppressions.json"), "utf8")) as object)).toEqual(["fx/sub/b.json", "lib/c.json"]);
  });
});
