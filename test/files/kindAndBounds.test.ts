import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { applyPlanned } from "../../src/fix/textEdits.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { fix, lintHttpFile, lintPostmanCollection, lintText, validate } from "../../src/builtIn/linter.js";
import { createLinter } from "../../src/lint/linter.js";
import { checkRequest, isValid, withPreSubmitCheck } from "../../src/index.js";
import { applyFix } from "../../src/fix/fix.js";
import { unifiedDiff } from "../../src/fix/unifiedDiff.js";
import { formatters } from "../../src/formatters/index.js";
import { createOrder, importOrder, orderItem, orderWithItems } from "../support/payloads.js";
import { runCli } from "../support/cli.js";

const dir = mkdtempSync(join(tmpdir(), "oms-lint-kind-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = JSON.parse(readFileSync(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)), "utf8"));

describe("the config decides the kind before the content does", () => {
  // A Create Order with a schema error (locale) that also carries a Postman-looking info.schema.
  const order = { ...example, locale: "xx-XX", info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" } };
  mkdirSync(join(dir, "orders"), { recursive: true });
  writeFileSync(join(dir, "orders/order.json"), JSON.stringify(order, null, 2));

  it("a files mapping to createOrder wins over Postman sniffing: the order's errors are found", async () => {
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "orders/*.json", kind: "createOrder" }] }));
    const run = await runCli(["-f", "json", "orders/order.json"], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(result.kind).toBe("createOrder");
    expect(result.messages.some((m: { path: string }) => m.path === "/locale")).toBe(true);
    expect(run.code).toBe(1);
  });

  it("without either, the file says which it was taken for, and how to have it read as an order", async () => {
    const run = await runCli(["--no-config", "-f", "json", "orders/order.json"], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(run.code).toBe(1);
    expect(result.messages.map((m: { message: string }) => m.message)).toEqual([
      'taken for a Postman collection (by its name or its info.schema), but it has no "item" array; if it is a payload, name its kind with --kind <kind> or map the file to a kind under "files" in oms-lint.config.json',
    ]);
  });

  it("--kind wins too", async () => {
    const run = await runCli(["--no-config", "--kind", "createOrder", "-f", "json", "orders/order.json"], { cwd: dir });
    expect(JSON.parse(run.stdout)[0].kind).toBe("createOrder");
    expect(run.code).toBe(1);
  });
});

describe("library options that size work are range-checked", () => {
  it("splitOrder(o, { minorDigits: 1e8 }) is a TypeError that says the range", () => {
    const order = orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" })]);
    expect(() => splitOrder(order, { minorDigits: 1e8 })).toThrow(new TypeError("splitOrder: minorDigits must be a whole number from 0 to 8 (ISO 4217 currencies use 0 to 4); got 100000000"));
    expect(splitOrder(order, { minorDigits: 8 }).split).toBe(true);
  });
});

/** Options a caller revoked before the call: no check can read them. */
function revokedProxy(): never {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy as never;
}

