import { join } from "node:path";
import { ESLint } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import type { Settings } from "../../src/domain/settings.js";
import { runCli } from "../support/cli.js";
import { recommendedConfig } from "../support/eslintRun.js";
import { importOrder, noOperationPayment, orderWithPayments, taxedOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * settings.customNoOperationTypes' currencies must be able to be ISO 4217 codes: three capital
 * letters, as the documents write them. `{ ZZ: ["usd"] }` or `{ ZZ: ["US Dollar"] }` was
 * accepted, and a ZZ payment in USD then got "the no-operation subtype ZZ does not support the
 * order's currency "USD" (supported: usd …)" (audit of the ESLint plugin). The config file (CLI,
 * language server), the library and services, and the ESLint plugin refuse such an entry in the
 * same words, naming it. An ISO code outside Create Order's 35 (ZAR) is taken: Historic Order
 * Import lists no codes, and an import order in ZAR is only a warning (review of 270f5e9b).
 */

const folder = scratchFolders("custom-subtype-currencies");
const zzOrder = orderWithPayments([noOperationPayment({ noOperationType: "ZZ" })], { currency: "USD" });

/** The refusal's words for the entry of subtype `code` at `index` holding `value`. */
const refusal = (code: string, value: string) => new RegExp(`customNoOperationTypes: the currency ${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} listed for subtype "${code}" cannot be an ISO 4217 currency code: three capital letters`);

const wrong: [string, NonNullable<Settings["customNoOperationTypes"]>, string, string][] = [
  ["lower case", { ZZ: ["usd"] }, "ZZ", "usd"],
  ["the currency's name", { ZZ: ["US Dollar"] }, "ZZ", "US Dollar"],
  ["two capital letters", { ZZ: ["USD", "US"] }, "ZZ", "US"],
  ["a second subtype's", { ZY: "all", ZZ: ["EUR", "eur"] }, "ZZ", "eur"],
];

const right: [string, NonNullable<Settings["customNoOperationTypes"]>][] = [
  ["listed codes", { ZZ: ["USD", "EUR"] }],
  ["an ISO code Create Order does not list, beside one it does", { ZZ: ["ZAR", "USD"] }],
  ["every currency", { ZZ: "all" }],
  ["a list of subtype codes (every currency)", ["ZZ", "US Dollar"]],
];

describe("the library (validate, and the services through it)", () => {
  it.each(wrong)("%s is refused, naming the entry: a TypeError", (_, setting, code, value) => {
    expect(() => validate("createOrder", zzOrder, { settings: { customNoOperationTypes: setting } })).toThrow(refusal(code, value));
  });

  it("lower case gets the code it spells", () => {
    expect(() => validate("createOrder", zzOrder, { settings: { customNoOperationTypes: { ZZ: ["usd"] } } })).toThrow(/\(did you mean "USD"\?\)/);
  });

  it.each(right)("%s is taken", (_, setting) => {
    expect(validate("createOrder", zzOrder, { settings: { customNoOperationTypes: setting } }).diagnostics.filter((d) => d.ruleId.startsWith("no-operation"))).toEqual([]);
  });

  it("property: a currency is taken exactly when it is three capital letters A to Z", () => {
    const capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
    const threeCapitals = fc.tuple(fc.constantFrom(...capitals), fc.constantFrom(...capitals), fc.constantFrom(...capitals)).map((letters) => letters.join(""));
    fc.assert(
      fc.property(fc.oneof(threeCapitals, fc.constantFrom("USD", "EUR", "usd", "Usd", "ZAR", "XXX", "", " USD", "USD ", "ÄÖÜ", "US"), fc.string({ maxLength: 4 })), (currency) => {
        const run = () => validate("createOrder", zzOrder, { settings: { customNoOperationTypes: { ZZ: [currency] } } });
        const isoShaped = currency.length === 3 && [...currency].every((letter) => capitals.includes(letter));
        if (isoShaped) expect(run).not.toThrow();
        else expect(run).toThrow(TypeError);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the ESLint plugin", () => {
  it.each(wrong)("%s is oms-lint/settings' one error at 1:1, and no other oms-lint finding", async (_, setting, code, value) => {
    const dir = folder({});
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig({ customNoOperationTypes: setting }) });
    const [result] = await eslint.lintText(JSON.stringify(zzOrder), { filePath: join(dir, "order.json") });
    expect(result!.messages).toEqual([expect.objectContaining({ ruleId: "oms-lint/settings", severity: 2, line: 1, column: 1, message: expect.stringMatching(refusal(code, value)) })]);
  });

  it("an ISO code Create Order does not list (ZAR) leaves the other rules on: a taxed order still gets tax-rate-cap", async () => {
    const dir = folder({});
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig({ customNoOperationTypes: { ZZ: ["ZAR"] } }) });
    const [result] = await eslint.lintText(taxedOrder(), { filePath: join(dir, "order.json") });
    const rules = result!.messages.map((m) => m.ruleId);
    expect(rules).not.toContain("oms-lint/settings");
    expect(rules).toContain("oms-lint/tax-rate-cap");
  });
});

describe("the config file (the CLI and the language server read it)", () => {
  it.each(wrong)("%s is a config error at the entry (exit 2)", async (_, setting, code, value) => {
    const config = JSON.stringify({ settings: { customNoOperationTypes: setting } }, null, 2);
    const dir = folder({ "oms-lint.config.json": config, "order.json": JSON.stringify(zzOrder) });
    const run = await runCli(["order.json"], { cwd: dir });
    // The entry's string, found by search after its subtype's key.
    const before = config.slice(0, config.indexOf(JSON.stringify(value), config.indexOf(`"${code}"`))).split("\n");
    const [line, column] = [before.length, before.at(-1)!.length + 1];
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`oms-lint\\.config\\.json:${line}:${column}: .*${refusal(code, value).source}`));
  });

  it("an ISO code Create Order does not list (ZAR) is taken: an import order in ZAR gets its warnings, no config error", async () => {
    const config = JSON.stringify({ settings: { customNoOperationTypes: { ZZ: ["ZAR"] } } });
    const order = importOrder({ currency: "ZAR", orderPayments: [noOperationPayment({ noOperationType: "ZZ" })] });
    const dir = folder({ "oms-lint.config.json": config, "imp.json": JSON.stringify(order) });
    const run = await runCli(["--format", "json", "imp.json"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages;
    expect(messages.filter((m) => m.ruleId.startsWith("no-operation"))).toEqual([]);
  });

  it("in an override's settings too", async () => {
    const config = JSON.stringify({ overrides: [{ files: ["tenant-a/**"], settings: { customNoOperationTypes: { ZZ: ["usd"] } } }] }, null, 2);
    const dir = folder({ "oms-lint.config.json": config, "order.json": JSON.stringify(zzOrder) });
    const run = await runCli(["order.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(refusal("ZZ", "usd"));
  });

  it.each(right)("%s is taken", async (_, setting) => {
    const dir = folder({ "oms-lint.config.json": JSON.stringify({ settings: { customNoOperationTypes: setting } }), "order.json": JSON.stringify(zzOrder) });
    const run = await runCli(["--format", "json", "order.json"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect((JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.filter((m) => m.ruleId.startsWith("no-operation"))).toEqual([]);
  });
});
