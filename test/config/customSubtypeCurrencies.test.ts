import { join } from "node:path";
import { ESLint } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { isDocumentedCurrency } from "../../src/domain/currencies.js";
import type { Settings } from "../../src/domain/settings.js";
import { runCli } from "../support/cli.js";
import { recommendedConfig } from "../support/eslintRun.js";
import { noOperationPayment, orderWithPayments } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * settings.customNoOperationTypes' currencies must be the documented codes (Create Order's "ISO
 * Code Currency" table: USD, RUB, …, in capitals). `{ ZZ: ["usd"] }` or `{ ZZ: ["US Dollar"] }`
 * was accepted, and a ZZ payment in USD then got "the no-operation subtype ZZ does not support
 * the order's currency "USD" (supported: usd …)" (audit of the ESLint plugin). The config file
 * (CLI, language server), the library and services, and the ESLint plugin refuse such an entry
 * in the same words, naming it.
 */

const folder = scratchFolders("custom-subtype-currencies");
const zzOrder = orderWithPayments([noOperationPayment({ noOperationType: "ZZ" })], { currency: "USD" });

/** The refusal's words for the entry of subtype `code` at `index` holding `value`. */
const refusal = (code: string, value: string) => new RegExp(`customNoOperationTypes: the currency ${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} listed for subtype "${code}" is not one of the 35 currency codes Create Order lists`);

const wrong: [string, NonNullable<Settings["customNoOperationTypes"]>, string, string][] = [
  ["lower case", { ZZ: ["usd"] }, "ZZ", "usd"],
  ["the currency's name", { ZZ: ["US Dollar"] }, "ZZ", "US Dollar"],
  ["an ISO code the documents do not list", { ZZ: ["USD", "ZAR"] }, "ZZ", "ZAR"],
  ["a second subtype's", { ZY: "all", ZZ: ["EUR", "eur"] }, "ZZ", "eur"],
];

const right: [string, NonNullable<Settings["customNoOperationTypes"]>][] = [
  ["listed codes", { ZZ: ["USD", "EUR"] }],
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

  it("property: a currency is taken exactly when it is one of the documented codes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom("USD", "EUR", "usd", "Usd", "ZAR", "XXX", "", " USD"), fc.string({ maxLength: 4 })), (currency) => {
        const run = () => validate("createOrder", zzOrder, { settings: { customNoOperationTypes: { ZZ: [currency] } } });
        if (isDocumentedCurrency(currency)) expect(run).not.toThrow();
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
