import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { detectKind } from "../../src/kinds/kindDetection.js";
import { kinds } from "../../src/kinds/kinds.js";
import { lintText } from "../../src/builtIn/linter.js";
import { validate } from "../../src/builtIn/linter.js";
import { positionOf, repoRoot, valuePosition } from "../support/cli.js";
import { byFile, hostileRun, libraryResult, scratch } from "./support.js";

/**
 * SPEC §6, keys and numbers that JSON.parse takes but loses or misreads: repeated keys,
 * `__proto__`, `constructor` and `prototype` (plain data, never a prototype), and integers
 * beyond 2^53 (reported at their digits, as written).
 */

const example = readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8");
const prototypeKeys = '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": {"polluted": 1}';
/** The documents' Create Order with the three keys in every one of its objects. */
const everywhere = example.replace(/\{(?=\s*")/g, `{ ${prototypeKeys},`);

/** What a polluted prototype would show: anything new on Object.prototype, Array.prototype or Function.prototype. */
function prototypes() {
  return [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join());
}

describe("__proto__, constructor and prototype keys at every level (SPEC §6)", () => {
  const before = prototypes();
  let parsed: unknown;
  beforeEach(() => {
    parsed = JSON.parse(everywhere);
  });
  afterEach(() => {
    expect(prototypes()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("are data: every object of the order holds them, and each is an unknown property where it stands", () => {
    expect(everywhere.match(/"__proto__"/g)!.length).toBeGreaterThan(15);
    const result = lintText(everywhere);
    expect(result.kind).toBe("createOrder");
    const unknown = result.messages.filter((m) => m.ruleId === "unknown-property").map((m) => m.path);
    for (const path of ["/__proto__", "/constructor", "/prototype", "/customer/__proto__", "/orderItems/0/product/constructor", "/orderPayments/0/paymentMethod/billingAddress/prototype"]) {
      expect(unknown).toContain(path);
    }
    // Placed at the key it is about: the top level's first "__proto__".
    const at = result.messages.find((m) => m.path === "/__proto__")!;
    expect(at).toMatchObject(positionOf(everywhere, '"__proto__"'));
  });

  it("validate() and lintText() for every kind, and the kind is never told from an inherited key", () => {
    for (const { kind } of kinds) {
      validate(kind, parsed);
      lintText(everywhere, { kind });
    }
    libraryResult(everywhere);
    expect(detectKind(JSON.parse('{"__proto__": {"orderItems": [], "orderStatus": "NEW"}, "constructor": {"name": "x", "value": "y"}}'))).toBeUndefined();
    expect(validate("orderItemSearch", "/api/v2/orderItem/?orderID=1&__proto__=x&constructor=y&prototype=z").diagnostics.map((d) => d.path)).toEqual(
      expect.arrayContaining([""]),
    );
  });

  it("a repeated __proto__ is a repeated key like any other", () => {
    const text = '{"name": "a", "value": "b", "__proto__": {"x": 1}, "__proto__": {"y": 2}}';
    const repeats = lintText(text).messages.filter((m) => m.ruleId === "duplicate-key");
    expect(repeats).toEqual([expect.objectContaining({ path: "/__proto__", ...valuePosition(text, "__proto__", 2) })]);
  });

  it("rule options, settings and --rule never reach a prototype either", async () => {
    expect(() => validate("createOrder", parsed, { rules: JSON.parse('{"__proto__": "off"}') })).toThrow(/unknown rule "__proto__"/);
    // A setting is checked by name: own keys named for the prototype are unknown settings, not a way in.
    expect(() => validate("createOrder", parsed, { settings: JSON.parse('{"__proto__": {"onBlocks": true}, "constructor": 1}') })).toThrow(/unknown setting "__proto__"/);
    const folder = scratch("proto-cli");
    try {
      folder.write("order.json", everywhere);
      const run = await hostileRun(["--format", "json", "order.json"], { cwd: folder.dir });
      // Unknown properties are warnings: exit 0.
      expect(run.code).toBe(0);
      expect(run.results![0]!.messages.filter((m) => m.path.endsWith("/__proto__")).length).toBeGreaterThan(10);
      for (const spec of ["__proto__:off", '__proto__:["error", {}]', "constructor:warn"]) {
        const rule = await hostileRun(["--rule", spec, "order.json"], { cwd: folder.dir });
        expect(rule.code).toBe(2);
        expect(rule.stderr).toMatch(/unknown rule "(__proto__|constructor)"/);
      }
      folder.write("config/oms-lint.config.json", '{"rules": {"__proto__": "off"}, "settings": {"__proto__": {}}}');
      folder.write("config/order.json", everywhere);
      const config = await hostileRun(["order.json"], { cwd: folder.path("config") });
      expect(config.code).toBe(2);
      expect(config.stderr).toMatch(/oms-lint\.config\.json:1:\d+: /);
    } finally {
      folder.remove();
    }
  });
});

describe("repeated keys and integers beyond 2^53 (SPEC §6): each at its own place in the text", async () => {
  const folder = scratch("keys");
  afterAll(folder.remove);
  const repeated = '{\n  "name": "a",\n  "value": "b",\n  "name": "c",\n  "name": "d"\n}\n';
  const nestedRepeat = example.replace('"firstName": "Test",', '"firstName": "Test", "firstName": "Again",');
  const digits = "1".repeat(400);
  const huge = `{\n  "name": "a",\n  "value": "b",\n  "big": 9007199254740993,\n  "negative": -9007199254740993,\n  "safe": 9007199254740991,\n  "long": ${digits},\n  "list": [1, 12345678901234567890123]\n}\n`;
  const files = { "repeated.json": repeated, "nested-repeat.json": nestedRepeat, "huge.json": huge };
  for (const [name, text] of Object.entries(files)) folder.write(name, text);
  const run = await hostileRun(["--format", "json", "."], { cwd: folder.dir });
  const results = byFile(run.results, folder.dir);

  it("every repeat after the first, at its value (CLI and lintText)", () => {
    for (const result of [results.get("repeated.json")!, lintText(repeated)]) {
      const repeats = result.messages.filter((m) => m.ruleId === "duplicate-key");
      expect(repeats.map((m) => ({ path: m.path, line: m.line, column: m.column }))).toEqual([
        { path: "/name", ...valuePosition(repeated, "name", 2) },
        { path: "/name", ...valuePosition(repeated, "name", 3) },
      ]);
    }
    const nested = results.get("nested-repeat.json")!.messages.filter((m) => m.ruleId === "duplicate-key");
    expect(nested).toEqual([expect.objectContaining({ path: "/customer/firstName", ...valuePosition(nestedRepeat, "firstName", 2) })]);
  });

  it("integers beyond 2^53, at their digits and quoted as written; 2^53 - 1 is safe", () => {
    const unsafe = results.get("huge.json")!.messages.filter((m) => m.ruleId === "unsafe-integer");
    expect(unsafe.map((m) => m.path)).toEqual(["/big", "/negative", "/long", "/list/1"]);
    expect(unsafe[0]).toMatchObject({ ...valuePosition(huge, "big"), message: expect.stringContaining("9007199254740993") });
    expect(unsafe[1]!.message).toContain("-9007199254740993");
    expect(unsafe[2]).toMatchObject({ ...valuePosition(huge, "long"), endColumn: valuePosition(huge, "long").column + digits.length });
    expect(unsafe[2]!.message.length).toBeLessThan(400);
    expect(lintText(huge).messages.filter((m) => m.ruleId === "unsafe-integer")).toHaveLength(4);
  });

  it("numbers past the double range parse to Infinity: never a crash", () => {
    for (const text of ['{"name": "a", "value": "b", "x": 1e400}', '{"orderItems": [{"itemSpecifics": {"actualPrice": -1e999, "quantity": 1e309}}]}']) {
      libraryResult(text);
      for (const { kind } of kinds) validate(kind, JSON.parse(text));
    }
  });
});
