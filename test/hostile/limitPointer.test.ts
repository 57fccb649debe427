import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection, lintText } from "../../src/builtIn/linter.js";
import { emptyConfig } from "../../src/config/config.js";
import { checkRequest } from "../../src/index.js";
import { toDiagnostic } from "../../src/lsp/diagnostics.js";
import { lintDocument } from "../../src/lsp/documentLint.js";
import { JsonTokens } from "../../src/source/jsonTokens.js";
import { repoRoot, runCli } from "../support/cli.js";

/**
 * A text past a structural limit (too deep, too many entries in one array or object, too many
 * values) is refused at the place the limit was passed, and that place is named by its JSON
 * Pointer as every other finding is: lintText, the CLI (json's path, SARIF's logical location),
 * the language server and a request file's body gave path "" (the whole document) with the
 * right line, where validate() of the parsed value names the array.
 */

const dir = mkdtempSync(join(tmpdir(), "oms-lint-limit-pointer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parseFaults = (messages: readonly { ruleId: string; path: string; line: number; column: number }[]) =>
  messages.filter((m) => m.ruleId === "parse").map(({ path, line, column }) => ({ path, line, column }));

describe("lintText: the limit's fault names the place by its pointer", () => {
  // Each pointer read off the text by hand: the container or value at the line and column given.
  it.each([
    ["an array of four under maxEntries 3", `{"externalOrderID":"x","orderItems":[{},{},{},{}]}`, { maxEntries: 3 }, "/orderItems", 1, 37],
    ["an object five levels deep under maxDepth 4", `{"orderItems":[{"itemSpecifics":{"options":{"a":[1]}}}]}`, { maxDepth: 4 }, "/orderItems/0/itemSpecifics/options", 1, 44],
    ["the sixth value under maxValues 5 (counted before the parse)", `{"a":1,"b":[true,null],"c":"x"}`, { maxValues: 5 }, "/c", 1, 24],
    ["keys holding / and ~, escaped", `{"a/b":{"~":[1,2,3,4]}}`, { maxEntries: 3 }, "/a~1b/~0", 1, 13],
    ["arrays within arrays: the indexes", `[[1],[2],[[1,2,3,4]]]`, { maxEntries: 3 }, "/2/0", 1, 11],
    ["indented, on its own line", `{\n  "orderItems": [\n    {},\n    {\n      "a": [1, 2, 3, 4]\n    }\n  ]\n}`, { maxEntries: 3 }, "/orderItems/1/a", 5, 12],
    ["an array past the limit before a trailing comma (the fault JSON.parse finds comes later)", `{"a":[1,2,3,4],}`, { maxEntries: 3 }, "/a", 1, 6],
    ["a key repeated past the limit: its object, counted as written", `{"o":{"k":1,"k":2,"k":3,"k":4}}`, { maxEntries: 3 }, "/o", 1, 6],
  ])("%s", (_, text, limits, path, line, column) => {
    expect(parseFaults(lintText(text, limits).messages)).toEqual([{ path, line, column }]);
  });

  it.each([
    ["a syntax fault before any limit", `[1 2, 3, 4, 5]`, { maxEntries: 3 }],
    ["a text that is no JSON before the bracket one level too deep (no place in it to name)", `[1 2, [[[[1]]]]]`, { maxDepth: 3 }],
  ])("%s: path \"\"", (_, text, limits) => {
    expect(lintText(text, limits).messages.map((m) => [m.ruleId, m.path])).toEqual([["parse", ""]]);
    // checkRequest gives the lint's path: its own walk read `[1 2, [[[` as JSON and named /1/0.
    const verdict = checkRequest({ method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", headers: { "content-type": "application/json" }, body: text }, limits);
    expect(verdict.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["parse", ""]]);
  });
});

/** The documents' Create Order example with an array of 100,001 zeros at orderItems[0].itemSpecifics.options.size, indented. */
function exampleWithHugeOption(): string {
  const order = JSON.parse(readFileSync(join(repoRoot, "examples/createOrder.json"), "utf8")) as { orderItems: { itemSpecifics?: unknown }[] };
  order.orderItems[0]!.itemSpecifics = { options: { size: new Array<number>(100_001).fill(0) } };
  return JSON.stringify(order, null, 2);
}
const sizePath = "/orderItems/0/itemSpecifics/options/size";

describe("the CLI and the language server on the Create Order example with 100,001 sizes", () => {
  const text = exampleWithHugeOption();
  // The line of `"size": [` and the column of its bracket, read off the text.
  const sizeLine = text.split("\n").findIndex((l) => l.includes('"size": [')) + 1;
  const sizeColumn = (text.split("\n")[sizeLine - 1] as string).indexOf("[") + 1;
  writeFileSync(join(dir, "big.json"), text);

  it("-f json: the array's pointer, line and column", async () => {
    const run = await runCli(["big.json", "-f", "json"], { cwd: dir });
    const [file] = JSON.parse(run.stdout) as [{ messages: { ruleId: string; path: string; line: number; column: number }[] }];
    expect(parseFaults(file.messages)).toEqual([{ path: sizePath, line: sizeLine, column: sizeColumn }]);
  });

  it("-f sarif: the array's pointer as the result's logical location", async () => {
    const run = await runCli(["big.json", "-f", "sarif"], { cwd: dir });
    const sarif = JSON.parse(run.stdout) as { runs: [{ results: { ruleId: string; locations: [{ logicalLocations?: { fullyQualifiedName: string }[] }] }[] }] };
    expect(sarif.runs[0].results.map((r) => [r.ruleId, r.locations[0].logicalLocations?.[0]?.fullyQualifiedName])).toEqual([["parse", sizePath]]);
  });

  it("the language server: the diagnostic's data names the array", () => {
    const lint = lintDocument({ filePath: join(dir, "big.json") }, text, emptyConfig(dir), { structure: "publish" }, dir);
    const messages = lint?.result.messages ?? [];
    expect(parseFaults(messages)).toEqual([{ path: sizePath, line: sizeLine, column: sizeColumn }]);
    expect(toDiagnostic(messages[0]!, false).data).toEqual({ path: sizePath });
  });
});

describe("request files: the pointer is into the body, as the body's other findings' are", () => {
  const body = `{"externalOrderID":"x","orderItems":[{},{},{},{}]}`;
  const url = "https://integration.shopatron.com/api/v2/createOrder/";

  it(".http: path /orderItems, at the bracket in the file", () => {
    const text = `POST ${url}\nContent-Type: application/json\n\n${body}\n`;
    expect(parseFaults(lintHttpFile(text, "order.http", { maxEntries: 3 }).messages)).toEqual([{ path: "/orderItems", line: 4, column: 37 }]);
  });

  /** A collection of one request to Create Order whose raw body is `raw`. */
  const collection = (raw: string) => {
    const request = { method: "POST", header: [{ key: "Content-Type", value: "application/json" }], url, body: { mode: "raw", raw } };
    return JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "r", request }] });
  };
  const postmanFaults = (text: string, maxEntries: number) =>
    lintPostmanCollection(text, "c.postman_collection.json", { maxEntries }).messages.filter((m) => m.ruleId === "parse").map((m) => [m.path, m.message.slice(0, m.message.indexOf(":"))]);

  it("Postman: the raw body's pointer, and the body's place named in the message", () => {
    // The collection's own objects and arrays hold at most four entries (a request: method, header, url, body).
    const sixItems = `{"externalOrderID":"x","orderItems":[{},{},{},{},{},{}]}`;
    expect(postmanFaults(collection(sixItems), 5)).toEqual([["/item/0/request/body/raw", "body /orderItems"]]);
  });

  it("Postman: the collection itself past the limit names its own object (a request of four members under maxEntries 3)", () => {
    expect(postmanFaults(collection(body), 3)).toEqual([["/item/0/request", "this object holds more than 3 members"]]);
  });
});

