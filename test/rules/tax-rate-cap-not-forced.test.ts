import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { taxRateCapNotForced } from "../../rules/tax-rate-cap-not-forced.js";
import { validate } from "../../src/builtIn/linter.js";
import { importOrder, orderItem, orderWithItems, type Json, type JsonObject } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";
import { runCli } from "../support/cli.js";
import { lintHttpFile } from "../../src/index.js";
import { createOrderLine } from "../support/requestBodies.js";

/** A line with the given price, quantity and total tax. */
const line = (actualPrice: Json, quantity: Json, itemTaxOverride: Json) => orderItem({ actualPrice, quantity, itemTaxOverride });
/** An order of the given lines that says forceItemTaxOverride false outright. */
const notForced = (...lines: JsonObject[]) => orderWithItems(lines, { forceItemTaxOverride: false });
/** The order without forceItemTaxOverride. */
const flagLeftOut = (...lines: JsonObject[]) => {
  const order = orderWithItems(lines);
  delete order.forceItemTaxOverride;
  return order;
};
const taxAt = (index: number) => `/orderItems/${index}/itemSpecifics/itemTaxOverride`;
/** What every finding says: the flag, the document's own words of it, and that the rest is our reading. */
const says = ["does not set forceItemTaxOverride true: it ", "gives it no default", "“Whether to override the calculated item tax and force the orderItem -> itemSpecifics -> itemTaxOverride to be required”", "our reading"];

