import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { createOrder, orderItem, orderWithItems } from "../support/payloads.js";

/**
 * A fixed text --fix could not write tested nothing, as a file that could not be read tested
 * nothing: --suppress-all never records the fault, and no count hides it (found by the files
 * audit: `--fix --suppress-all` on a file with a hard link recorded `{ "fix": { "count": 1 } }`,
 * the next `--fix` passed without a word that the file was not fixed, and once the link was
 * gone a plain run failed on "a negative fixture that no longer trips its rule").
 */
const work = mkdtempSync(join(tmpdir(), "oms-lint-unwritten-suppressions-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;

/** A fixable warning alone: orderID, which the OMS sets. */
const fixable = `${JSON.stringify(createOrder({ orderID: 555555 }), null, 2)}\n`;
const negative = "negative/tax-over-cap.json";

/** A folder with `a.json` (fixable, and a second name h.json for it) and a negative fixture over the tax cap. */
function folder(): string {
  const dir = join(work, `case-${++folders}`);
  mkdirSync(join(dir, "negative"), { recursive: true });
  writeFileSync(join(dir, "a.json"), fixable);
  linkSync(join(dir, "a.json"), join(dir, "h.json"));
  writeFileSync(join(dir, negative), JSON.stringify(orderWithItems([orderItem({ actualPrice: 1, quantity: 5, itemTaxOverride: 1.5 })], { forceItemTaxOverride: true })));
  return dir;
}

const lint = (dir: string, ...argv: string[]) => runCli(["-f", "json", ...argv], { cwd: dir });
const recorded = (dir: string) => JSON.parse(readFileSync(join(dir, "oms-lint-suppressions.json"), "utf8")) as unknown;
/** Each file's errors, as "rule: message". */
function errors(stdout: string): Record<string, string[]> {
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; severity: number; message: string }[] }[];
  return Object.fromEntries(
    results
      .map((r) => [r.filePath.split(/[\\/]/).slice(-2).join("/"), r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`)] as const)
      .filter(([, messages]) => messages.length > 0),
  );
}
const notFixed = expect.stringMatching(/^fix: cannot write the fixed file: it has 2 names \(hard links\).*nothing was fixed/);

describe("a fix that could not be written is never recorded, and no count hides it", () => {
  it("through its whole life: recorded with --suppress-all, fixed again, linted once the hard link is gone", async () => {
    const dir = folder();
    const recording = await lint(dir, "--fix", "--kind", "createOrder", "--suppress-all", "a.json", negative);
    expect(errors(recording.stdout)).toEqual({ "case-1/a.json": [notFixed] });
    expect(recording.code).toBe(1);
    expect(recorded(dir)).toEqual({ [negative]: { "tax-rate-cap": { count: 1 } } });

    const again = await lint(dir, "--fix", "--kind", "createOrder", "a.json", negative);
    expect(errors(again.stdout)).toEqual({ "case-1/a.json": [notFixed] });
    expect(again.code).toBe(1);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe(fixable);

    rmSync(join(dir, "h.json"));
    const plain = await lint(dir, "a.json", negative);
    expect(errors(plain.stdout)).toEqual({});
    expect(plain.code).toBe(0);
    const fixed = await lint(dir, "--fix", "--kind", "createOrder", "a.json", negative);
    expect(errors(fixed.stdout)).toEqual({});
    expect(fixed.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "a.json"), "utf8"))).toMatchObject({ orderID: null });
    expect(recorded(dir)).toEqual({ [negative]: { "tax-rate-cap": { count: 1 } } });
  });

  it("a count of it recorded by an earlier version does not hide it, and --prune-suppressions drops that count", async () => {
    const dir = folder();
    const earlier = { "a.json": { fix: { count: 1 } }, [negative]: { "tax-rate-cap": { count: 1 } } };
    writeFileSync(join(dir, "oms-lint-suppressions.json"), `${JSON.stringify(earlier, null, 2)}\n`);
    const run = await lint(dir, "--fix", "--kind", "createOrder", "a.json", negative);
    expect(errors(run.stdout)).toEqual({ "case-2/a.json": [notFixed] });
    expect(run.code).toBe(1);
    rmSync(join(dir, "h.json"));
    expect((await lint(dir, "--prune-suppressions", "a.json", negative)).code).toBe(0);
    expect(recorded(dir)).toEqual({ [negative]: { "tax-rate-cap": { count: 1 } } });
  });
});