describe("library arguments: a TypeError that says what was expected, never V8's own", () => {
  const order = createOrder();
  const text = JSON.stringify(order);
  it.each([
    ["validate(kind, value, null)", () => validate("createOrder", order, null as never), "validate: options must be an object (such as { rules, settings }); got null"],
    ["lintText(buffer)", () => lintText(Buffer.from(text) as never), 'lintText: the text must be a string; got a Buffer (decode it first: Buffer.from(bytes).toString("utf8"))'],
    ["rules: \"off\"", () => validate("createOrder", order, { rules: "off" as never }), 'validate: options.rules must be an object such as { "tax-rate-cap": "warn" }; got the string "off"'],
    ["settings: []", () => lintText(text, { settings: [] as never }), "lintText: options.settings must be an object such as { onBlocks: true }; got an array"],
    // A Map was copied as an object of no entries: its rules and settings did nothing, silently (found by the review of the prototype defence).
    ["rules: a Map", () => validate("createOrder", order, { rules: new Map([["tax-rate-cap", "off"]]) as never }), 'validate: options.rules must be an object such as { "tax-rate-cap": "warn" }; got a Map'],
    ["settings: a Map, to isValid", () => isValid("createOrder", order, { settings: new Map([["onBlocks", true]]) as never }), "isValid: options.settings must be an object such as { onBlocks: true }; got a Map"],
    // A WeakMap or WeakSet was read as an object of no entries, as a Map was.
    ["rules: a WeakMap", () => validate("createOrder", order, { rules: new WeakMap() as never }), 'validate: options.rules must be an object such as { "tax-rate-cap": "warn" }; got a WeakMap'],
    ["settings: a WeakSet, to lintText", () => lintText(text, { settings: new WeakSet() as never }), "lintText: options.settings must be an object such as { onBlocks: true }; got a WeakSet"],
    ["maxDepth: -1", () => lintText(text, { maxDepth: -1 }), "lintText: options.maxDepth must be a whole number from 1 to 9007199254740991; got the number -1"],
    ["maxEntries: 1e20", () => fix(text, "createOrder", { maxEntries: 1e20 }), "fix: options.maxEntries must be a whole number from 1 to 9007199254740991; got the number 100000000000000000000"],
    ["maxValues: \"x\"", () => lintText(text, { maxValues: "x" as never }), 'lintText: options.maxValues must be a whole number from 1 to 9007199254740991; got the string "x"'],
    ["maxDepth: 1.5 to lintHttpFile", () => lintHttpFile("GET https://x.example/\n", "a.http", { maxDepth: 1.5 }), "lintHttpFile: options.maxDepth must be a whole number from 1 to 9007199254740991; got the number 1.5"],
    // These three threw V8's words ("Cannot perform 'IsArray' on a proxy that has been revoked", "e is not iterable") or passed a number on as the file's name.
    ["a revoked Proxy as the options", () => validate("createOrder", order, revokedProxy()), "validate: options cannot be read (a revoked Proxy?): pass a plain object"],
    ["a revoked Proxy as checkRequest's options", () => checkRequest({ url: "https://integration.shopatron.com/api/v2/orderItem/?orderID=1" }, revokedProxy()), "checkRequest: options cannot be read (a revoked Proxy?): pass a plain object"],
    ["a revoked Proxy as the request", () => checkRequest(revokedProxy()), "checkRequest: the request cannot be read (a revoked Proxy?): pass a plain object"],
    ["a revoked Proxy as withPreSubmitCheck's options", () => withPreSubmitCheck(fetch, revokedProxy()), "withPreSubmitCheck: options cannot be read (a revoked Proxy?): pass a plain object"],
    ["createLinter({})", () => createLinter({} as never), "createLinter: pass { rules: [...] }, the rules to run (the package's rules export and your own defineRule() rules); got rules undefined"],
    ["createLinter()", () => createLinter(undefined as never), "createLinter: pass { rules: [...] }, the rules to run (the package's rules export and your own defineRule() rules); got undefined"],
    ["a number as lintHttpFile's file name", () => lintHttpFile("GET https://x.example/\n", 5 as never), 'lintHttpFile: the file name must be a string (such as "orders.http" or "orders.postman_collection.json"); got the number 5'],
    ["a number as lintPostmanCollection's file name", () => lintPostmanCollection("{}", 5 as never), 'lintPostmanCollection: the file name must be a string (such as "orders.http" or "orders.postman_collection.json"); got the number 5'],
  ])("%s", (_name, call, message) => {
    expect(call).toThrow(new TypeError(message));
  });

  // Found by reading the README's promise against the library: these threw V8's errors from the bundle.
  // maxAmount -1 where null is documented: a finding with a safe fix.
  const minusOne = JSON.stringify({ ...order, orderPayments: (order.orderPayments as Record<string, unknown>[]).map((p) => ({ ...p, maxAmount: -1 })) });
  const textEdit = lintText(minusOne, { kind: "createOrder" }).messages.find((m) => m.fix)?.fix;
  it.each([
    ["applyFix(text, undefined)", () => applyFix(text, undefined as never), "applyFix: the edit must be a JSON edit, { path, remove: true } or { path, value }, as a validate() diagnostic's fix; got undefined"],
    ["applyFix(text, {})", () => applyFix(text, {} as never), "applyFix: the edit must be a JSON edit, { path, remove: true } or { path, value }, as a validate() diagnostic's fix; got an object"],
    [
      "applyFix(text, a lintText message's fix)",
      () => applyFix(text, textEdit as never),
      "applyFix: the edit must be a JSON edit, { path, remove: true } or { path, value }, as a validate() diagnostic's fix; got an object; a lintText message's fix is a text edit (line, column, endLine, endColumn, text), already placed",
    ],
    ["applyFix(5, edit)", () => applyFix(5 as never, { path: "/x", remove: true }), "applyFix: the text must be a string; got the number 5"],
    // An edit of the right shape whose value JSON cannot write: "got an object" named the edit, not what was wrong in it.
    ["applyFix(text, { path, value: NaN })", () => applyFix(text, { path: "/x", value: Number.NaN }), "applyFix: edit.value must be a value JSON writes (null, a boolean, a string or a finite number); got the number NaN"],
    ["applyFix(text, { path, value: an object })", () => applyFix(text, { path: "/x", value: { a: 1 } } as never), "applyFix: edit.value must be a value JSON writes (null, a boolean, a string or a finite number); got an object"],
    ["unifiedDiff(5, \"x\")", () => unifiedDiff(5 as never, "x"), "unifiedDiff: before must be a string; got the number 5"],
    ["unifiedDiff context -1", () => unifiedDiff("a", "b", { context: -1 }), "unifiedDiff: options.context must be a whole number of lines from 0; got the number -1"],
    ["formatters.compact(5)", () => formatters.compact(5 as never), "formatters.compact: results must be an array of lint results (what lintText returns, in a list: [lintText(text)]); got the number 5"],
    ["formatters.compact([{}])", () => formatters.compact([{}] as never), "formatters.compact: results[0].filePath must be a string; got undefined"],
    ["formatters.sarif([lintText(text)] with a message's line a string)", () => formatters.sarif([{ filePath: "a.json", messages: [{ ruleId: "r", message: "m", severity: 2, path: "", line: "1", column: 1, endLine: 1, endColumn: 2 }] }] as never), 'formatters.sarif: results[0].messages[0].line must be a whole number; got the string "1"'],
  ])("%s", (_name, call, message) => {
    expect(call).toThrow(new TypeError(message));
  });

  it("what the library's own calls give the fix functions and formatters passes the checks", () => {
    const result = lintText(JSON.stringify({ name: "a", value: "b", extra: 1 }), { kind: "orderCustomData", filePath: "a.json" });
    expect(formatters.compact([result])).toContain("a.json:1:");
    const [diagnostic] = validate("createOrder", JSON.parse(minusOne)).diagnostics.filter((d) => d.fix);
    expect(diagnostic!.path).toBe("/orderPayments/0/maxAmount");
    expect(applyFix(minusOne, diagnostic!.fix!)).toBe(minusOne.replace('"maxAmount":-1', '"maxAmount":null'));
    expect(unifiedDiff("a\n", "b\n", { fromFile: "x", toFile: "y", context: 0 })).toBe("--- x\n+++ y\n@@ -1 +1 @@\n-a\n+b\n");
  });

  it("the config's limits and the command line's are bounded the same way (exit 2, one line)", async () => {
    writeFileSync(join(dir, "limits.json"), JSON.stringify({ limits: { maxValues: 1e300 } }));
    const config = await runCli(["-c", "limits.json", "orders/order.json"], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/^oms-lint: limits\.json:1:24: limits\.maxValues must be a whole number from 1 to 9007199254740991\n$/);
    const flag = await runCli(["--no-config", "--max-depth", "99999999999999999999999", "orders/order.json"], { cwd: dir });
    expect(flag).toEqual({ code: 2, stdout: "", stderr: 'oms-lint: --max-depth takes a whole number of at most 9007199254740991, not "99999999999999999999999"\n' });
  });
});