ruleTester(taxRateCapNotForced, {
  valid: [
    { name: "forceItemTaxOverride false, the documents' 1 on 1 × 5: exactly 20%", payload: notForced(line(1, 5, 1)) },
    { name: "forceItemTaxOverride true: a line over the cap is tax-rate-cap's error", payload: orderWithItems([line(1, 1, 0.5)], { forceItemTaxOverride: true }) },
    { name: "forceItemTaxOverride \"true\", a string that spells true: tax-rate-cap's error (and the schema's of its type)", payload: orderWithItems([line(1, 1, 0.5)], { forceItemTaxOverride: "true" }) },
    { name: "forceItemTaxOverride false, a tax on a line of 0: tax-rate-cap-no-subtotal's warning", payload: notForced(line(0, 1, 1)) },
    { name: "forceItemTaxOverride left out, the documents' 1 on 1 × 5: exactly 20%", payload: flagLeftOut(line(1, 5, 1)) },
    { name: "forceItemTaxOverride false, the catalog's SKIP_INTERNATIONAL_TAX: no cap", payload: notForced(line(1, 1, 0.5)), settings: { skipInternationalTax: true } },
  ],
  invalid: [
    // A string but "true" is no nearer true than false: this warning beside the schema's type error, not a second error (audit at 3df60815).
    ...(["false", "", "yes", "TRUE"] as const).map((flag) => ({
      name: `forceItemTaxOverride ${JSON.stringify(flag)}, a line at 50%: this warning, saying the string`,
      payload: orderWithItems([line(1, 1, 0.5)], { forceItemTaxOverride: flag }),
      errors: [{ path: taxAt(0), messageId: "lineRate", messageIncludes: [`it sets forceItemTaxOverride to the string ${JSON.stringify(flag)},`, ...says] }],
    })),
    {
      name: "forceItemTaxOverride a number: this warning, saying which",
      payload: orderWithItems([line(1, 1, 0.5)], { forceItemTaxOverride: 1 }),
      errors: [{ path: taxAt(0), messageId: "lineRate", messageIncludes: ["it sets forceItemTaxOverride to the number 1,", ...says] }],
    },
    {
      name: "forceItemTaxOverride a card number by mistake: redacted as messages quote a payload's text",
      payload: orderWithItems([line(1, 1, 0.5)], { forceItemTaxOverride: "4111111111111111" }),
      errors: [{ path: taxAt(0), messageId: "lineRate", messageIncludes: ['to the string "[redacted]"', ...says], messageExcludes: ["4111"] }],
    },
    // Seed 004 gives the flag no default ("Whether to override the calculated item tax ..."): left
    // out or null, the OMS may not apply itemTaxOverride at all, as with false (audit at d7d7efe9).
    {
      name: "forceItemTaxOverride left out, a line at 50%: this warning, as for false",
      payload: flagLeftOut(line(1, 1, 0.5)),
      errors: [{ path: taxAt(0), messageId: "lineRate", messageIncludes: ["itemTaxOverride 0.5", "50%", "it leaves forceItemTaxOverride out,", ...says] }],
    },
    {
      name: "forceItemTaxOverride null, a line at 50%: this warning, as for false",
      payload: orderWithItems([line(1, 1, 0.5)], { forceItemTaxOverride: null }),
      errors: [{ path: taxAt(0), messageId: "lineRate", messageIncludes: ["itemTaxOverride 0.5", "50%", "it sets forceItemTaxOverride null,", ...says] }],
    },
    {
      name: "forceItemTaxOverride left out, a tax on a line of 0 beside an untaxed line: the order total, this warning",
      payload: flagLeftOut(line(0, 1, 2), line(5, 1, null)),
      errors: [{ path: "/orderItems", messageId: "orderRate", messageIncludes: ["item tax 2", "subtotal 5", "40%", "it leaves forceItemTaxOverride out,", ...says] }],
    },
    {
      name: "forceItemTaxOverride false, a line at 50%",
      payload: notForced(line(1, 1, 0.5)),
      errors: [{ path: taxAt(0), messageId: "lineRate", messageIncludes: ["itemTaxOverride 0.5", "50%", "it sets forceItemTaxOverride false,", ...says], messageExcludes: ["read as"] }],
    },
    {
      name: "forceItemTaxOverride false, a tax on a line of 0 beside an untaxed line: the order total",
      payload: notForced(line(0, 1, 2), line(5, 1, null)),
      errors: [{ path: "/orderItems", messageId: "orderRate", messageIncludes: ["item tax 2", "subtotal 5", "40%", ...says] }],
    },
    // One finding for two doubts: the flag and the string, each said, by this rule alone.
    {
      name: "forceItemTaxOverride false and a quantity sent as a string: this rule's warning, saying both readings",
      payload: notForced(line(1, "5", 5)),
      errors: [{ path: taxAt(0), messageId: "lineRateFromStrings", messageIncludes: ['quantity "5" read as 5', "100%", ...says, "that the OMS reads a number sent as a string as the number it spells is our reading"] }],
    },
    {
      name: "forceItemTaxOverride false, a tax computed in floating point: the noise said too",
      payload: notForced(line(0.22, 1, 0.22 * 0.2)),
      errors: [{ path: taxAt(0), messageId: "lineRateFloatNoise", messageIncludes: ["binary floating point", "two units of their 15th significant digit", ...says] }],
    },
    {
      name: "forceItemTaxOverride false, a price of 4500000.01 − 4500000 taxed 0.002: the noise said as the whole cents that bring it within 20%",
      payload: notForced(line(4500000.01 - 4500000, 1, 0.002)),
      errors: [{ path: taxAt(0), messageId: "lineRateFloatNoise", messageIncludes: ["read as the whole cents it lies within 2^-29 of", ...says], messageExcludes: ["nearest short decimal", "15th significant digit"] }],
    },
  ],
});

