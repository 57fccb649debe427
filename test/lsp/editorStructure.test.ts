import { join } from "node:path";
import fc from "fast-check";
import { findNodeAtLocation, parseTree, type Node } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-json-languageservice";
import type { Config } from "../../src/config/config.js";
import { loadConfig } from "../../src/config/loadConfig.js";
import { segments } from "../../src/json/jsonPointer.js";
import type { Kind } from "../../src/kinds/kinds.js";
import type { LintMessage } from "../../src/lint/lintResult.js";
import { lintDocument, type ServerSettings } from "../../src/lsp/documentLint.js";
import { editorCheckedKeywords } from "../../src/lsp/editorStructure.js";
import { editorJsonService as freshEditorJsonService, type EditorJsonService } from "../support/editorJsonService.js";
import { createOrder, importOrder, type JsonObject } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { writeInitSettings } from "../support/initSettings.js";

/**
 * Under `structure: "editor"` oms-lint leaves to the editor only what the editor's own schema
 * reports: every structural finding it drops is one VS Code's JSON language service, reading
 * the schema `init --vscode` wires in, shows at the same place. Found by the review of the last
 * stop: a search URL's parameters and a name past its maximum by UTF-16 units only were
 * reported by neither.
 */
const mappedKinds: readonly Kind[] = ["createOrder", "importOrder", "orderCustomData", "orderItemCustomData", "orderItemSearch", "orderCustomDataRecord", "orderItemCustomDataRecord", "orderItemSearchResponse"];
const dir = scratchFolders("editor-structure")({
  "oms-lint.config.json": JSON.stringify({ files: mappedKinds.map((kind) => ({ glob: `${kind}/**/*.json`, kind })) }),
});

/**
 * One language service a schema, as VS Code keeps one for the workspace: a fresh one read and
 * resolved the schema again for each payload (most of a property run's time), for the same
 * diagnostics. One config, read once: the cases do not change it.
 */
const services = new Map<string, EditorJsonService>();
function editorJsonService(schemaName: string): EditorJsonService {
  let service = services.get(schemaName);
  if (service === undefined) services.set(schemaName, (service = freshEditorJsonService(schemaName)));
  return service;
}
let configOnce: Promise<Config> | undefined;

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const misspelt = createOrder();
misspelt.shipingAddress = misspelt.shippingAddress as JsonObject;
delete misspelt.shippingAddress;
const misplacedIP = createOrder();
misplacedIP.customer = { ...(misplacedIP.customer as JsonObject), customerIP: misplacedIP.customerIP as string };
delete misplacedIP.customerIP;
const gift = (recipient: string) => createOrder({ orderGift: { recipient, message: "m" } });
const item = (changes: JsonObject) => {
  const order = createOrder() as JsonObject & { orderItems: JsonObject[] };
  const [first] = order.orderItems as [JsonObject];
  first.itemSpecifics = { ...(first.itemSpecifics as JsonObject), ...changes };
  return order;
};