describe("numbers out of range are named with their field and the range", () => {
  it('"shippingTax": 1e999 on an import (its table types it number) is past the double range, and the message says so', () => {
    const result = lintText(JSON.stringify(importOrder({ shippingTax: 7 })).replace('"shippingTax":7', '"shippingTax":1e999'), { kind: "importOrder" });
    expect(result.messages.filter((m) => m.path === "/shippingTax").map((m) => [m.severity, m.message])).toEqual([
      [2, 'shippingTax must be a number or null (the import document: "shippingTax number"); this one is beyond the range of a JSON number as parsers read it (±1.7976931348623157e+308), so it reads as Infinity'],
    ]);
  });

  it("NaN handed to validate() is named NaN, not a number past the range", () => {
    const result = validate("orderCustomData", { name: Number.NaN, value: "x" } as never);
    expect(result.diagnostics.map((d) => [d.path, d.message])).toEqual([
      ["/name", "name must be a string (the custom data key); this one is NaN, which no JSON number can be (JSON.stringify writes it as null)"],
    ]);
  });

  it("9007199254740993.5 is a number beyond 2^53, not called an integer", () => {
    const result = lintText(JSON.stringify(createOrder({ shippingTax: 1 })).replace('"shippingTax":1', '"shippingTax":9007199254740993.5'), { kind: "createOrder" });
    const [finding] = result.messages.filter((m) => m.ruleId === "unsafe-integer");
    expect(finding?.message).toBe(
      "the number 9007199254740993.5 is past 2^53 - 1 (9007199254740991), beyond which parsers that read numbers as doubles hold only some whole numbers: it may be rounded, so the OMS may read a different number (our reading of RFC 8259 §6; the vendor's documents give no such limit)",
    );
  });
});

describe("fixes are applied in one pass", () => {
  it("30,000 edits over a 12 MB text: each made, every other character kept", () => {
    const unit = '{"maxAmount": -1, "pad": "' + "x".repeat(380) + '"},';
    const text = unit.repeat(30_000);
    const at = unit.indexOf("-1");
    const edits = Array.from({ length: 30_000 }, (_, i) => ({ offset: i * unit.length + at, length: 2, content: "null" }));
    // In reverse order: the edits are sorted, not taken as given.
    const output = applyPlanned(text, { edits: edits.reverse(), applied: [] });
    expect(text.length).toBeGreaterThan(12_000_000);
    expect(output).toBe(unit.replace("-1", "null").repeat(30_000));
  });
});