describe("without forceItemTaxOverride true", () => {
  const capFindings = (kind: "createOrder" | "importOrder", payload: unknown) =>
    validate(kind, payload).diagnostics.filter((d) => d.ruleId.startsWith("tax-rate-cap") || d.ruleId === "create-order-only").map((d) => [d.ruleId, d.severity, d.evidence, d.path]);
  it("a line over the cap is this warning alone and the order passes, false, null or left out; with true, the same line is the error", () => {
    for (const order of [notForced(line(1, 1, 0.5)), flagLeftOut(line(1, 1, 0.5)), orderWithItems([line(1, 1, 0.5)], { forceItemTaxOverride: null })]) {
      expect(capFindings("createOrder", order)).toEqual([["tax-rate-cap-not-forced", "warning", "inferred", taxAt(0)]]);
      expect(validate("createOrder", order).valid).toBe(true);
    }
    expect(capFindings("createOrder", orderWithItems([line(1, 1, 0.5)], { forceItemTaxOverride: true }))).toEqual([["tax-rate-cap", "error", "stated", taxAt(0)]]);
  });
  it("through the CLI: the warning at the line's tax and exit 0 with the flag left out; with it true, the error and exit 1", async () => {
    const lint = async (payload: unknown) => {
      const { code, stdout } = await runCli(["--stdin", "--kind", "createOrder", "--no-config", "--format", "json"], { input: JSON.stringify(payload) });
      const messages = (JSON.parse(stdout) as { messages: { ruleId: string; severity: number; path: string }[] }[])[0]!.messages;
      return { code, cap: messages.filter((m) => m.ruleId.startsWith("tax-rate-cap")).map((m) => [m.ruleId, m.severity, m.path]) };
    };
    expect(await lint(flagLeftOut(line(1, 1, 0.5)))).toEqual({ code: 0, cap: [["tax-rate-cap-not-forced", 1, taxAt(0)]] });
    expect(await lint(orderWithItems([line(1, 1, 0.5)], { forceItemTaxOverride: true }))).toEqual({ code: 1, cap: [["tax-rate-cap", 2, taxAt(0)]] });
  });
  it("on an import, create-order-only wraps it as it wraps the others", () => {
    expect(capFindings("importOrder", importOrder({ forceItemTaxOverride: false, orderItems: [line(1, 1, 0.5)] }))).toEqual([["create-order-only", "warning", "inferred", taxAt(0)]]);
  });
});

