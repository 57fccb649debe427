import { mkdtempSync, rmSync, writeFileSync, mkdirSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, Hover } from "vscode-languageserver";
import { createOrder, importOrder, orderItem, taxedOrder, type JsonObject } from "../support/payloads.js";
import { editsByDocument, LspClient, messageOf } from "./lspClient.js";
import { SpawnedServer } from "./spawnedServer.js";
import { initVscode } from "../support/initSettings.js";

/** The 0-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const line = text.split("\n").findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} is not in the text`);
  return line;
}

const byRule = (diagnostics: Diagnostic[], ruleId: string) => diagnostics.filter((d) => d.code === ruleId);

/** A hover's Markdown as it reads rendered: CommonMark shows a backslash-escaped punctuation character as itself (the hover escapes every one). */
const rendered = (hover: Hover) => (hover.contents as { kind: string; value: string }).value.replace(/\\([!-/:-@[-`{-~])/g, "$1");

describe("oms-lint lsp, driven by a real LSP client over stdio", () => {
  let dir: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;

  beforeAll(async () => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-")));
    mkdirSync(join(dir, "imports"));
    // The Create Orders whose fixes the tests apply are given their kind, as a user gives it: told from its content, a Create Order's fixes are held (heldOrderFixes.ts).
    const createOrders = ["createOrder.json", "fixAll.json", "fixAllCommand.json"].map((glob) => ({ glob, kind: "createOrder" }));
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "imports/**/*.json", kind: "importOrder" }, ...createOrders] }));
    client = new LspClient(new SpawnedServer(dir));
    const { capabilities, serverInfo } = await client.initialize(pathToFileURL(dir).href);
    expect(serverInfo?.name).toBe("oms-lint");
    expect(capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ["quickfix", "source.fixAll.oms-lint"] } });
  });

  afterAll(async () => {
    // Shutdown, then exit: the server ends with 0, as LSP asks.
    const code = await client.stop().catch((error: Error) => (client.kill(), error));
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
  });

  it("publishes one diagnostic per mistake: a misplaced field at its key, a read-only field of the wrong type, an unsafe integer where no number belongs", async () => {
    const { customerIP, ...order } = createOrder();
    const text = JSON.stringify({ ...order, customer: { ...(order.customer as JsonObject), customerID: true, customerIP } }, null, 2).replace('"externalOrderID": "8885456-98658-12215"', '"externalOrderID": 98765432109876543210');
    const document = await client.open(uri("oneCause.json"), "json", text);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    expect(diagnostics.map((d) => [d.code, d.range.start.line]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ["schema", lineOf(text, '"externalOrderID"')],
      ["read-only-ids", lineOf(text, '"customerID": true')],
      ["schema", lineOf(text, '"customerIP"')],
    ]);
    const misplaced = diagnostics.find((d) => d.range.start.line === lineOf(text, '"customerIP"'));
    expect(document.getText(misplaced!.range)).toBe('"customerIP"');
    expect(messageOf(misplaced!)).toContain("it belongs at /customerIP");
  });

  it("publishes a locale no listed code spells as the error quoting it and the listed code nearest to it, at the value", async () => {
    const text = JSON.stringify(createOrder({ locale: "en-UK" }), null, 2);
    const document = await client.open(uri("locale.json"), "json", text);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    expect(diagnostics.map((d) => [d.code, d.severity, d.range.start.line])).toEqual([["schema", 1, lineOf(text, '"locale"')]]);
    expect(document.getText(diagnostics[0]!.range)).toBe('"en-UK"');
    // UK is ICU's old name of the region GB: the listed code it is, not en-US, one letter from it by edits.
    expect(messageOf(diagnostics[0]!)).toMatch(/^locale must be one of the documented IETF codes: .*; got "en-UK" \(did you mean en-GB\?\)$/);
  });

  // Two keys for one missing field: the first in the object's order took the field, the other a "did you mean" to it too.
  it("publishes two keys for one missing field as the lint does: the nearer key's error, the other's warning that renaming would repeat it", async () => {
    const { currency, ...order } = createOrder();
    const text = JSON.stringify({ ...order, curency: currency, currencyCode: currency }, null, 2);
    const document = await client.open(uri("twoKeys.json"), "json", text);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    expect(diagnostics.map((d) => [d.code, d.severity, d.range.start.line]).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      ["unknown-property", 2, lineOf(text, '"curency"')],
      ["schema", 1, lineOf(text, '"currencyCode"')],
    ]);
    expect(messageOf(byRule(diagnostics, "schema")[0]!)).toContain('"currencyCode" stands in its place: did you mean currency?');
    expect(messageOf(byRule(diagnostics, "unknown-property")[0]!)).toContain('unknown property "curency": it stands for currency, which "currencyCode" already stands for here, so renaming it would repeat currency');
  });

  it("publishes tax-rate-cap on the itemTaxOverride line, with exact UTF-16 ranges, and mends maxAmount with a quick fix", async () => {
    const text = taxedOrder();
    const document = await client.open(uri("createOrder.json"), "json", text);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    const tax = byRule(diagnostics, "tax-rate-cap").find((d) => d.range.start.line === lineOf(text, '"itemTaxOverride": 3'));
    expect(tax).toMatchObject({ severity: 1, source: "oms-lint", code: "tax-rate-cap" });
    expect(document.getText(tax!.range)).toBe("3");
    expect(messageOf(tax!)).toContain("60%");

    const [maxAmount] = byRule(diagnostics, "max-amount-null-preferred");
    expect(maxAmount).toMatchObject({ severity: 2, range: { start: { line: lineOf(text, '"maxAmount": -1') } } });
    expect(document.getText(maxAmount!.range)).toBe("-1");

    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: document.uri },
      range: maxAmount!.range,
      context: { diagnostics: [maxAmount], only: ["quickfix"] },
    });
    const fix = actions.find((a) => a.title.startsWith("Set maxAmount to null"));
    expect(fix).toMatchObject({ kind: "quickfix", isPreferred: true, diagnostics: [{ code: "max-amount-null-preferred" }] });
    // One precise edit: the value alone.
    expect(editsByDocument(fix!.edit!)[document.uri]).toEqual([{ range: maxAmount!.range, newText: "null" }]);

    const [version] = await client.apply(fix!.edit!);
    expect(document.getText()).toBe(text.replace('"maxAmount": -1', '"maxAmount": null'));
    const after = await client.diagnosticsOf(document.uri, version!);
    expect(byRule(after, "max-amount-null-preferred")).toEqual([]);
    expect(byRule(after, "tax-rate-cap").length).toBe(byRule(diagnostics, "tax-rate-cap").length);
    await client.close(document.uri);
  });

  it("offers read-only-shipping-fields' edit on an import as a suggestion (our reading), which fix-all does not make", async () => {
    const text = JSON.stringify(importOrder({ shippingMethod: { shippingType: "standard", price: 5.99 } }), null, 2);
    const document = await client.open(uri("imports/priced.json"), "json", text);
    const [price] = byRule(await client.diagnosticsOf(document.uri, 1), "create-order-fields");
    expect(price).toMatchObject({ severity: 2, range: { start: { line: lineOf(text, '"price": 5.99') } } });
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: document.uri },
      range: price!.range,
      context: { diagnostics: [price], only: ["quickfix"] },
    });
    const fix = actions.find((a) => a.title.startsWith("Remove price"));
    expect(fix).toMatchObject({ kind: "quickfix", isPreferred: false, diagnostics: [{ code: "create-order-fields" }] });
    expect(fix!.title).toContain("our reading");
    // The import's findings with an edit are all our reading: no fix-all is offered for them.
    const fixAll: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: document.uri },
      range: price!.range,
      context: { diagnostics: [], only: ["source.fixAll"] },
    });
    expect(fixAll).toEqual([]);
    const [version] = await client.apply(fix!.edit!);
    expect(JSON.parse(document.getText()).shippingMethod).toEqual({ shippingType: "standard" });
    expect(byRule(await client.diagnosticsOf(document.uri, version!), "create-order-fields")).toEqual([]);
    await client.close(document.uri);
  });

  it("offers the removal of the only fields of a shippingMethod as a suggestion, which fix-all does not make (review: it emptied it to {})", async () => {
    const text = JSON.stringify(createOrder({ shippingMethod: { name: "Ground" } }), null, 2);
    const document = await client.open(uri("orders/shipless.json"), "json", text);
    const [name] = byRule(await client.diagnosticsOf(document.uri, 1), "read-only-shipping-fields");
    expect(name).toMatchObject({ severity: 1, range: { start: { line: lineOf(text, '"name": "Ground"') } } });
    expect(messageOf(name!)).toContain("--fix does not remove name");
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: document.uri },
      range: name!.range,
      context: { diagnostics: [name], only: ["quickfix"] },
    });
    const fix = actions.find((a) => a.title.startsWith("Remove name"));
    expect(fix).toMatchObject({ kind: "quickfix", isPreferred: false, diagnostics: [{ code: "read-only-shipping-fields" }] });
    expect(fix!.title).toContain("--fix leaves it: see the message");
    const fixAll: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: document.uri },
      range: name!.range,
      context: { diagnostics: [], only: ["source.fixAll"] },
    });
    expect(fixAll).toEqual([]);
    await client.close(document.uri);
  });

  it("counts columns in UTF-16 code units, as LSP does, after astral characters on the same line", async () => {
    const order = createOrder({ customOrderData: { "🎁🎁": "gift", note: 5 } });
    const text = JSON.stringify(order, null, 2).replace(/"customOrderData": \{\s*"🎁🎁": "gift",\s*"note": 5\s*\}/, '"customOrderData": { "🎁🎁": "gift", "note": 5 }');
    const document = await client.open(uri("astral.json"), "json", text);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    const [valueType] = byRule(diagnostics, "custom-data-value-type");
    expect(valueType?.range.start.line).toBe(lineOf(text, "🎁🎁"));
    expect(document.getText(valueType!.range)).toBe("5");
    await client.close(document.uri);
  });

  // The rule "schema" holds every stated constraint; its one passage ("These are listed in
  // detail in the Create Order Schema…") states none of them. A hover quotes the constraint's own.
  it("quotes a schema finding's own constraint passage on hover, and says so where the constraint has none", async () => {
    const text = JSON.stringify(createOrder({ catalogID: -1 }), null, 2);
    const document = await client.open(uri("catalog.json"), "json", text);
    const [catalog] = byRule(await client.diagnosticsOf(document.uri, 1), "schema");
    expect(catalog?.range.start.line).toBe(lineOf(text, '"catalogID"'));
    const hover: Hover = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: document.uri }, position: catalog!.range.start });
    const markdown = rendered(hover);
    expect(markdown).toContain("> catalogID integer The catalog number for the manufacturer. The minimum value is “0”.");
    expect(markdown).toContain("> — Create Order (seeds/004), Required Parameters");
    expect(markdown).not.toContain("These are listed in detail");
    await client.close(document.uri);
    // An import lacking Create Order's fields and its own orderStatus: two constraints, no one passage.
    const empty = await client.open(uri("imports/empty.json"), "json", "{}");
    const [missing] = byRule(await client.diagnosticsOf(empty.uri, 1), "schema");
    const fallback: Hover = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: empty.uri }, position: missing!.range.start });
    const said = rendered(fallback);
    expect(said).toContain("The documents quote no passage on this constraint itself; the rule's, for the rule as a whole:");
    expect(said).toContain("> These are listed in detail in the Create Order Schema, but examples also follow below.");
    await client.close(empty.uri);
  });

  it("explains a finding on hover: the rule's description and the documents' passage", async () => {
    const text = taxedOrder();
    const document = await client.open(uri("hover.json"), "json", text);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    const tax = byRule(diagnostics, "tax-rate-cap").find((d) => d.range.start.line === lineOf(text, '"itemTaxOverride": 3'))!;
    const hover: Hover = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: document.uri }, position: tax.range.start });
    const markdown = rendered(hover);
    expect(markdown).toContain("`tax-rate-cap`");
    expect(markdown).toContain("20%");
    expect(markdown).toMatch(/^> .+/m);
    expect(markdown).toContain("Create Order");
    // How sure the documents make us: a cap the document states is "stated".
    expect(markdown).toContain("Evidence: **stated**");
    const nothing: Hover | null = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: document.uri }, position: { line: 0, character: 0 } });
    expect(nothing).toBeNull();
    await client.close(document.uri);
  });

  it("drops stale versions: the versions published never go back, and the last edit's is published", async () => {
    const text = taxedOrder();
    const document = await client.open(uri("typing.json"), "json", text);
    await client.diagnosticsOf(document.uri, 1);
    const from = client.diagnostics.seen.length;
    const line = lineOf(text, '"itemTaxOverride": 3');
    const at = { line, character: text.split("\n")[line]!.indexOf("3") };
    // Typing: 3 → 0 → 1 (a tax within the cap) in quick succession.
    for (const digit of ["0", "1"]) await client.edit(document.uri, [{ range: { start: at, end: { ...at, character: at.character + 1 } }, newText: digit }]);
    const last = await client.diagnosticsOf(document.uri, 3, from);
    expect(last.filter((d) => d.code === "tax-rate-cap" && d.range.start.line === line)).toEqual([]);
    const versions = client.diagnostics.seen.slice(from).filter((p) => p.uri === document.uri).map((p) => p.version);
    expect(versions).toEqual([...versions].sort());
    await client.close(document.uri);
  });

  it("applies every safe fix with source.fixAll.oms-lint, and through the fixAll command's workspace/applyEdit", async () => {
    const order = createOrder({ orderID: 5 }) as JsonObject & { orderPayments: JsonObject[] };
    order.orderPayments[0]!.maxAmount = -1;
    const text = JSON.stringify(order, null, 2);
    const document = await client.open(uri("fixAll.json"), "json", text);
    const before = await client.diagnosticsOf(document.uri, 1);
    expect(before.map((d) => d.code)).toEqual(expect.arrayContaining(["read-only-ids", "max-amount-null-preferred"]));
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: document.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll"] },
    });
    expect(actions.map((a) => a.kind)).toEqual(["source.fixAll.oms-lint"]);
    const edits = editsByDocument(actions[0]!.edit!)[document.uri]!;
    // One edit a fix, each of its value alone: the text between them is not touched (audit of the
    // editor surface: one edit from the first fix to the last had replaced every line between).
    expect(edits.map((edit) => [edit.range.start.line, edit.range.end.line, edit.newText])).toEqual([
      [lineOf(text, '"maxAmount": -1'), lineOf(text, '"maxAmount": -1'), "null"],
      [lineOf(text, '"orderID": 5'), lineOf(text, '"orderID": 5'), "null"],
    ]);
    const [version] = await client.apply(actions[0]!.edit!);
    const after = await client.diagnosticsOf(document.uri, version!);
    expect(after.filter((d) => d.code === "read-only-ids" || d.code === "max-amount-null-preferred")).toEqual([]);
    await client.close(document.uri);

    const again = await client.open(uri("fixAllCommand.json"), "json", text);
    await client.diagnosticsOf(again.uri, 1);
    const applied = await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [again.uri] });
    expect(applied).toBe(true);
    expect(again.getText()).toBe(document.getText());
    await client.close(again.uri);
  });

  it("offers, for an order mixing preorder and stock items, an action that says how to split it", async () => {
    const order = createOrder({ orderItems: [orderItem({ availability: "P", partNumber: "PRE-1" }), orderItem({ partNumber: "STOCK-1" })] });
    const text = JSON.stringify(order, null, 2);
    const document = await client.open(uri("mixed.json"), "json", text);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    const [mix] = byRule(diagnostics, "preorder-mix");
    expect(mix).toBeDefined();
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: document.uri },
      range: mix!.range,
      context: { diagnostics: [mix] },
    });
    const split = actions.find((a) => a.command?.command === "oms-lint.explainSplit");
    expect(split?.title).toContain("split");
    const from = client.messages.seen.length;
    const advice = await client.connection.sendRequest("workspace/executeCommand", split!.command);
    const shown = await client.messages.next(() => true, "the split advice", from);
    expect(shown.message).toBe(advice);
    expect(shown.message).toContain("8885456-98658-12215-1: item 0");
    expect(shown.message).toContain("8885456-98658-12215-2: item 1");
    expect(shown.message).toContain("oms-lint split mixed.json");
    await client.close(document.uri);
  });

  it("names the file in the split command as a shell reads it from the workspace folder: its path there, quoted", async () => {
    mkdirSync(join(dir, "sub dir"), { recursive: true });
    const order = createOrder({ orderItems: [orderItem({ availability: "P", partNumber: "PRE-1" }), orderItem({ partNumber: "STOCK-1" })] });
    // Saved: the command splits the file on disk (test/lsp/splitAdviceUnsaved.test.ts).
    writeFileSync(join(dir, "sub dir/biz $(x).json"), JSON.stringify(order, null, 2));
    const document = await client.open(uri("sub dir/biz $(x).json"), "json", JSON.stringify(order, null, 2));
    await client.diagnosticsOf(document.uri, 1);
    const advice: string = await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.explainSplit", arguments: [document.uri] });
    expect(advice).toContain("Run `npx oms-lint split 'sub dir/biz $(x).json'` to write them");
    await client.close(document.uri);
  });

  it("offers the same on a Historic Order Import that mixes preorder and stock items, as `oms-lint split` splits one, saying the reasons are Create Order's", async () => {
    const order = importOrder({ orderItems: [orderItem({ partNumber: "STOCK-1" }), orderItem({ availability: "P", partNumber: "PRE-1" })] });
    const text = JSON.stringify(order, null, 2);
    mkdirSync(join(dir, "imports"), { recursive: true });
    writeFileSync(join(dir, "imports/mixed.json"), text);
    const document = await client.open(uri("imports/mixed.json"), "json", text);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    const [mix] = byRule(diagnostics, "create-order-only");
    expect(messageOf(mix!)).toMatch(/preorder/);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: document.uri }, range: mix!.range, context: { diagnostics: [mix] } });
    const split = actions.find((a) => a.command?.command === "oms-lint.explainSplit");
    expect(split?.title).toBe("How to split this order (oms-lint split)");
    const advice: string = await client.connection.sendRequest("workspace/executeCommand", split!.command);
    const id = String(order.externalOrderID);
    expect(advice).toMatch(/^Split this order into 2 orders, each sent to the Historic Order Import with its own externalOrderID: /);
    expect(advice).toContain(`${id}-1: item 0 (`);
    expect(advice).toContain(`${id}-2: item 1 (preorder items (availability P)`);
    expect(advice).toContain("Run `npx oms-lint split imports/mixed.json` to write them");
    expect(advice).toContain("this is a Historic Order Import: the reasons above are the Create Order document's, and the import document does not repeat them");
    await client.close(document.uri);
  });

  it("lints .http files: a misspelt endpoint is request/unknown-endpoint on its request line", async () => {
    const text = ["### create", "POST https://integration.shopatron.com/api/v2/createOrdr/", "Content-Type: application/json", "", JSON.stringify(createOrder()), ""].join("\n");
    const document = await client.open(uri("orders.http"), "http", text);
    const diagnostics = await client.diagnosticsOf(document.uri, 1);
    const [unknown] = byRule(diagnostics, "request/unknown-endpoint");
    // A warning (2): the documents mention other calls, so an unknown path is likely a typo, not surely refused.
    expect(unknown).toMatchObject({ severity: 2, source: "oms-lint", range: { start: { line: 1 } } });
    expect(document.getText(unknown!.range)).toContain("createOrdr");
    await client.close(document.uri);
  });

  it("leaves alone a JSON file that is not a payload, and clears a document's diagnostics on close", async () => {
    const other = await client.open(uri("package.json"), "json", JSON.stringify({ name: "shop", version: "1.0.0", private: true }));
    expect(await client.diagnosticsOf(other.uri, 1)).toEqual([]);
    await client.close(other.uri);

    const document = await client.open(uri("closing.json"), "json", taxedOrder());
    expect((await client.diagnosticsOf(document.uri, 1)).length).toBeGreaterThan(0);
    const from = client.diagnostics.seen.length;
    await client.close(document.uri);
    const cleared = await client.diagnostics.next((p) => p.uri === document.uri, "the clearing publish", from);
    expect(cleared.diagnostics).toEqual([]);
  });

  it("takes the kind from the config's files, and re-lints open files when the config changes", async () => {
    expect(client.registrations).toContain("workspace/didChangeWatchedFiles");
    // Content alone would call this a Create Order; the config maps imports/ to importOrder, then to createOrder.
    const text = taxedOrder();
    const document = await client.open(uri("imports/order.json"), "json", text);
    const before = await client.diagnosticsOf(document.uri, 1);
    expect(before.some((d) => d.code === "schema" && /orderStatus/.test(messageOf(d)))).toBe(true);

    const from = client.diagnostics.seen.length;
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "imports/**/*.json", kind: "createOrder" }], rules: { "tax-rate-cap": "off" } }));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uri("oms-lint.config.json"), type: 2 }] });
    const after = await client.diagnosticsOf(document.uri, 1, from);
    expect(after.some((d) => /orderStatus/.test(messageOf(d)))).toBe(false);
    expect(byRule(after, "tax-rate-cap")).toEqual([]);
    await client.close(document.uri);
  });

  it("leaves structure to the editor's JSON validation when the setting says so, on the files the config maps to a kind (those init --vscode associates)", async () => {
    // XXX is the schema's error on a Create Order, schema/create-order-code-list's warning on an import; sendEmail's type is the schema's on both.
    const order = createOrder({ currency: "XXX", sendEmail: "yes", customer: { ...(createOrder().customer as object), phone1: 5 } });
    // imports/ is mapped to importOrder by the config (written again: a test above replaced it); structure.json is a Create Order by its content alone.
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "imports/**/*.json", kind: "importOrder" }] }));
    // Its json.schemas, which structure "editor" leaves structure to.
    initVscode(dir);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uri("oms-lint.config.json"), type: 2 }] });
    const mapped = await client.open(uri("imports/structure.json"), "json", JSON.stringify({ ...order, orderStatus: "SHIPPED" }, null, 2));
    const byContent = await client.open(uri("structure.json"), "json", JSON.stringify(order, null, 2));
    const request = await client.open(uri("structure.http"), "http", 'POST https://integration.shopatron.com/api/v2/order/555555/customData\nContent-Type: application/json\n\n{"name": "Gift message", "value": 5}\n');
    for (const document of [mapped, byContent]) {
      const before = await client.diagnosticsOf(document.uri, 1);
      expect(byRule(before, "schema").length).toBeGreaterThan(0);
      expect(byRule(before, "schema/example-type").length).toBeGreaterThan(0);
    }
    expect(byRule(await client.diagnosticsOf(request.uri, 1), "schema").length).toBe(1);
    const from = client.diagnostics.seen.length;
    client.settings = { structure: "editor" };
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    // The editor schemas carry every structural constraint, the inferred ones too: none is published twice.
    const after = await client.diagnosticsOf(mapped.uri, 1, from);
    expect(byRule(after, "schema")).toEqual([]);
    expect(byRule(after, "schema/example-type")).toEqual([]);
    expect(byRule(after, "schema/create-order-code-list")).toEqual([]);
    // No json.schemas entry covers the others (found by the audit of the editor surface: their refusals were shown nowhere).
    // An edit (a space at the end) makes each publish anew under the setting. Both edits sent before either publish is
    // awaited: each lint waits for its own pause in typing (150 ms), and the two pauses were waited out one after the other.
    const edited = [byContent, request].map((document) => {
      const end = document.positionAt(document.getText().length);
      return { document, version: client.edit(document.uri, [{ range: { start: end, end }, newText: " " }]) };
    });
    for (const { document, version } of edited) {
      const published = await client.diagnosticsOf(document.uri, await version, from);
      expect(byRule(published, "schema").length, document.uri).toBeGreaterThan(0);
    }
    client.settings = {};
    for (const document of [mapped, byContent, request]) await client.close(document.uri);
  });
});