describe("the walk to the place is linear: no token is read twice, none past the place", () => {
  // Counted for each test alone: the test files of a worker share one module graph (vitest.config.ts). A count, not
  // vi.spyOn, whose record of each call's arguments and result cost ~2 µs a call: 100,000 scans here, ~80,000 in the property.
  const scan = JsonTokens.prototype.scan;
  let scans = 0;
  beforeEach(() => {
    scans = 0;
    JsonTokens.prototype.scan = function countedScan(this: JsonTokens) {
      scans++;
      return scan.call(this);
    };
  });
  afterEach(() => void (JsonTokens.prototype.scan = scan));

  it("100,000 nested arrays: the tokens read are at most the characters up to the bracket one level too deep", () => {
    const text = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const [fault] = lintText(text).messages;
    expect(fault).toMatchObject({ ruleId: "parse", path: `/0`.repeat(1000), column: 1001 });
    expect(scans).toBeLessThanOrEqual(1001);
  });

  it("100,000 nested arrays under a raised maxDepth, the innermost past maxEntries: read to it once, its pointer cut at 4,096 characters", () => {
    const text = `${"[".repeat(100_000)}0,0,0,0${"]".repeat(100_000)}`;
    const [fault] = lintText(text, { maxDepth: 100_000, maxEntries: 3 }).messages;
    expect(fault).toMatchObject({ ruleId: "parse", path: "/0".repeat(2048), column: 100_000 });
    expect(scans).toBeLessThanOrEqual(100_000);
  });

  it("property: past any limit, nested or wide, the tokens read are at most the characters up to the fault", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 3000 }), fc.constantFrom("maxDepth", "maxEntries", "maxValues"), (levels, width, limit) => {
        const text = `${"[".repeat(levels)}${Array(width).fill("0").join(",")}${"]".repeat(levels)}`;
        const limits = { maxDepth: 5000, maxEntries: 5000, maxValues: 5000, [limit]: Math.max(1, Math.floor((levels + width) / 2)) };
        scans = 0;
        const [fault] = lintText(text, limits).messages;
        if (fault?.ruleId !== "parse") return;
        expect(scans).toBeLessThanOrEqual(fault.column);
      }),
      { numRuns: 60 },
    );
  });
});