/** Broken payloads of every mapped kind, each as a user writes it. */
const cases: readonly { readonly name: string; readonly kind: Kind; readonly text: string }[] = [
  { name: "a search URL with a bad itemState and perPage", kind: "orderItemSearch", text: JSON.stringify("https://integration.shopatron.com/api/v2/orderItem/?orderID=555555&itemState=LOST&perPage=500") },
  { name: "a query string without orderID and a bad page", kind: "orderItemSearch", text: JSON.stringify("?shipmentID=1&page=0") },
  { name: "a search object with bad parameters", kind: "orderItemSearch", text: pretty({ orderID: "0,abc", perPage: "500", page: "0", itemState: "LOST,NORMAL" }) },
  { name: "a search object without orderID", kind: "orderItemSearch", text: pretty({ perPage: "20" }) },
  { name: "a custom data name of 60 emoji (120 UTF-16 units)", kind: "orderCustomData", text: pretty({ name: "😀".repeat(60), value: "v" }) },
  { name: "a custom data name of 101 emoji", kind: "orderCustomData", text: pretty({ name: "😀".repeat(101), value: "v" }) },
  { name: "a custom data name of 51 lone surrogates each before a letter (102 code points)", kind: "orderCustomData", text: pretty({ name: "\uD800a".repeat(51), value: "v" }) },
  { name: "an empty name and a value too long", kind: "orderCustomData", text: pretty({ name: "", value: "v".repeat(1001) }) },
  { name: "an item custom data body without value", kind: "orderItemCustomData", text: pretty({ name: "n", value: 5 }) },
  {
    name: "an order with broken fields",
    kind: "createOrder",
    text: pretty(createOrder({ externalOrderID: "", manufacturerID: 0, catalogID: -1, locale: "en-us", currency: "ABC", customerIP: "1.2.3", orderItems: [], cartID: "c".repeat(513), sendEmail: "yes", shippingTax: -2 })),
  },
  { name: "a date-time on February 30", kind: "createOrder", text: pretty(createOrder({ expectedDeliveryDate: "2026-02-30T10:00:00Z" })) },
  { name: "a misspelt required field", kind: "createOrder", text: pretty(misspelt) },
  { name: "a misspelt custom data name", kind: "orderCustomData", text: pretty({ nmae: "a", value: "b" }) },
  { name: "a customerIP put in the customer", kind: "createOrder", text: pretty(misplacedIP) },
  { name: "a body lacking most fields", kind: "createOrder", text: '{"externalOrderID": "a"}' },
  { name: "a number past the double range", kind: "createOrder", text: pretty(createOrder()).replace('"manufacturerID": 1234', '"manufacturerID": 1e400') },
  { name: "a string and a boolean past the double range", kind: "createOrder", text: pretty(createOrder({ externalOrderID: "\u0000", sendEmail: "\u0001" })).replace('"\\u0000"', "1e400").replace('"\\u0001"', "-1e400") },
  { name: "a number of 400 digits", kind: "createOrder", text: pretty(createOrder()).replace('"manufacturerID": 1234', `"manufacturerID": 1${"0".repeat(399)}`) },
  { name: "a phone as a number", kind: "createOrder", text: pretty(createOrder({ customer: { ...(createOrder().customer as JsonObject), phone1: 5e0 } })).replace('"phone1": 5', '"phone1": 5e0') },
  { name: "a quantity of 1e-1, a fraction written without a dot", kind: "createOrder", text: pretty(createOrder()).replace('"quantity": 5', '"quantity": 1e-1') },
  { name: "a string for an order", kind: "createOrder", text: '"an order"' },
  { name: "a gift recipient too long", kind: "createOrder", text: pretty(gift("r".repeat(101))) },
  { name: "a landingCode of four emoji and a letter (9 UTF-16 units)", kind: "createOrder", text: pretty(createOrder({ landingCode: `${"😀".repeat(4)}a` })) },
  { name: "a landingCode of eight letters and a lone surrogate (9 UTF-16 units)", kind: "createOrder", text: pretty(createOrder({ landingCode: "a\uD800bcdefgh" })) },
  { name: "perPage as a number past 100", kind: "orderItemSearch", text: pretty({ orderID: "1", perPage: 500 }) },
  { name: "a search orderID past the double range", kind: "orderItemSearch", text: pretty({ orderID: 1, shipmentID: "2" }).replace('"orderID": 1', '"orderID": 1e400') },
  { name: "a quantity of 0 and a price as text", kind: "createOrder", text: pretty(item({ quantity: 0, actualPrice: "1.00" })) },
  { name: "an import with an unknown status", kind: "importOrder", text: pretty(importOrder({ orderStatus: "DONE" })) },
  { name: "an order custom data record without its ID", kind: "orderCustomDataRecord", text: pretty({ orderID: 0, name: "n", value: "v" }) },
  { name: "an item custom data record with an ID as text", kind: "orderItemCustomDataRecord", text: pretty({ orderItemCustomDataID: "7", name: "n", value: "v" }) },
  { name: "a search response that is not a collection", kind: "orderItemSearchResponse", text: pretty({ collection: 5 }) },
];

const structural = (m: LintMessage) => m.ruleId === "schema" || m.ruleId.startsWith("schema/");
const identity = (m: LintMessage) => `${m.ruleId} ${m.path} ${m.line}:${m.column} ${m.message}`;

async function findings(kind: Kind, text: string, structure: ServerSettings["structure"]): Promise<readonly LintMessage[]> {
  const config = await (configOnce ??= loadConfig(join(dir, "oms-lint.config.json"), dir).then((loaded) => {
    writeInitSettings(dir, loaded, join(dir, "oms-lint.config.json"));
    return loaded;
  }));
  return lintDocument({ filePath: join(dir, kind, "payload.json") }, text, config, { structure })?.result.messages ?? [];
}

