import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fix, lintText, validate, type Kind } from "../../src/index.js";
import { repoRoot, runCli } from "../support/cli.js";
import { namesReadBySource, optionNamesTaken, payloadFieldNames } from "../support/readNames.js";
import { fuzzSeed } from "../fuzz/arbitraries.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { hostileValues, prototypes, withPolluted, type Pollution } from "../support/prototypePollution.js";

const configured = scratchFolders("polluted-config");

/**
 * A service that merges request data deeply (a vulnerable merge that writes `__proto__.x`)
 * pollutes Object.prototype for every object of the process, oms-lint's own among them:
 * `Object.prototype.rules = { schema: "off" }` made a refused body valid, and
 * `Object.prototype.key = "x"` threw out of lintText (found by the review of what a polluted
 * prototype reaches). Whatever name is polluted, with whatever value, the verdict on the
 * bundled examples is the one oms-lint gives on a clean prototype, and nothing throws. The
 * names: every option the public entry points take, every property name src/ and rules/
 * read off an object, and every payload field name (a body's own fields are read as sent,
 * test/service/pollutedPrototype.test.ts).
 */

/**
 * Names left out, each because Node or JSON itself misbehaves with it before oms-lint reads
 * anything (README, "values read as sent"): `then` makes every object a thenable, which
 * `await` and Promise resolution call (this test's own awaits among them); `toJSON` is called
 * by JSON.stringify on every object it writes (a function there changes the body sent, as it
 * would the service's); `return` is called by every for-of loop that stops early, on the
 * engine's own iterators (a string there throws out of any loop); `signal` is read by Node's fs
 * off the options it builds as a plain object, `readFileSync(path, "utf8")` among them (Node 20:
 * "The "options.signal" property must be an instance of AbortSignal", before the file is read;
 * drawn once the names src/ reads grew, at the start of the thirty-eighth stop). An exhaustive run
 * over every name and value (7 values, 1,260 names, both prototypes) found no other. A name the
 * prototype already holds (toString, valueOf, Array.prototype's map) is no added name but a built-in replaced.
 */
const nodeMisbehaves = new Set(["then", "toJSON", "return", "signal"]);

const pollutable = (prototype: object) => (name: string) => !nodeMisbehaves.has(name) && !(name in prototype);

/** The bundled examples and the broken ones, each with the kind its file name starts with. */
const payloads = ["examples", "examples/broken"].flatMap((folder) =>
  readdirSync(join(repoRoot, folder))
    .filter((file) => file.endsWith(".json"))
    .map((file) => {
      const text = readFileSync(join(repoRoot, folder, file), "utf8");
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      return { file: `${folder}/${file}`, text, kind: file.replace(/[-.].*$/, "") as Kind, value };
    }),
);

/**
 * An order past a list's note (1,003 lines without a partNumber, then misspelt ones): the note
 * and the counted give-way read the schema check's own error objects, which inherit
 * Object.prototype (a polluted `constraint` gave the note one; found by a scan after the merge).
 */
