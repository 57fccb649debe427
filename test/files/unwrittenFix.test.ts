import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

/**
 * When --fix cannot write the fixed text, the file on the disk is the one the user opens: its
 * problems are reported at its own lines, the fixable ones included, and the fault says that
 * nothing was fixed (found by the CLI audit: the problems of the fixed text were shown, two
 * lines above where they stand, the fixes having removed two lines).
 */
const work = mkdtempSync(join(tmpdir(), "oms-lint-unwritten-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;

const example = readFileSync(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)), "utf8");
/** Two lines --fix removes (fields the OMS fills in), and a warning below them that no fix touches. */
const order = example
  .replace(`    "shippingType": "standard",`, `    "shippingType": "standard",\n    "name": "Ground",\n    "price": 5,`)
  .replace(`"customerIP": "88.152.11.125"`, `"customerIP": "0.1.2.3."`);

/** `[line, column]` of `value`, written after `key` in the text. */
function placeOf(text: string, key: string, value: string): [number, number] {
  const index = text.indexOf(`${key}: ${value}`) + key.length + 2;
  const before = text.slice(0, index).split("\n");
  return [before.length, (before.at(-1) as string).length + 1];
}

const refusals: { name: string; make: (dir: string) => void; says: RegExp }[] = [
  { name: "a file with two names (a hard link)", make: (dir) => linkSync(join(dir, "order.json"), join(dir, "other.json")), says: /cannot write the fixed file: it has 2 names/ },
  { name: "a read-only file", make: (dir) => chmodSync(join(dir, "order.json"), 0o444), says: /cannot write the fixed file: it is read-only/ },
];

describe("--fix that cannot write a file reports the file as it is on the disk", () => {
  it.each(refusals)("$name: every problem at its line on the disk, and nothing fixed", async ({ make, says }) => {
    const dir = join(work, `case-${++folders}`);
    mkdirSync(dir);
    writeFileSync(join(dir, "order.json"), order);
    make(dir);
    const run = await runCli(["--fix", "--kind", "createOrder", "--format", "json", "order.json"], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    const [fault, ...problems] = result.messages;
    expect(fault).toMatchObject({ ruleId: "fix", fatal: true, line: 1, column: 1 });
    expect(fault.message).toMatch(says);
    expect(fault.message).toContain("nothing was fixed");
    expect(problems.map((m: { ruleId: string; line: number; column: number }) => [m.ruleId, m.line, m.column])).toEqual([
      ["read-only-shipping-fields", ...placeOf(order, `"name"`, `"Ground"`)],
      ["read-only-shipping-fields", ...placeOf(order, `"price"`, "5")],
      ["schema/customer-ip-format", ...placeOf(order, `"customerIP"`, `"0.1.2.3."`)],
    ]);
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, "order.json"), "utf8")).toBe(order);
  });

  it("a symbolic link out of the folder named: the same", async () => {
    const dir = join(work, `case-${++folders}`);
    mkdirSync(join(dir, "repo"), { recursive: true });
    writeFileSync(join(dir, "order.json"), order);
    symlinkSync("../order.json", join(dir, "repo/link.json"));
    const run = await runCli(["--fix", "--kind", "createOrder", "--format", "json", "repo"], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(result.messages[0].message).toMatch(/not fixed: it is a symbolic link to .*nothing was fixed/);
    const ip = result.messages.find((m: { ruleId: string }) => m.ruleId === "schema/customer-ip-format");
    expect([ip.line, ip.column]).toEqual(placeOf(order, `"customerIP"`, `"0.1.2.3."`));
    expect(readFileSync(join(dir, "order.json"), "utf8")).toBe(order);
  });
});