/** Offsets of a 1-based line and column in the text (UTF-16, as both count). */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split("\n");
  return lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
}

/** A value with its key, when it is an object's member: where the editor may mark a problem of it. */
function member(node: Node): { readonly from: number; readonly to: number } {
  const whole = node.parent?.type === "property" ? node.parent : node;
  return { from: whole.offset, to: whole.offset + whole.length };
}

/**
 * Where the editor's report of a finding stands: within the finding's own range when that lies
 * inside its string (a search string's parameter), else within the member at its pointer (or
 * the nearest that exists); a missing field within the member that holds the object lacking it.
 */
function placeOf(text: string, finding: LintMessage): { readonly from: number; readonly to: number } {
  const tree = parseTree(text) as Node;
  let path: (string | number)[] = segments(finding.path).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  // The editor marks a missing field at the object that lacks it (its key): oms-lint at the
  // field's place, at a key misspelt for it, or (several missing) at the object itself.
  if (finding.messageId === "required") path = path.slice(0, -1);
  let node = findNodeAtLocation(tree, path);
  while (node === undefined) node = findNodeAtLocation(tree, (path = path.slice(0, -1)));
  const own = { from: offsetOf(text, finding.line, finding.column), to: offsetOf(text, finding.endLine, finding.endColumn) };
  const inside = node.type === "string" && own.from > node.offset && own.to < node.offset + node.length;
  return inside ? own : member(node);
}

/** The findings published under "publish" but not under "editor" (each case is checked to hold structural findings). */
async function leftToEditor(kind: Kind, text: string, broken = true, published?: readonly LintMessage[]): Promise<LintMessage[]> {
  published ??= await findings(kind, text, "publish");
  if (broken) expect(published.filter(structural).length, "the case is broken").toBeGreaterThan(0);
  const kept = new Set((await findings(kind, text, "editor")).map(identity));
  return published.filter((m) => !kept.has(identity(m)));
}

function reportedThere(text: string, shown: readonly Diagnostic[], finding: LintMessage): boolean {
  const document = editorJsonService("createOrder.json").document(text);
  const { from, to } = placeOf(text, finding);
  return shown.some((d) => {
    const start = document.offsetAt(d.range.start);
    return start >= from && start < Math.max(to, from + 1);
  });
}