// One cause, one finding: a line over the cap is reported by exactly one of the cap's rules, and
// is an error only where the documents state it: the flag true, and no string read.
describe("every line over the cap: exactly one of the tax rules, an error only when stated", () => {
  const flags: readonly (boolean | string | null | undefined)[] = [true, "true", false, null, undefined, "false", "", "yes"];
  const taxedLine = fc.record({
    cents: fc.integer({ min: 1, max: 100_000 }),
    quantity: fc.integer({ min: 1, max: 20 }),
    taxCents: fc.integer({ min: 0, max: 100_000 }),
    asStrings: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
  });
  const written = (n: number, asString: boolean): Json => (asString ? String(n) : n);
  it("holds for any flag and any mix of numbers and strings", () => {
    fc.assert(
      fc.property(fc.array(taxedLine, { minLength: 1, maxLength: 4 }), fc.constantFrom(...flags), (lines, flag) => {
        const items = lines.map(({ cents, quantity, taxCents, asStrings: [p, q, t] }) => line(written(cents / 100, p), written(quantity, q), written(taxCents / 100, t)));
        const order = orderWithItems(items, flag === undefined ? {} : { forceItemTaxOverride: flag });
        if (flag === undefined) delete order.forceItemTaxOverride;
        const found = validate("createOrder", order).diagnostics.filter((d) => d.ruleId.startsWith("tax-rate-cap"));
        lines.forEach(({ cents, quantity, taxCents, asStrings }, index) => {
          const atLine = found.filter((d) => d.path === taxAt(index));
          // Exact in cents: 5 × tax over price × quantity is over 20%.
          if (5 * taxCents <= cents * quantity) return expect(atLine).toEqual([]);
          expect(atLine).toHaveLength(1);
          const forced = flag === true || flag === "true";
          const stated = forced && !asStrings.some(Boolean);
          expect(atLine[0]!.severity).toBe(stated ? "error" : "warning");
          expect(atLine[0]!.ruleId).toBe(!forced ? "tax-rate-cap-not-forced" : stated ? "tax-rate-cap" : "tax-rate-cap-from-strings");
        });
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});

// In a request file the flag may be a variable: bare, it may fill to true (or "true") or not; quoted, to "true" or another
// string, so at least this warning, in words that say which; a quoted one that can never be "true" ("x{{force}}") is any
// other string; defined in the file, the value it fills to. Found by the audit of daf6aa2 (a bare flag hid both findings),
// of 3df60815 (a quoted one kept the stated error, though it may fill to "false") and of b61b7b85 (quoted, it was told true, false or null).
describe("every line over the cap in a request file, whatever holds the flag: exactly one of the tax rules", () => {
  /** How the flag is written, the file's head, and what the cap reads it as. */
  const flags: readonly { written: string | undefined; head?: string; reads: "notTrue" | "fromClient" | "quoted" | "neverTrue" | "true" }[] = [
    { written: "true", reads: "true" },
    { written: '"true"', reads: "true" },
    { written: "false", reads: "notTrue" },
    { written: "null", reads: "notTrue" },
    { written: undefined, reads: "notTrue" },
    { written: '"false"', reads: "notTrue" },
    { written: '"{{force}}"', reads: "quoted" },
    { written: '"t{{a}}e"', reads: "quoted" },
    { written: '"x{{force}}"', reads: "neverTrue" },
    { written: '"{{a}}x"', reads: "neverTrue" },
    { written: "{{force}}", reads: "fromClient" },
    { written: "{{force}}", head: "@force = false\n\n", reads: "notTrue" },
    { written: "{{force}}", head: "@force = true\n\n", reads: "true" },
    { written: '"{{force}}"', head: "@force = false\n\n", reads: "notTrue" },
    { written: '"{{force}}"', head: "@force = true\n\n", reads: "true" },
  ];
  const taxedLine = fc.record({
    cents: fc.integer({ min: 1, max: 100_000 }),
    quantity: fc.integer({ min: 1, max: 20 }),
    taxCents: fc.integer({ min: 0, max: 100_000 }),
    asString: fc.boolean(),
  });
  const http = (lines: readonly JsonObject[], { written, head = "" }: (typeof flags)[number]) => {
    const order = orderWithItems([...lines], { forceItemTaxOverride: "<flag>" });
    const body = JSON.stringify(order, null, 2);
    const flagged = written === undefined ? body.replace(/\n {2}"forceItemTaxOverride": "<flag>",/, "") : body.replace('"<flag>"', written);
    return `${head}${createOrderLine}${flagged}\n`;
  };
  it("holds for any lines and any way of writing the flag", () => {
    fc.assert(
      fc.property(fc.array(taxedLine, { minLength: 1, maxLength: 3 }), fc.constantFrom(...flags), (lines, flag) => {
        const items = lines.map(({ cents, quantity, taxCents, asString }) => line(cents / 100, asString ? String(quantity) : quantity, taxCents / 100));
        const found = lintHttpFile(http(items, flag), "orders.http").messages.filter((m) => m.ruleId.startsWith("tax-rate-cap"));
        lines.forEach(({ cents, quantity, taxCents, asString }, index) => {
          const atLine = found.filter((m) => m.path === taxAt(index));
          // Exact in cents: 5 × tax over price × quantity is over 20%.
          if (5 * taxCents <= cents * quantity) return expect(atLine).toEqual([]);
          const rule = flag.reads !== "true" ? "tax-rate-cap-not-forced" : asString ? "tax-rate-cap-from-strings" : "tax-rate-cap";
          const ending = ({ fromClient: "FlagFromClient", quoted: "FlagQuoted", neverTrue: "FlagNeverTrue" }[flag.reads as string] ?? "") + (asString && flag.reads !== "true" ? "FromStrings" : "");
          expect(atLine.map((m) => [m.ruleId, m.messageId.replace("FloatNoise", ""), m.severity])).toEqual([[rule, `lineRate${ending}`, rule === "tax-rate-cap" ? 2 : 1]]);
        });
      }),
      { seed: 20261206, numRuns: 150 },
    );
  });
});
