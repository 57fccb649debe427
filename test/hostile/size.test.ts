import { closeSync, openSync, ftruncateSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { bodyTooLargeMessage, tooLargeMessage, tooLargeWording } from "../../src/source/fileSize.js";
import { maxProblemsPerRule } from "../../src/engine/ruleEngine.js";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, orderItem, type Json } from "../support/payloads.js";
import { repoRoot } from "../support/cli.js";
import { expectFatal, hostileRun, scratch } from "./support.js";

/**
 * SPEC §6, the limits that keep any file from exhausting time or memory: the file size
 * (--max-file-size), the nesting depth (nesting.test.ts), the entries of one list
 * (--max-entries), the values of one file (--max-values), and the problems listed. A 50 MB
 * payload's peak memory needs a process of its own: test/cli/process.test.ts. Sizes are
 * asserted, never timings.
 */

const MiB = 1024 * 1024;

describe("--max-file-size and limits.maxFileSize: a file past the limit is one fatal message, never read", () => {
  const folder = scratch("file-size");
  afterAll(folder.remove);
  const payload = JSON.stringify({ name: "gift note", value: "x".repeat(1000) });
  folder.write("custom.json", payload);
  // Sparse: 65 MiB on paper, nothing on disk; past the default 64 MiB.
  const huge = folder.write("huge.json", "");
  const fd = openSync(huge, "r+");
  ftruncateSync(fd, 65 * MiB);
  closeSync(fd);
  folder.write("config/oms-lint.config.json", JSON.stringify({ limits: { maxFileSize: "1KB" } }));
  folder.write("config/custom.json", payload);

  it("past the default 64 MiB: refused unread (exit 1), in any format", async () => {
    const run = await hostileRun(["--format", "json", "huge.json"], { cwd: folder.dir });
    expect(run.code).toBe(1);
    expectFatal(run.results?.[0], { message: /^the file is 65\.0 MiB, more than the 64\.0 MiB oms-lint reads.*--max-file-size/, line: 1, column: 1 });
    for (const format of ["stylish", "compact", "junit"]) expect((await hostileRun(["--format", format, "huge.json"], { cwd: folder.dir })).code).toBe(1);
  });

  it("a file just past the limit is said in bytes, never as the limit itself", () => {
    const limit = 64 * 1024 * 1024;
    expect(tooLargeMessage(limit + 1, limit)).toMatch(/^the file is 67108865 bytes, more than the 67108864 bytes oms-lint reads/);
    expect(tooLargeMessage(limit + 1024 * 1024, limit)).toMatch(/^the file is 65\.0 MiB, more than the 64\.0 MiB/);
  });

  it("--max-file-size lowers it (bytes or a unit), and raising it lets the file through", async () => {
    const small = await hostileRun(["--format", "json", "--max-file-size", "1KB", "custom.json"], { cwd: folder.dir });
    expectFatal(small.results?.[0], { message: new RegExp(`^the file is ${payload.length} bytes, more than the 1024 bytes`) });
    // Found by the audit of the CLI surfaces: a limit the user lowered is theirs, no claim that no payload is this large.
    expect(small.results?.[0]?.messages[0]?.message).toBe(
      `the file is ${payload.length} bytes, more than the 1024 bytes oms-lint reads: that is the limit set by --max-file-size or limits.maxFileSize in oms-lint.config.json, so it is not read (raise it to lint the file; by default it is 64.0 MiB)`,
    );
    expect((await hostileRun(["--format", "json", "--max-file-size", String(payload.length), "custom.json"], { cwd: folder.dir })).code).toBe(0);
  });

  it("the config's limits.maxFileSize applies; the command line wins over it", async () => {
    const cwd = folder.path("config");
    expectFatal((await hostileRun(["--format", "json", "custom.json"], { cwd })).results?.[0], { message: /more than the 1024 bytes oms-lint reads: that is the limit set by --max-file-size or limits\.maxFileSize/ });
    expect((await hostileRun(["--format", "json", "--max-file-size", "2KB", "custom.json"], { cwd })).code).toBe(0);
  });

  it("piped text past the limit: refused, and no size claimed where reading stopped", async () => {
    const run = await hostileRun(["--stdin", "--format", "json", "--max-file-size", "100"], { input: payload });
    expectFatal(run.results?.[0], { message: /^the file is more than the 100 bytes oms-lint reads \(reading stopped there\): that is the limit set by --max-file-size .*, so it is not linted/ });
    // Found by the CLI audit: 3,000,000 bytes piped were said to be 1077248, where reading stopped.
    const piped = await hostileRun(["--stdin", "--format", "json", "--max-file-size", "1MB"], { input: new Uint8Array(3_000_000) });
    expectFatal(piped.results?.[0], { message: /^the file is more than the 1\.0 MiB oms-lint reads \(reading stopped there\).*--max-file-size/ });
  });

  it.each([
    ["default", "the file is 65.0 MiB, more than the 64.0 MiB oms-lint reads: no payload is this large, so it is not read (raise the limit with --max-file-size, or limits.maxFileSize in oms-lint.config.json)"],
    ["set", "the file is 65.0 MiB, more than the 64.0 MiB oms-lint reads: that is the limit set by --max-file-size or limits.maxFileSize in oms-lint.config.json, so it is not read (raise it to lint the file; by default it is 64.0 MiB)"],
  ] as const)("a limit of origin %s is worded by where it came from", (origin, message) => {
    expect(tooLargeWording(origin)(65 * MiB, 64 * MiB)).toBe(message);
  });

  it.each([
    ["default", "the body is 65.0 MiB, more than the 64.0 MiB oms-lint reads: no payload is this large, so it is not checked, and the request was not sent (raise the limit with withPreSubmitCheck's maxBodySize option)"],
    ["set", "the body is 65.0 MiB, more than the 64.0 MiB oms-lint reads: that is the limit set by withPreSubmitCheck's maxBodySize option, so it is not checked, and the request was not sent (raise it to check the body; by default it is 64.0 MiB)"],
  ] as const)("withPreSubmitCheck's body past a limit of origin %s is worded by where the limit came from", (origin, message) => {
    expect(bodyTooLargeMessage(65 * MiB, 64 * MiB, origin)).toBe(message);
  });

  it("one byte is a byte", () => {
    expect(tooLargeMessage(2, 1)).toMatch(/^the file is 2 bytes, more than the 1 byte oms-lint reads/);
  });

  it.each(["0", "-1", "abc", "1TB", "1.5MB", "100000000000"])("--max-file-size %s: a usage error (exit 2)", async (size) => {
    const run = await hostileRun(["--max-file-size", size, "custom.json"], { cwd: folder.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--max-file-size/);
  });
});

describe("--max-entries, --max-values and their limits: refused before the rules (or JSON.parse) run", () => {
  const folder = scratch("entries");
  afterAll(folder.remove);
  const items = '{\n  "collection": [{}, {}, {}]\n}\n';
  folder.write("items.json", items);
  folder.write("config/oms-lint.config.json", JSON.stringify({ limits: { maxEntries: 2 } }));
  folder.write("config/items.json", items);
  // 6 million zeros in one list (12 MB): past both defaults; refused before JSON.parse builds it.
  folder.write("zeros.json", `[${"0,".repeat(6_000_000)}0]`);
  // 60 lists of 90,000 empty objects: no list too long, but 5.4 million values in all.
  folder.write("values.json", `[${Array(60).fill(`[${Array(90_000).fill("{}").join(",")}]`).join(",")}]`);

  it("--max-entries: the list's opening bracket; the config's limits.maxEntries the same", async () => {
    const at = { line: 2, column: 17, path: "/collection" };
    expect(items.split("\n")[1]!.indexOf("[") + 1).toBe(at.column);
    expectFatal((await hostileRun(["--format", "json", "--max-entries", "2", "items.json"], { cwd: folder.dir })).results?.[0], {
      message: /^this array holds more than 2 elements: .*--max-entries/,
      ...at,
    });
    expectFatal((await hostileRun(["--format", "json", "items.json"], { cwd: folder.path("config") })).results?.[0], { message: /more than 2 elements/, ...at });
    expectFatal(lintText(items, { maxEntries: 2 }), { message: /more than 2 elements/, ...at });
    expectFatal(lintText('{"name": "a", "value": "b", "x": 1}', { maxEntries: 2 }), { message: /^this object holds more than 2 members/, line: 1, column: 1 });
    // Within the limit, the records are checked: each lacks its IDs (a warning, as the example response shows them).
    expect(lintText(items, { maxEntries: 3 }).messages[0]?.ruleId).toBe("schema/response-shape");
  });

  it("--max-values: where the count passes it", async () => {
    expectFatal((await hostileRun(["--format", "json", "--max-values", "4", "items.json"], { cwd: folder.dir })).results?.[0], {
      message: /^the JSON holds more than 4 values by this one: .*--max-values/,
      line: 2,
      column: 26,
      // The root, "collection" and two {} are four: the third {} is the fifth value.
      path: "/collection/2",
    });
    expectFatal(lintText("[1, 2, 3]", { maxValues: 3 }), { message: /more than 3 values/, line: 1, column: 8, path: "/2" });
    expect(lintText("[1, 2]", { kind: "orderItemSearchResponse", maxValues: 3 }).messages[0]?.ruleId).toBe("schema");
  });

  it("a key written more times than an object may hold members: refused, at the object, whatever the key's length (found by the audit of hostile inputs)", () => {
    // JSON.parse keeps one member; each repeat is one more written (a 3.3 million-fold repeat ran ESLint's parser out of memory).
    // At the default limit, as a user meets it; the edge (every written member counted, none
    // more) at a lowered one: a text within the limit is linted whole, 100,001 repeats ~0.5 s.
    const repeated = (key: string, times: number) => `{"name": "n", "value": "v", ${Array(times).fill(`"${key}": 0`).join(", ")}}`;
    for (const key of ["a", "abcdefghij".repeat(3)]) {
      const text = repeated(key, 100_001);
      expectFatal(lintText(text), { message: /^this object holds more than 100000 members: .*the maxEntries option/, line: 1, column: 1 });
      expectFatal(lintText(text, { maxEntries: 100_002 }), { message: /more than 100002 members/, line: 1, column: 1 });
      const small = repeated(key, 11);
      expectFatal(lintText(small, { maxEntries: 12 }), { message: /more than 12 members/, line: 1, column: 1 });
      expect(lintText(small, { maxEntries: 13 }).messages.filter((m) => m.fatal)).toEqual([]);
    }
  });

  it("millions of values at the defaults: refused at once, the report says which limit", async () => {
    expectFatal((await hostileRun(["--format", "json", "zeros.json"], { cwd: folder.dir })).results?.[0], {
      message: /^this array holds more than 100000 elements/,
      line: 1,
      column: 1,
    });
    // The root and 55 lists of 90,001 values each are 4,950,056; the 56th list (index 55) is the next, and its 49,944th {} (index 49,943) the 5,000,001st.
    expectFatal((await hostileRun(["--format", "json", "values.json"], { cwd: folder.dir })).results?.[0], { message: /^the JSON holds more than 5000000 values/, path: "/55/49943" });
  });

  it.each(["--max-entries", "--max-values", "--max-depth"])("%s takes a whole number of at least 1 (else exit 2)", async (flag) => {
    for (const value of ["0", "x", "-3"]) expect((await hostileRun([flag, value, "items.json"], { cwd: folder.dir })).code).toBe(2);
  });
});

describe("thousands of problems: listed up to a limit, then one message says so", () => {
  const emptyItems = (length: number) => createOrder({ orderItems: Array.from({ length }, () => ({})) });
  const readOnly = (length: number) => createOrder({ orderItems: Array.from({ length }, () => orderItem({ itemSpecifics: { customItemData: { count: 7 } } })) });

  it("the schema check of a list stops after 1000 problems, at the element where it stopped", () => {
    // Two problems an empty line: 600 lines hold 1,200, past the 1,100 below, so that a check that did not stop fails
    // here as it did at 5,000 (each line past the stop still costs the rules' walk, ~0.1 ms).
    const { diagnostics } = validate("createOrder", emptyItems(600));
    const stop = diagnostics.find((d) => d.messageId === "errorLimit");
    expect(stop).toMatchObject({ ruleId: "schema", path: "/orderItems/500" });
    expect(diagnostics.filter((d) => d.ruleId === "schema").length).toBeLessThan(1100);
  });

  it("a list past its limit after warnings alone: the note is a warning too, and the order stays valid", () => {
    // 1,001 lines, each a numeric partNumber (schema/example-type: our reading, a warning): the
    // note that the check stopped was an error, and a pre-submit check refused an order the
    // documents give no reason to think the OMS refuses. (The rest of the list is still checked
    // for stated refusals: listTail.test.ts.)
    const numericParts = createOrder({ forceItemTaxOverride: false, orderItems: Array.from({ length: 1001 }, (_, i) => orderItem({ product: { partNumber: 1000 + i } })) });
    const result = validate("createOrder", numericParts);
    const stop = result.diagnostics.filter((d) => d.messageId === "errorLimit");
    expect(stop).toEqual([expect.objectContaining({ ruleId: "schema", severity: "warning", evidence: "inferred", path: "/orderItems/1000" })]);
    expect(stop[0]?.message).toContain("went on checking the rest of the list for errors only (as the rules' levels make them: by default, what the documents state the OMS refuses)");
    expect(result.valid).toBe(true);
    expect(result.errorCount).toBe(0);
    // One error among the counted problems keeps the note an error.
    const oneError = createOrder({ forceItemTaxOverride: false, orderItems: ["x", ...(numericParts.orderItems as Json[]).slice(1)] });
    expect(validate("createOrder", oneError).diagnostics.filter((d) => d.messageId === "errorLimit")).toEqual([
      expect.objectContaining({ severity: "error" }),
    ]);
  });

  it(`a rule lists at most ${maxProblemsPerRule} problems, then one message for the rest`, () => {
    // Just past the rule's limit (maxProblemsPerRule): 1,002 lines, one problem each; with the limit gone, 1,002 listed and no note.
    const { diagnostics } = validate("createOrder", readOnly(maxProblemsPerRule + 2));
    const valueTypes = diagnostics.filter((d) => d.ruleId === "custom-data-value-type");
    expect(valueTypes).toHaveLength(maxProblemsPerRule + 1);
    const note = valueTypes.filter((d) => d.message.startsWith("more problems of this rule are not listed"));
    expect(note).toEqual([expect.objectContaining({ path: "", severity: "warning" })]);
  });

  it("the CLI says the same, and its report stays small", async () => {
    const folder = scratch("problems");
    try {
      // Lines enough that each file's findings, were nothing capped, would pass the report's bounds below.
      folder.write("empty-items.json", JSON.stringify(emptyItems(5000)));
      folder.write("read-only.json", JSON.stringify(readOnly(3000), null, 1));
      const run = await hostileRun(["--format", "json", "."], { cwd: folder.dir });
      expect(run.code).toBe(1);
      for (const result of run.results!) expect(result.messages.length).toBeLessThan(2200);
      expect(run.stdout.length).toBeLessThan(4 * 1024 * 1024);
    } finally {
      folder.remove();
    }
  });

  it("a value quoted in a message is shortened: a million-character key, an integer of 100,000 digits", () => {
    const key = "k".repeat(1_000_000);
    const [unknown] = validate("orderCustomData", { name: "a", value: "b", [key]: 1 }).diagnostics;
    expect(unknown?.message.length).toBeLessThan(400);
    expect(unknown?.message).toContain("…");
    const digits = "9".repeat(100_000);
    const result = lintText(`{"name": "a", "value": "b", "n": ${digits}}`, { kind: "orderCustomData" });
    const huge = result.messages.find((m) => m.ruleId === "unsafe-integer");
    expect(huge?.message.length).toBeLessThan(400);
    expect(huge).toMatchObject({ path: "/n", line: 1, column: 34, endColumn: 34 + digits.length });
  });
});

describe("the repository's own examples stay within every limit", () => {
  it("lints examples/ at the defaults", async () => {
    const run = await hostileRun(["--format", "json", "examples"], { cwd: repoRoot });
    for (const result of run.results!) for (const m of result.messages) expect(m.message).not.toMatch(/--max-(depth|entries|values|file-size)/);
  });
});