describe('structure: "editor" leaves to the editor only the findings its schema reports', () => {
  it.each(cases)("$name: every structural finding not published is one the editor shows there", async ({ kind, text }) => {
    const left = await leftToEditor(kind, text);
    for (const finding of left) expect(structural(finding), identity(finding)).toBe(true);
    const shown = await editorJsonService(`${kind}.json`).diagnostics(text);
    for (const finding of left) expect(reportedThere(text, shown, finding), `${identity(finding)}\neditor: ${shown.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.message)}`).join("\n")}`).toBe(true);
  });

  it("never leaves to the editor a length it counts otherwise: names of 45 to 105 characters, some outside the Basic Multilingual Plane, some lone surrogates", async () => {
    const name = fc.array(fc.constantFrom("a", "é", "😀", "\uD800"), { minLength: 45, maxLength: 105 }).map((chars) => chars.join(""));
    await fc.assert(
      fc.asyncProperty(name, async (name) => {
        const text = pretty({ name, value: "v" });
        const shown = await editorJsonService("orderCustomData.json").diagnostics(text);
        for (const finding of await leftToEditor("orderCustomData", text, false)) expect(reportedThere(text, shown, finding), identity(finding)).toBe(true);
      }),
      { numRuns: 100, examples: [["a".repeat(100)], ["😀".repeat(50)], ["😀".repeat(51)], ["😀".repeat(100) + "a"]] },
    );
  });

  it("leaves a keyword to the editor only where a case above shows the editor reporting it", async () => {
    const left = new Set<string>();
    for (const { kind, text } of cases) for (const finding of await leftToEditor(kind, text)) left.add(finding.messageId);
    expect([...left].sort()).toEqual([...editorCheckedKeywords].sort());
  });

  it("publishes what the editor reads otherwise: a search URL's parameters, a length past its maximum by UTF-16 units only, a date its pattern lets through, numbers past the double range", async () => {
    const shown = async (name: string) => {
      const { kind, text } = cases.find((c) => c.name === name)!;
      return (await findings(kind, text, "editor")).filter(structural).map((m) => `${m.ruleId} ${m.path} ${m.message}`);
    };
    expect(await shown("a search URL with a bad itemState and perPage")).toEqual([
      expect.stringMatching(/^schema {2}itemState must be NORMAL, PREORDER, PROMOTION or CANCELED.*got "LOST"/),
      expect.stringMatching(/^schema {2}perPage must be an integer from 1 to 100/),
    ]);
    expect(await shown("a custom data name of 60 emoji (120 UTF-16 units)")).toEqual([expect.stringMatching(/^schema\/length-units \/name name is 60 characters long counted as code points/)]);
    expect(await shown("a date-time on February 30")).toEqual([expect.stringMatching(/^schema\/date-time-format \/expectedDeliveryDate expectedDeliveryDate is not a date-time/)]);
    expect(await shown("a number past the double range")).toEqual([expect.stringMatching(/^schema \/manufacturerID manufacturerID must be an integer .* reads as Infinity/)]);
    expect(await shown("a number of 400 digits")).toEqual([expect.stringMatching(/^schema \/manufacturerID manufacturerID must be an integer .* reads as Infinity/)]);
    // Published, so not the editor's too (one cause, one diagnostic): its integer takes ±Infinity.
    expect(await shown("a search orderID past the double range")).toEqual([expect.stringMatching(/^schema \/orderID /)]);
    for (const name of ["a number past the double range", "a number of 400 digits", "a search orderID past the double range"]) {
      const { kind, text } = cases.find((c) => c.name === name)!;
      expect(await editorJsonService(`${kind}.json`).diagnostics(text), name).toEqual([]);
    }
  });

  it("publishes a missing field's finding where a misspelt or misplaced key stands for it: the editor's \"Missing property\" says nothing of that key", async () => {
    const atKey = async (name: string) => {
      const { kind, text } = cases.find((c) => c.name === name)!;
      const shown = await editorJsonService(`${kind}.json`).diagnostics(text);
      expect(shown.map((d) => String(d.message)).join("\n"), "the editor's own words").not.toMatch(/did you mean|stands/);
      return (await findings(kind, text, "editor")).filter(structural).map((m) => `${m.path} ${m.line}:${m.column} ${m.message}`);
    };
    expect(await atKey("a misspelt custom data name")).toEqual([expect.stringMatching(/^\/nmae 2:3 name is required .*"nmae" stands in its place: did you mean name\?$/)]);
    expect(await atKey("a misspelt required field")).toEqual([expect.stringMatching(/^\/shipingAddress \d+:3 shippingAddress is required.*did you mean shippingAddress\?$/)]);
    expect(await atKey("a customerIP put in the customer")).toEqual([expect.stringMatching(/^\/customer\/customerIP \d+:5 customerIP is required.*"customerIP" stands here, at \/customer\/customerIP, where the schemas do not know it: it belongs at \/customerIP$/)]);
  });

  it("leaves to the editor what it reports itself: nothing is shown twice there", async () => {
    const kept = async (name: string) => {
      const { kind, text } = cases.find((c) => c.name === name)!;
      return (await findings(kind, text, "editor")).filter(structural).map((m) => m.path);
    };
    // The customerIP format is the editor's too, but its patterns are not Ajv's: published.
    expect(await kept("an order with broken fields")).toEqual(["/customerIP"]);
    expect(await kept("a search object with bad parameters")).toEqual([]);
    // A string or a boolean is refused past the double range by the editor too, in the same words: its finding.
    expect(await kept("a string and a boolean past the double range")).toEqual([]);
    expect(await kept("a phone as a number")).toEqual([]);
    // The editor's integer is a multiple of 1 (by value, as Ajv's): 1e-1 is a fraction to both.
    expect(await kept("a quantity of 1e-1, a fraction written without a dot")).toEqual([]);
  });
});

/**
 * The converse: the editor's schema reports nothing oms-lint does not report at the same place.
 * Found by the audit of every surface: nine emoji (9 code points, 18 UTF-16 units) as a
 * landingCode and integers written with a fraction part (1234.0) passed every oms-lint surface
 * while the editor called them errors "of the documents".
 */
const withNumber = (text: string, key: string, spelling: string) => text.replace(new RegExp(`("${key}": )-?[0-9][0-9.eE+-]*`), (_whole, head: string) => head + spelling);
const order = pretty(createOrder());
const record = pretty({ orderCustomDataID: 11111, orderID: 100000, manufacturerID: 10101, catalogID: 4, name: "n", value: "v" });

/** Where a payload's string stands, with the lengths the documents give it. */
const stringFields: readonly { readonly kind: Kind; readonly field: string; readonly min: number; readonly max: number; readonly text: (value: string) => string }[] = [
  { kind: "createOrder", field: "landingCode", min: 10, max: 200, text: (landingCode) => pretty(createOrder({ landingCode })) },
  { kind: "createOrder", field: "externalOrderID", min: 1, max: 100, text: (externalOrderID) => pretty(createOrder({ externalOrderID })) },
  { kind: "createOrder", field: "cartID", min: 0, max: 512, text: (cartID) => pretty(createOrder({ cartID })) },
  { kind: "orderCustomData", field: "name", min: 1, max: 100, text: (name) => pretty({ name, value: "v" }) },
  { kind: "orderItemCustomData", field: "value", min: 1, max: 1000, text: (value) => pretty({ name: "n", value }) },
];

/** Where a payload's integer stands: fields typed integer, alone or beside other types. */
const integerFields: readonly { readonly kind: Kind; readonly key: string; readonly text: string }[] = [
  { kind: "createOrder", key: "manufacturerID", text: order },
  { kind: "createOrder", key: "catalogID", text: order },
  { kind: "createOrder", key: "quantity", text: order },
  { kind: "createOrder", key: "productID", text: order.replace('"productID": null', '"productID": 7') },
  { kind: "orderCustomDataRecord", key: "orderCustomDataID", text: record },
  { kind: "orderCustomDataRecord", key: "orderID", text: record },
  { kind: "orderItemSearch", key: "perPage", text: pretty({ orderID: "1", perPage: 20 }) },
];

/** Every problem the editor shows that oms-lint (any rule, either severity) does not report at that place. */
async function editorOnly(kind: Kind, text: string, reported?: readonly LintMessage[], shown?: readonly Diagnostic[]): Promise<string[]> {
  reported ??= await findings(kind, text, "publish");
  shown ??= await editorJsonService(`${kind}.json`).diagnostics(text);
  return shown
    .filter((d) => !reported.some((finding) => reportedThere(text, [d], finding)))
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${typeof d.message === "string" ? d.message : d.message.value}\noms-lint: ${reported.map(identity).join("\n") || "nothing"}`);
}

const emoji = (count: number) => "😀".repeat(count);
/** Payloads oms-lint passes or only warns about, as a user writes them. */
const passed: readonly { readonly name: string; readonly kind: Kind; readonly text: string }[] = [
  { name: "a landingCode of nine emoji (18 UTF-16 units)", kind: "createOrder", text: pretty(createOrder({ landingCode: emoji(9) })) },
  { name: "a landingCode of five emoji (10 UTF-16 units)", kind: "createOrder", text: pretty(createOrder({ landingCode: emoji(5) })) },
  { name: "a landingCode of an emoji and eight letters (10 UTF-16 units)", kind: "createOrder", text: pretty(createOrder({ landingCode: `${emoji(1)}abcdefgh` })) },
  { name: "a landingCode of 200 emoji", kind: "createOrder", text: pretty(createOrder({ landingCode: emoji(200) })) },
  { name: "a landingCode of two astral characters, a lone surrogate and letters (10 UTF-16 units)", kind: "createOrder", text: pretty(createOrder({ landingCode: "aaa\u{10FFFF}a\u{10FFFF}\uD800a" })) },
  { name: "an externalOrderID of 100 emoji", kind: "createOrder", text: pretty(createOrder({ externalOrderID: emoji(100) })) },
  { name: "a cartID of 512 musical symbols", kind: "createOrder", text: pretty(createOrder({ cartID: "𝄞".repeat(512) })) },
  { name: "a custom data name of 100 emoji", kind: "orderCustomData", text: pretty({ name: emoji(100), value: emoji(1000) }) },
  { name: "a custom data name of one emoji", kind: "orderCustomData", text: pretty({ name: emoji(1), value: emoji(1) }) },
  { name: "a manufacturerID of 1234.0", kind: "createOrder", text: withNumber(order, "manufacturerID", "1234.0") },
  { name: "a quantity of 5.0", kind: "createOrder", text: withNumber(order, "quantity", "5.0") },
  { name: "a manufacturerID of 1.0", kind: "createOrder", text: withNumber(order, "manufacturerID", "1.0") },
  { name: "a manufacturerID of 1e2", kind: "createOrder", text: withNumber(order, "manufacturerID", "1e2") },
  { name: "a quantity of 1E1", kind: "createOrder", text: withNumber(order, "quantity", "1E1") },
  { name: "a catalogID of -0", kind: "createOrder", text: withNumber(order, "catalogID", "-0") },
  { name: "a catalogID of -0.0", kind: "createOrder", text: withNumber(order, "catalogID", "-0.0") },
  { name: "a quantity of 100.00", kind: "createOrder", text: withNumber(order, "quantity", "100.00") },
  { name: "a productID of 7.0", kind: "createOrder", text: order.replace('"productID": null', '"productID": 7.0') },
  { name: "an orderCustomDataID of 11111.0", kind: "orderCustomDataRecord", text: withNumber(record, "orderCustomDataID", "11111.0") },
  { name: "a perPage of 2e1", kind: "orderItemSearch", text: pretty({ orderID: "1", perPage: 20 }).replace("20", "2e1") },
  { name: "an expectedDeliveryDate with a space for its T", kind: "createOrder", text: pretty(createOrder({ expectedDeliveryDate: "2026-11-23 10:00:00Z" })) },
  { name: "an expectedDeliveryDate with the offset +0530", kind: "createOrder", text: pretty(createOrder({ expectedDeliveryDate: "2026-11-23T10:00:00+0530" })) },
  { name: "an importedCreationDate with the offset -05", kind: "importOrder", text: pretty(importOrder({ importedCreationDate: "2026-11-23t10:00:00.5-05" })) },
];

describe("the editor's schemas report nothing oms-lint does not", () => {
  it.each(passed)("$name: no problem shown but where oms-lint reports one", async ({ kind, text }) => {
    expect((await findings(kind, text, "publish")).filter((m) => m.level === "error"), "oms-lint passes it").toEqual([]);
    expect(await editorOnly(kind, text)).toEqual([]);
  });

  it("at every length constraint: strings of letters, accented letters, characters outside the Basic Multilingual Plane and lone surrogates around each minimum and maximum (and the editor shows each length finding left to it)", async () => {
    const character = fc.constantFrom("a", "é", "😀", "𝄞", "\u{10FFFF}", "\uD800", "\uDC00");
    const around = (limit: number) => fc.integer({ min: Math.max(0, limit - 3), max: limit + 3 });
    const payload = fc.constantFrom(...stringFields).chain((field) =>
      fc
        .oneof(around(field.min), around(field.max), around(Math.ceil(field.min / 2)), around(Math.ceil(field.max / 2)))
        .chain((length) => fc.array(character, { minLength: length, maxLength: length }))
        .map((chars) => ({ kind: field.kind, text: field.text(chars.join("")) })),
    );
    await fc.assert(
      fc.asyncProperty(payload, async ({ kind, text }) => {
        // Linted and shown once, for both directions.
        const published = await findings(kind, text, "publish");
        const shown = await editorJsonService(`${kind}.json`).diagnostics(text);
        expect(await editorOnly(kind, text, published, shown)).toEqual([]);
        // And the converse of the converse: what the server leaves to the editor there, the editor shows.
        for (const finding of await leftToEditor(kind, text, false, published)) expect(reportedThere(text, shown, finding), identity(finding)).toBe(true);
      }),
      { numRuns: 75 },
    );
  });

  it("at every integer: numbers spelt with a fraction of zeros, an exponent, a sign", async () => {
    const spelling = fc
      .record({
        sign: fc.constantFrom("", "-"),
        digits: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 100_000 })),
        fraction: fc.constantFrom("", ".0", ".00", ".000", ".5", ".25"),
        exponent: fc.constantFrom("", "e0", "E0", "e+0", "e1", "e2", "E+2", "e-1", "e-2"),
      })
      .map(({ sign, digits, fraction, exponent }) => `${sign}${digits}${fraction}${exponent}`);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...integerFields), spelling, async ({ kind, key, text }, written) => {
        expect(await editorOnly(kind, withNumber(text, key, written))).toEqual([]);
      }),
      { numRuns: 75, examples: [[integerFields[0]!, "1234.0"], [integerFields[2]!, "5.0"], [integerFields[2]!, "1e2"], [integerFields[1]!, "-0"], [integerFields[2]!, "100.00"]] },
    );
  });

  it("a number past the double range, at a field of every type: shown once, by oms-lint or by the editor", async () => {
    // By label, so that a counterexample reads short: "createOrder /sendEmail".
    const at = (kind: Kind, pointer: string, text: string): [string, { kind: Kind; pointer: string; text: string }] => [`${kind} ${pointer}`, { kind, pointer, text }];
    const placeholder = '"\\u0000"';
    const fields = new Map([
      at("createOrder", "/externalOrderID", pretty(createOrder({ externalOrderID: "\u0000" }))),
      at("createOrder", "/sendEmail", pretty(createOrder({ sendEmail: "\u0000" }))),
      at("createOrder", "/currency", pretty(createOrder({ currency: "\u0000" }))),
      at("createOrder", "/customer", pretty(createOrder({ customer: "\u0000" }))),
      at("createOrder", "/manufacturerID", pretty(createOrder({ manufacturerID: "\u0000" }))),
      at("createOrder", "/shippingTax", pretty(createOrder({ shippingTax: "\u0000" }))),
      at("createOrder", "/orderItems/0/product/productID", order.replace('"productID": null', `"productID": ${placeholder}`)),
      at("orderCustomData", "/name", pretty({ name: "\u0000", value: "v" })),
      at("orderItemSearch", "/orderID", pretty({ orderID: "\u0000" })),
      at("orderItemSearch", "/perPage", pretty({ orderID: "1", perPage: "\u0000" })),
    ]);
    const spellings = ["1e400", "-1e400", "2E+308", `-1${"0".repeat(400)}`];
    // Every field with every spelling, each once: 40 cases. (As a property of 20 runs whose 40
    // examples count toward them, it tried the first 20 only: 5 of the 10 fields never.)
    for (const [label, { kind, pointer, text }] of fields) {
      for (const written of spellings) {
        const payload = text.replace(placeholder, written);
        const shown = await editorJsonService(`${kind}.json`).diagnostics(payload);
        const published = (await findings(kind, payload, "editor")).filter((m) => m.path === pointer);
        const there = (await findings(kind, payload, "publish")).find((m) => m.path === pointer && m.messageId === "type")!;
        const editorThere = shown.filter((d) => reportedThere(payload, [d], there));
        expect([...published.map(identity), ...editorThere.map((d) => String(d.message))], `${label} ${written}`).toEqual([expect.any(String)]);
      }
    }
  });

  it("at every date-time: dates, separators, times and offsets as written", async () => {
    const twoDigits = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, "0"));
    const dateTime = fc
      .tuple(
        fc.constantFrom("2024", "2026"),
        twoDigits(0, 13),
        twoDigits(0, 32),
        fc.constantFrom("T", "t", " ", "\t", "\u00a0", "_"),
        twoDigits(0, 24),
        twoDigits(0, 60),
        twoDigits(0, 61),
        fc.constantFrom("", ".5", ".123456789"),
        fc.constantFrom("Z", "z", "", "+05:30", "+0530", "+05", "-00:00", "-23:59", "+24:00", "+05:60", "+5"),
      )
      .map(([year, month, day, separator, hour, minute, second, fraction, offset]) => `${year}-${month}-${day}${separator}${hour}:${minute}:${second}${fraction}${offset}`);
    await fc.assert(
      fc.asyncProperty(dateTime, async (expectedDeliveryDate) => {
        expect(await editorOnly("createOrder", pretty(createOrder({ expectedDeliveryDate })))).toEqual([]);
      }),
      { numRuns: 75, examples: [["2026-11-23 10:00:00Z"], ["2026-11-23T10:00:00+0530"], ["2026-12-31T23:59:60Z"], ["2026-11-23T10:00:60Z"]] },
    );
  });
});