const pastNote = (() => {
  const order = JSON.parse(readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8")) as { orderItems: { product: Record<string, unknown> }[] };
  const [line] = order.orderItems;
  order.orderItems = Array.from({ length: 1005 }, (_, i) => {
    const copy = structuredClone(line!);
    if (i >= 1003) copy.product.partnumber = copy.product.partNumber;
    delete copy.product.partNumber;
    return copy;
  });
  return order;
})();

/** What a caller gets: validate() of each parsed example, lintText() with the kind told and with it found, the rules' levels given, and fix() (which read `fix` off findings that hold none). */
function verdicts(): unknown[] {
  return payloads.map(({ file, text, kind, value }) => [
    value === undefined ? undefined : validate(kind, structuredClone(value)),
    lintText(text, { filePath: file }),
    lintText(text, { kind, rules: { "unknown-property": "warn" } }),
    fix(text, undefined, { filePath: file }),
  ]);
}

/**
 * What a clean prototype gives: the same for every test here, so computed once, on first use
 * (outside any pollution), not once a test.
 */
function once<T>(compute: () => T): () => T {
  let computed: { value: T } | undefined;
  return () => (computed ??= { value: compute() }).value;
}
const cleanVerdicts = once(verdicts);

/** The CLI in this process over one broken payload and, its fixes shown, the import example: what it prints and its exit code. */
const cliFile = "examples/broken/createOrder-business-rules.json";
const cliRun = async () => [await runCli(["--format", "json", cliFile], { cwd: repoRoot }), await runCli(["--fix-dry-run", "examples/importOrder.json"], { cwd: repoRoot })];

/**
 * Index-like names: a read past an array's end (`frames[frames.length - 1]` of none,
 * `all[i + 1]` of the last) falls through to the prototype, so `Object.prototype["-1"] = "x"`
 * threw out of validate() and `Object.prototype["1"]` out of lintText() (found by the review
 * of this morning's defence). Every index a read of the examples can run past, and -1.
 */
const indexNames = ["-1", ...Array.from({ length: 201 }, (_, i) => String(i))];

describe("a polluted prototype does not change oms-lint's verdict", () => {
  const sorted = (names: Set<string>) => [...names].sort();
  const options = sorted(optionNamesTaken());
  const read = sorted(namesReadBySource());
  const fields = sorted(payloadFieldNames());

  it.each<[string, string, unknown]>([
    ["a rules config that turns the schema off", "rules", { schema: "off" }],
    ["settings that are no object (validate() threw a TypeError about options it was not given)", "settings", "x"],
    ["a depth limit of 1", "maxDepth", 1],
  ])("Object.prototype holding %s: a Create Order without its currency is still refused", async (_case, name, value) => {
    const { currency: _sent, ...withoutCurrency } = JSON.parse(readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8")) as Record<string, unknown>;
    const found = await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, name, [_case, value]]], () => validate("createOrder", withoutCurrency));
    expect(found.valid).toBe(false);
    expect(found.diagnostics).toEqual([expect.objectContaining({ ruleId: "schema", severity: "error", path: "/currency", message: expect.stringMatching(/^currency is required/) })]);
  });

  // Beside the examples, a line whose quantity is put in its product and whose partNumber is misspelt (findings placed at keys).
  const keyed = JSON.parse(readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8")) as { orderItems: { product: Record<string, unknown>; itemSpecifics: Record<string, unknown> }[] };
  const [keyedLine] = keyed.orderItems;
  keyedLine!.product.quantity = keyedLine!.itemSpecifics.quantity;
  delete keyedLine!.itemSpecifics.quantity;
  keyedLine!.product.partnumber = keyedLine!.product.partNumber;
  delete keyedLine!.product.partNumber;
  const keyedText = JSON.stringify(keyed, null, 2);
  const readKeyed = () => [verdicts(), validate("createOrder", structuredClone(keyed)), lintText(keyedText, { kind: "createOrder" })];
  const cleanKeyed = once(readKeyed);

  // The values oms-lint compares a finding's optional fields with, which the drawn values above
  // are not: a finding made without `at` read Object.prototype's "key" and was placed at a key.
  it.each<[string, unknown]>([
    ["at", "key"],
    ["at", "value"],
    ["severity", "error"],
    ["evidence", "stated"],
  ])("Object.prototype.%s holding %j: validate(), lintText() and fix() give the clean prototype's results", async (name, value) => {
    const found = await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, name, [String(value), value]]], readKeyed);
    expect(found).toEqual(cleanKeyed());
  });

  const importText = readFileSync(join(repoRoot, "examples/importOrder.json"), "utf8");
  const fixRun = async () => [fix(importText), await runCli(["--fix-dry-run", "examples/importOrder.json"], { cwd: repoRoot })];
  const cleanFixRun = once(fixRun);
  it.each(hostileValues)("Object.prototype.fix holding %s: fix() and --fix-dry-run give the clean prototype's result", async (label, value) => {
    const clean = await cleanFixRun();
    expect(await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, "fix", [label, value]]], fixRun)).toEqual(clean);
  });

  it("Object.prototype.existing: fix() of a custom data record gives the clean prototype's result (its options' rest inherited it, and read the record as a PUT's body)", async () => {
    const text = readFileSync(join(repoRoot, "examples/orderCustomDataRecord.json"), "utf8");
    const clean = fix(text, undefined, { filePath: "record.json" });
    expect(await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, "existing", ["a string", "x"]]], () => fix(text, undefined, { filePath: "record.json" }))).toEqual(clean);
  });

  it.each(["-1", "0", "1", "34"])("Object.prototype[%j] holding a string: validate(), lintText() and fix() give the clean prototype's results", async (name) => {
    const clean = cleanVerdicts();
    expect(await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, name, ["a string", "x"]]], verdicts)).toEqual(clean);
  });

  // A field name there makes every body read as sent (asSent), whose answer is told from its
  // limit's finding by a `finding` key: read through the prototype, every example was "found"
  // to be the string "x", and validate() threw (seed 2's counterexample).
  it.each<[string, string[]]>([
    ["finding, SKU and -1", ["finding", "SKU", "-1"]],
    ["finding and currency", ["finding", "currency"]],
  ])("Object.prototype holding %s: validate(), lintText() and fix() give the clean prototype's results", async (_label, names) => {
    const clean = cleanVerdicts();
    const pollutions = names.map((name): Pollution => ["Object.prototype", Object.prototype as Record<string, unknown>, name, ["a string", "x"]]);
    expect(await withPolluted(pollutions, verdicts)).toEqual(clean);
  });

  // The tax cap's findings told its kinds apart by `name in over`: `taxAtLeast` or `subtotalBelow`
  // true made "a tax rate of 30%" read "at least 30%" (and "a subtotal of below 5"); any
  // `onDoubles` made the cap's error an internal error (found by a probe of every `in` after seed 2).
  it.each<[string, unknown]>([
    ["taxAtLeast", true],
    ["subtotalBelow", true],
    ["onDoubles", "x"],
    ["onDoubles", null],
    // The rules reported a verdict's order total and pair of readings by destructuring them, which the prototype answers where a
    // verdict has none: every example's tax-rate-cap rules were internal errors (found by the audit of the other by-name reads).
    ["either", "x"],
    ["order", "x"],
    ["order", 7],
  ])("Object.prototype.%s holding %j: validate(), lintText() and fix() give the clean prototype's results", async (name, value) => {
    const clean = cleanVerdicts();
    expect(await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, name, [String(value), value]]], verdicts)).toEqual(clean);
  });

  it("Object.prototype.limit holding a string: a body JSON.stringify cannot write (a Date beside a BigInt) gets the clean prototype's findings", async () => {
    // Written by hand past the BigInt's throw; whether that write stopped at a limit was asked by `"limit" in`, which the prototype answered.
    const order = JSON.parse(readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8")) as Record<string, unknown>;
    order.customOrderData = { big: 12n, when: new Date(0) };
    const run = () => validate("createOrder", order);
    const clean = run();
    expect(clean.diagnostics).toEqual([expect.objectContaining({ ruleId: "schema", path: "/customOrderData/big" })]);
    expect(await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, "limit", ["a string", "x"]]], run)).toEqual(clean);
  });

  it.each([
    ["gives no settings", { rules: { "unknown-property": "warn" } }],
    ["gives its settings in an overrides entry (merged for the files it matches)", { overrides: [{ files: ["**/*.json"], settings: { certifiedPartNumbers: ["CERT-1"] } }] }],
  ])("the CLI with a config that %s reads no setting off a polluted Object.prototype", async (_label, config) => {
    // A config's settings are read once a run, not once a file (settledData): the run's objects,
    // `{}` where the file gives none, answered Object.prototype's `skipInternationalTax`. Set as
    // a module preloaded with `node -r` would set it, not enumerable (an enumerable name is one
    // the config's own check refuses as unknown, exit 2).
    const dir = configured({ "oms-lint.config.json": JSON.stringify(config), "order.json": readFileSync(join(repoRoot, cliFile), "utf8") });
    const run = () => runCli(["--format", "json", "order.json"], { cwd: dir });
    const clean = await run();
    expect(clean.stdout).toContain('"ruleId":"tax-rate-cap"');
    const settings = { skipInternationalTax: true, onBlocks: true, certifiedPartNumbers: ["x"] };
    try {
      for (const [name, value] of Object.entries(settings)) Object.defineProperty(Object.prototype, name, { value, configurable: true, writable: true });
      expect(await run()).toEqual(clean);
    } finally {
      for (const name of Object.keys(settings)) delete (Object.prototype as Record<string, unknown>)[name];
    }
  });

  it.each(["x", "order.json"])("Object.prototype.file holding %j: the CLI's report goes to standard output, and no file is written or overwritten", async (name) => {
    // A report target without a file (`-f json`) was `{ format }`, whose `file` the prototype
    // answered: the run wrote its report to a file so named in the working folder, over the
    // payload itself when it was named so (seed 40's counterexample, which left a file `x` in the repository).
    const text = readFileSync(join(repoRoot, cliFile), "utf8");
    const dir = configured({ "order.json": text });
    const run = () => runCli(["--format", "json", "order.json"], { cwd: dir });
    const clean = await run();
    expect(clean.stdout).toContain('"ruleId":"tax-rate-cap"');
    expect(await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, "file", ["a string", name]]], run)).toEqual(clean);
    expect(readdirSync(dir).sort()).toEqual(["order.json"]);
    expect(readFileSync(join(dir, "order.json"), "utf8")).toBe(text);
  });

  it("a list's note, and what the check counts past it, take nothing from a polluted Object.prototype's `constraint`", async () => {
    // One call a value: each pollution makes V8 drop its compiled code, and the order is 1,005 lines.
    const run = () => validate("createOrder", structuredClone(pastNote), { rules: { "unknown-property": "error" } });
    const clean = run();
    expect(clean.diagnostics).toContainEqual(expect.objectContaining({ messageId: "errorLimit", path: "/orderItems/1000" }));
    for (const [label, value] of hostileValues.filter(([, value]) => typeof value === "string" || (typeof value === "object" && value !== null && !Array.isArray(value)))) {
      expect(await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, "constraint", [label, value]]], run)).toEqual(clean);
    }
  });

  it.each<[string, unknown]>([
    ["fix", "x"],
    ["suggestion", "x"],
    ["at", "x"],
    ["at", "key"],
  ])("Object.prototype.%s holding %j: a field put in another object is still one finding, at its key (found by the differential review)", async (name, value) => {
    const order = JSON.parse(readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8")) as { orderItems: { product: Record<string, unknown>; itemSpecifics: Record<string, unknown> }[] };
    const [line] = order.orderItems;
    line!.product.quantity = line!.itemSpecifics.quantity;
    delete line!.itemSpecifics.quantity;
    const run = () => validate("createOrder", structuredClone(order), { rules: { "unknown-property": "error" } });
    const clean = run();
    expect(clean.diagnostics).toEqual([expect.objectContaining({ ruleId: "schema/line-item-crucial", path: "/orderItems/0/product/quantity" })]);
    expect(await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, name, [String(value), value]]], run)).toEqual(clean);
  });

  it("collects the names it pollutes from the sources (the options, the names src/ reads, the payload fields)", () => {
    expect(options).toEqual(expect.arrayContaining(["rules", "settings", "existing", "maxDepth", "kind"]));
    expect(read).toEqual(expect.arrayContaining(["key", "fix", "outweighs", "failOn", "limits"]));
    expect(fields).toEqual(expect.arrayContaining(["currency", "orderItems", "quantity"]));
  });

  it("validate(), lintText() and the CLI give the clean prototype's results, whatever name and value are set on Object.prototype or Array.prototype", async () => {
    const clean = cleanVerdicts();
    const cleanCli = await cliRun();
    // Each change of a prototype makes V8 drop what it compiled for every object: a run pollutes
    // several names at once (all of them must leave the verdict alone), so that few runs cover
    // many names. An exhaustive run of every name and value took six minutes.
    const pollution: fc.Arbitrary<Pollution> = fc.constantFrom(...prototypes).chain(([where, prototype]) =>
      fc.tuple(
        fc.constant(where),
        fc.constant(prototype),
        fc.oneof(fc.constantFrom(...options), fc.constantFrom(...read), fc.constantFrom(...fields), fc.constantFrom(...indexNames)).filter(pollutable(prototype)),
        fc.constantFrom(...hostileValues),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(pollution, { minLength: 1, maxLength: 8, selector: ([where, , name]) => `${where}.${name}` }), async (pollutions) => {
        const [found, cli] = await withPolluted(pollutions, async () => [verdicts(), await cliRun()] as const);
        expect(found).toEqual(clean);
        expect(cli).toEqual(cleanCli);
      }),
      { seed: fuzzSeed, numRuns: 20 },
    );
  });
});
