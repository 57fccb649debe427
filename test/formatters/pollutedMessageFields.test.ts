import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures, repoRoot, runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { hostileValues, onObjectPrototype, withPolluted } from "../support/prototypePollution.js";

const folder = scratchFolders("polluted-formats");

/**
 * A Create Order with a safe fix (maxAmount -1 on a CC payment, its kind given), a finding after
 * non-ASCII text on its line (so a `utf8` column) and a structural finding (a `constraint`); and a
 * request file, whose findings carry their `request`. Each is a finding's optional field, which a
 * finding without it does not hold.
 */
function project(): string {
  const order = JSON.parse(readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8")) as { orderPayments: Record<string, unknown>[] };
  order.orderPayments[0]!.maxAmount = -1;
  const text = JSON.stringify({ ...order, currency: "€UR" }, null, 2).replace('"currency": "€UR"', '"note€": 1, "currency": "€UR"');
  return folder({ "orders/order.json": text, "requests/broken.rest": readFileSync(join(fixtures, "../requests/broken.rest"), "utf8") });
}

const formats = ["sarif", "rdjson", "gitlab"] as const;

/** Each format's report of the order and of the request file: what the run prints, and its exit code. */
async function reports(cwd: string) {
  const order = formats.map((format) => runCli(["--kind", "createOrder", "-f", format, "orders/order.json"], { cwd }));
  const requests = formats.map((format) => runCli(["-f", format, "requests/broken.rest"], { cwd }));
  return Promise.all([...order, ...requests]);
}

/** Values a polluting merge may write, and one shaped as the fields the formats read (columns, a request's key and pointer, a fix). */
const values: readonly (readonly [string, unknown])[] = [
  ...hostileValues,
  ["an object shaped as the field", { column: 1, endColumn: 2, key: "k", pointer: "", line: 1, endLine: 1, text: "t", utf8: { column: 1, endColumn: 2 } }],
];

/**
 * Found by the audit of the output formats: the CLI's verdict was held to a polluted
 * Object.prototype's in --format json alone (test/hostile/pollutedPrototype.test.ts), whose
 * JSON.stringify writes own fields only. sarif, rdjson and gitlab read a finding's optional
 * fields as properties: `Object.prototype.fix = "x"` threw out of rdjson (exit 2, "Cannot read
 * properties of undefined (reading 'column')") and gave every SARIF result a fix; `request`
 * changed every GitLab fingerprint, `utf8` rdjson's columns, `constraint` SARIF's properties.
 */
describe("sarif, rdjson and gitlab read only a finding's own fields", () => {
  it.each(["fix", "utf8", "request", "constraint"].flatMap((name) => values.map((value) => [name, value[0], value] as const)))(
    "Object.prototype.%s holding %s: every report is the clean prototype's",
    async (name, _label, value) => {
      const cwd = project();
      const clean = await reports(cwd);
      expect(clean.map((run) => run.code)).toEqual([1, 1, 1, 1, 1, 1]);
      expect(clean[1]!.stdout).toContain('"suggestions"');
      expect(await withPolluted([onObjectPrototype(name, value)], () => reports(cwd))).toEqual(clean);
    },
  );
});