/**
 * An empty page= or perPage= is schema/search-empty-default's warning (the document gives their
 * default "even if not provided", not what an empty value does), which the server publishes
 * under "editor" too. Found by the review of the session: the editor's schema still showed the
 * stated "page must be a positive integer" there, beside the server's warning.
 */
describe("an empty page or perPage: the server's warning, the one finding", () => {
  const searches = [
    { field: "page", text: pretty({ orderID: "5", page: "" }) },
    { field: "perPage", text: pretty({ orderID: "5", perPage: "" }) },
  ];

  it.each(searches)("$field empty: the editor shows nothing, the server its warning under \"editor\"", async ({ field, text }) => {
    expect((await editorJsonService("orderItemSearch.json").diagnostics(text)).map((d) => String(d.message))).toEqual([]);
    const published = (await findings("orderItemSearch", text, "editor")).map((m) => [m.ruleId, m.level, m.path]);
    expect(published).toEqual([["schema/search-empty-default", "warning", `/${field}`]]);
  });

  it.each(searches)("$field of 0 is still the editor's stated finding, in oms-lint's words", async ({ field, text }) => {
    const shown = await editorJsonService("orderItemSearch.json").diagnostics(text.replace('""', '"0"'));
    expect(shown.map((d) => String(d.message))).toEqual([expect.stringMatching(new RegExp(`^${field} must be`))]);
  });
});

/**
 * A search parameter given as a list (an Express or Fastify query's repeated parameter): oms-lint
 * warns of the repetition, errs only when every value fails (or the list is empty where the
 * parameter takes no empty value), and warns when one value misses a warning's pattern. The
 * editor's schema took one value only, and called `{"orderID": ["1", "2"]}` and `{"page": []}`
 * wrong in the parameter's words. No schema says what oms-lint does of a list: the editor's lets
 * any list by, and the server publishes every finding there.
 */
describe("a search parameter given as a list: oms-lint's findings, published, and nothing from the editor", () => {
  const parameters = ["orderID", "shipmentID", "catalogIDs", "itemState", "page", "perPage", "sortBy"] as const;
  const value = fc.constantFrom<unknown>("1", "555555,555556", "0", "x", "", "NORMAL", "LOST", "20", "500", "-orderID", 1, 0, 1.5, -1, true, null);
  const search = fc.record({ name: fc.constantFrom(...parameters), list: fc.array(value, { maxLength: 3 }) }).map(({ name, list }) => pretty(name === "orderID" ? { orderID: list } : { orderID: "1", [name]: list }));

  it.each([
    ["two good orderIDs", pretty({ orderID: ["1", "2"] }), ["search-repeated-parameter warning /orderID"]],
    ["a good and a bad orderID", pretty({ orderID: ["1", "x"] }), ["search-repeated-parameter warning /orderID"]],
    ["an empty page", pretty({ orderID: "1", page: [] }), ["schema/search-empty-default warning /page"]],
    ["two perPage values, one past 100", pretty({ orderID: "1", perPage: ["500", "20"] }), ["search-repeated-parameter warning /perPage"]],
    ["a good sortBy and one its pattern misses", pretty({ orderID: "1", sortBy: ["-orderID", "1"] }), ["schema/sort-by-syntax warning /sortBy", "search-repeated-parameter warning /sortBy"]],
    ["two bad orderIDs", pretty({ orderID: ["x", "0"] }), ["schema error /orderID", "search-repeated-parameter warning /orderID"]],
    ["an empty orderID list", pretty({ orderID: [] }), ["schema error /orderID"]],
    ["one page of 0", pretty({ orderID: "1", page: ["0"] }), ["schema error /page"]],
    ["an unlisted itemState", pretty({ orderID: "1", itemState: ["LOST"] }), ["schema error /itemState"]],
  ])("%s: the server publishes oms-lint's findings, the editor shows nothing", async (_name, text, expected) => {
    const published = (await findings("orderItemSearch", text, "editor")).map((m) => `${m.ruleId} ${m.level} ${m.path}`);
    expect(published.sort()).toEqual([...expected].sort());
    expect(await editorJsonService("orderItemSearch.json").diagnostics(text)).toEqual([]);
  });

  it("any list of good, bad and empty values at any parameter: what the editor shows, oms-lint reports there; what the server leaves to it, it shows", async () => {
    await fc.assert(
      fc.asyncProperty(search, async (text) => {
        const published = await findings("orderItemSearch", text, "publish");
        const shown = await editorJsonService("orderItemSearch.json").diagnostics(text);
        expect(await editorOnly("orderItemSearch", text, published, shown)).toEqual([]);
        for (const finding of await leftToEditor("orderItemSearch", text, false, published)) expect(reportedThere(text, shown, finding), identity(finding)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
