import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { splitAdvice } from "../../src/lsp/splitAdvice.js";
import { defaultStructureLimits } from "../../src/source/boundedParse.js";
import { describe, expect, it } from "vitest";
import { add, compare, toDecimal, zero, type Decimal } from "../../src/domain/decimal.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { importOrder, orderItem, orderPayment, orderWithItems, type JsonObject } from "../support/payloads.js";

/** A fresh folder holding the given files. */
const folder = scratchFolders("split");

/** An order of P, D, J, I and Y items (subtotals 2, 4, 6, 8, 10), with order-level amounts to split. */
const mixed = orderWithItems(
  [..."PDJIY"].map((availability, i) => orderItem({ partNumber: `Product000${i + 1}`, availability, actualPrice: i + 1, quantity: 2 })),
  {
    shippingTax: 2.03,
    promotions: [{ code: "SPRING", amount: 1.5 }],
    orderPayments: [orderPayment({}, { maxAmount: null, transactionID: "12123", authAmount: 20 })],
  },
);

const exactSum = (values: unknown[]): Decimal => values.reduce<Decimal>((s, v) => add(s, toDecimal(v as number)), zero);
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as JsonObject & { orderPayments: JsonObject[] };

describe("oms-lint split", () => {
  it("says on a Historic Order Import that its reasons are Create Order's: the import document states no split", async () => {
    const imported = importOrder();
    const [item] = imported.orderItems as JsonObject[];
    const preorder = JSON.parse(JSON.stringify(item)) as { product: JsonObject };
    preorder.product = { ...preorder.product, partNumber: "PRE1", availability: "P" };
    const dir = folder({ "import.json": JSON.stringify({ ...imported, orderItems: [item, preorder] }, null, 2) + "\n", "order.json": JSON.stringify(mixed, null, 2) + "\n" });
    const note = "note: this is a Historic Order Import: the reasons above are the Create Order document's, and the import document does not repeat them";
    const run = await runCli(["split", "import.json"], { cwd: dir });
    expect(run.stdout).toContain("import.json: split into 2 orders\n");
    expect(run.stdout).toMatch(/preorder items \(availability P\); the Create Order API doesn't accept/);
    expect(run.stdout).toContain(note);
    const json = await runCli(["split", "--force", "-f", "json", "import.json"], { cwd: dir });
    expect((JSON.parse(json.stdout) as { notes: string[] }).notes).toEqual([expect.stringContaining("create-order-only reports these mixes on an import as warnings")]);
    // A Create Order's split is the Create Order document's own: no such note.
    expect((await runCli(["split", "order.json"], { cwd: dir })).stdout).not.toContain("Historic Order Import");
  });

  it("writes five children of an order that mixes P, D, J, I and Y items, each clean under oms-lint, whose amounts add up", async () => {
    const dir = folder({ "orders/mixed.json": JSON.stringify(mixed, null, 2) + "\n" });
    const run = await runCli(["split", "orders/mixed.json", "--out-dir", "children"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, "children")).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `mixed-${n}.json`));
    expect(run.stdout).toContain("orders/mixed.json: split into 5 orders\n");
    expect(run.stdout).toContain(`  children/mixed-1.json  externalOrderID "8885456-98658-12215-1"  (clean)\n`);
    expect(run.stdout).toMatch(/orderItems 0: preorder items \(availability P\)/);

    // Each child, linted by the CLI itself: no problem at all.
    expect(await runCli(["children"], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
    const children = [1, 2, 3, 4, 5].map((n) => read(join(dir, "children", `mixed-${n}.json`)));
    expect(children.map((c) => c.externalOrderID)).toEqual([1, 2, 3, 4, 5].map((n) => `8885456-98658-12215-${n}`));
    expect(compare(exactSum(children.map((c) => c.shippingTax)), toDecimal(2.03))).toBe(0);
    expect(compare(exactSum(children.map((c) => (c.promotions as JsonObject[])[0]!.amount)), toDecimal(1.5))).toBe(0);
    expect(compare(exactSum(children.map((c) => c.orderPayments[0]!.authAmount)), toDecimal(20))).toBe(0);
    // The input is untouched.
    expect(readFileSync(join(dir, "orders/mixed.json"), "utf8")).toBe(JSON.stringify(mixed, null, 2) + "\n");
  });

  it("writes next to the file by default, with --id-template, in the file's own layout", async () => {
    const text = JSON.stringify(orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" })]), null, "\t").replace(/\n/g, "\r\n");
    const dir = folder({ "cart.json": text });
    const run = await runCli(["split", "--id-template", "{id}/{n}", "cart.json"], { cwd: dir });
    expect(run.code).toBe(0);
    const child = readFileSync(join(dir, "cart-2.json"), "utf8");
    expect(child).toMatch(/^\{\r\n\t"externalOrderID": "8885456-98658-12215\/2",\r\n/);
    expect(child.endsWith("}")).toBe(true);
  });

  it("prints the report as JSON with --format json", async () => {
    const dir = folder({ "mixed.json": JSON.stringify(mixed) });
    const run = await runCli(["split", "--format", "json", "mixed.json"], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.split).toBe(true);
    expect(report.children.map((c: JsonObject) => [c.filePath, c.availabilityClass, c.itemIndexes, c.errorCount])).toEqual([
      ["mixed-1.json", "P", [0], 0],
      ["mixed-2.json", "D", [1], 0],
      ["mixed-3.json", "J", [2], 0],
      ["mixed-4.json", "I", [3], 0],
      ["mixed-5.json", "normal", [4], 0],
    ]);
  });

  it("writes nothing for an order that needs no split", async () => {
    const dir = folder({ "one.json": JSON.stringify(orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "N" })])) });
    const run = await runCli(["split", "one.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^one\.json: no split needed: every item is in one class, .*; nothing written\n$/);
    expect(readdirSync(dir)).toEqual(["one.json"]);
    // An empty orderItems holds no item "in one class" (audit): it has none to split.
    const empty = folder({ "empty.json": JSON.stringify(orderWithItems([])) });
    expect(await runCli(["split", "empty.json"], { cwd: empty })).toEqual({ code: 0, stdout: "empty.json: orderItems is empty: there is nothing to split; nothing written\n", stderr: "" });
  });

  // The split audit ($50 of items), then the split review: $50 of items, 5 of tax and 5 of shipping on a $60 card gave child 1 59.99.
  it("writes a $60 gift card for $50 of items, 5 of tax and 5 of shipping, and a free e-book as 60 and 0.01, each child's authAmount within its maxAmount", async () => {
    const owing60 = orderItem({ availability: "Y", actualPrice: 50, itemTaxOverride: 5, itemSpecifics: { shipping: 5 } });
    const gift = orderWithItems([owing60, orderItem({ partNumber: "Book", availability: "I", actualPrice: 0 })], {
      shippingTax: 0,
      orderPayments: [orderPayment({ paymentType: "GX", cardIssuer: null, cardNumber: "6000" }, { maxAmount: 60, authAmount: 60, transactionID: "t1" })],
    });
    const dir = folder({ "gift.json": JSON.stringify(gift) });
    const run = await runCli(["split", "gift.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  gift-1.json  externalOrderID "8885456-98658-12215-1"  (clean)\n');
    expect(run.stdout).toContain("note: the original's orderPayments 0 is given one minor unit of maxAmount (0.01), so that this order has a payment");
    const payments = [1, 2].map((n) => read(join(dir, `gift-${n}.json`)).orderPayments.map((p) => [p.maxAmount, p.authAmount]));
    expect(payments).toEqual([[[60, 60]], [[0.01, 0]]]);
  });

  // The split review of rounding units: the cent's child kept a unit of each card, and its sibling was authorised 99.98 for 99.99.
  it("writes children owing 0.01 and 99.99, paid by two gift cards of 50.00, authorised 0.01 and 99.99, each within its maxAmount", async () => {
    const gift = (transactionID: string) =>
      orderPayment({ paymentType: "GX", cardIssuer: null, cardNumber: "6000" }, { maxAmount: 50, authAmount: 50, transactionID });
    const order = orderWithItems([orderItem({ partNumber: "Cent", availability: "P", actualPrice: 0.01 }), orderItem({ partNumber: "Rest", availability: "Y", actualPrice: 99.99 })], {
      shippingTax: 0,
      orderPayments: [gift("a"), gift("b")],
    });
    const dir = folder({ "cart.json": JSON.stringify(order, null, 2) });
    const run = await runCli(["split", "cart.json"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("note: the original's orderPayments 0 is left out of this order: its share of maxAmount went to child 2, whose limits paid less than it owes");
    const children = [1, 2].map((n) => read(join(dir, `cart-${n}.json`)));
    expect(children.map((child) => child.orderPayments.map((p) => [p.transactionID, p.maxAmount, p.authAmount]))).toEqual([
      [["b", 0.01, 0.01]],
      [
        ["a", 50, 50],
        ["b", 49.99, 49.99],
      ],
    ]);
    expect(children.map((child) => compare(exactSum(child.orderPayments.map((p) => p.authAmount)), toDecimal(child === children[0] ? 0.01 : 99.99)))).toEqual([0, 0]);
  });

  it("under onBlocks (config settings) writes the two orders preorder-mix names, and says when onBlocks needs no split at all", async () => {
    // The split audit: P, D, J, I and Y were written as five orders, with a note that the split was not needed.
    const onlyBlocks = orderWithItems([..."DJY"].map((availability, i) => orderItem({ partNumber: `Product000${i + 1}`, availability })));
    const dir = folder({ "mixed.json": JSON.stringify(mixed), "unmixed.json": JSON.stringify(onlyBlocks), "oms-lint.config.json": JSON.stringify({ settings: { onBlocks: true } }) });
    const lint = await runCli(["-f", "compact", "mixed.json"], { cwd: dir });
    expect(lint.stdout).toContain("Send 2 payloads with separate externalOrderIDs: orderItems 0 (Product0001) (availability P); orderItems 1 (Product0002), 2 (Product0003), 3 (Product0004), 4 (Product0005) (availability D, J, I, Y)");
    const run = await runCli(["split", "mixed.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("mixed.json: split into 2 orders");
    expect(run.stdout).not.toContain("not needed");
    expect(readdirSync(dir).filter((name) => name.startsWith("mixed-")).sort()).toEqual(["mixed-1.json", "mixed-2.json"]);
    const unneeded = await runCli(["split", "unmixed.json"], { cwd: dir });
    expect(unneeded.code).toBe(0);
    expect(unneeded.stdout).toMatch(/^unmixed\.json: no split needed: under onBlocks only preorders go apart, and no item is one: .*; nothing written\n  note: the tenant is onBlocks: .* this split is not needed\n$/);
  });

  /**
   * A refusal names the line and column a user's editor shows, as lint's findings do: a
   * repeated key named no place at all, and past a byte order mark (which opens many files
   * written on Windows, and which no editor shows as a column) a number's column was one too
   * many (the twenty-fifth stop's note).
   */
  it("names the place of what it refuses (a repeated key, a number beyond 2^53, a number the children would change), byte order mark or not", async () => {
    const text = JSON.stringify(mixed);
    const cases: [string, string, string][] = [
      // A repeated key's place is the value of its last writing, as duplicate-key's finding gives it.
      ["a repeated key", text.replace(`{"externalOrderID"`, `{"externalOrderID": "x", "externalOrderID"`), JSON.stringify(mixed.externalOrderID)],
      ["2^53 + 1", text.replace(`{`, `{"giftNumber": 9007199254740993, `), `9007199254740993`],
      ["-0", text.replace(`{`, `{"giftNumber": -0, `), `-0`],
    ];
    for (const [what, body, place] of cases) {
      // Counted in characters from column 1, the byte order mark none.
      const column = body.lastIndexOf(place) + 1;
      for (const bom of ["", "\uFEFF"]) {
        const dir = folder({ "order.json": bom + body });
        const run = await runCli(["split", "order.json"], { cwd: dir });
        expect(run.code, what).toBe(1);
        expect(run.stderr, `${what}${bom && ", with a byte order mark"}`).toMatch(new RegExp(`^oms-lint split: order\\.json: 1:${column}: `));
      }
    }
  });

  /**
   * An amount split divides that is no number (a string `"22.00"`, `true`) cannot be divided: each
   * child carried it whole (both children authorised 22.00 of a 22.00 order), or weighed it as 0
   * (a line's `"10.00"` tax left out of what its child owes, so its gift card was cut short), with
   * no word of it (audit of split). Refused, naming the place, as the JSON checks are.
   */
  it("refuses an amount it divides that is no number, naming where it is, and writes nothing", async () => {
    const order = mixed as JsonObject & { orderItems: JsonObject[]; orderPayments: JsonObject[] };
    const cases: [string, (copy: typeof order) => void, string][] = [
      ["a payment's authAmount", (o) => void (o.orderPayments[0]!.authAmount = "20.00"), "/orderPayments/0/authAmount"],
      ["a payment's maxAmount", (o) => void (o.orderPayments[0]!.maxAmount = "20.00"), "/orderPayments/0/maxAmount"],
      ["the order's shippingTax", (o) => void (o.shippingTax = "2.03"), "/shippingTax"],
      ["a line's itemTaxOverride", (o) => void ((o.orderItems[1]!.itemSpecifics as JsonObject).itemTaxOverride = "10.00"), "/orderItems/1/itemSpecifics/itemTaxOverride"],
      ["a line's actualPrice", (o) => void ((o.orderItems[0]!.itemSpecifics as JsonObject).actualPrice = true), "/orderItems/0/itemSpecifics/actualPrice"],
    ];
    for (const [what, change, path] of cases) {
      const copy = structuredClone(order);
      change(copy);
      const text = JSON.stringify(copy, null, 2);
      const dir = folder({ "order.json": text });
      const run = await runCli(["split", "order.json"], { cwd: dir });
      expect(run.code, what).toBe(1);
      // The value's own line and column, found by another parser (jsonc-parser) from the pointer.
      const node = findNodeAtLocation(parseTree(text)!, path.split("/").slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s)))!;
      const before = text.slice(0, node.offset).split("\n");
      const place = `${before.length}:${before.at(-1)!.length + 1}`;
      expect(run.stderr, what).toMatch(new RegExp(`^oms-lint split: order\\.json: ${place}: the order must be split, but ${path.replace(/\//g, "\\/")} is no number`));
      expect(readdirSync(dir), what).toEqual(["order.json"]);
    }
    // An order that needs no split is left alone, whatever its amounts ("An order that needs no
    // split is left alone", split --help): nothing is divided (audit of the late fixes: it was refused).
    const one = orderWithItems([orderItem({ availability: "Y" })], { orderPayments: [orderPayment({}, { authAmount: "20.00" })] });
    const alone = await runCli(["split", "one.json"], { cwd: folder({ "one.json": JSON.stringify(one, null, 2) }) });
    expect([alone.code, alone.stderr]).toEqual([0, ""]);
    expect(alone.stdout).toMatch(/^one\.json: no split needed: /);
    // maxAmount null is the documents' own (no limit): split as before.
    const open = structuredClone(order);
    open.orderPayments[0]!.maxAmount = null;
    expect((await runCli(["split", "order.json"], { cwd: folder({ "order.json": JSON.stringify(open) }) })).code).toBe(0);
  });

  it("exit 1, one line on stderr and nothing written, for a file that cannot be split", async () => {
    const noId = { ...mixed };
    delete noId.externalOrderID;
    const dir = folder({
      "custom.json": JSON.stringify({ name: "a", value: "b" }),
      "broken.json": "{ \"externalOrderID\": MFG_ID }",
      "repeated.json": JSON.stringify(mixed).replace(`"externalOrderID"`, `"externalOrderID": "other", "externalOrderID"`),
      "noid.json": JSON.stringify(noId),
      // An empty ID made children "-1" and "-2", clean, exit 0 (split audit).
      "emptyid.json": JSON.stringify({ ...mixed, externalOrderID: "" }),
      // So did a zero-width space: children "\u200b-1" and "\u200b-2", printed raw as "-1", "-2" (split review).
      "invisibleid.json": JSON.stringify({ ...mixed, externalOrderID: "\u200b" }),
      // lint's plan named P and D apart and never item 2, which split wrote as a third order (split audit).
      "unknowncode.json": JSON.stringify(orderWithItems(["P", "D", "X"].map((availability) => orderItem({ availability })))),
      // 92c9828 wrote two children of items 0 and 2 and dropped "legacy-item" and null (audit).
      "notobject.json": JSON.stringify(orderWithItems([orderItem({ availability: "P" }), "legacy-item", orderItem({ availability: "Y" }), null] as JsonObject[])),
      // A trade-in at -10 beside a preorder of 10 left the preorder's child owing 11 of an order of 1, and its sibling's
      // note read the -10 as "promotions and discounts … unused" (the audit of split's moves).
      "tradein.json": JSON.stringify(
        orderWithItems([orderItem({ partNumber: "TRADEIN", availability: "Y", actualPrice: -10 }), orderItem({ partNumber: "PRE", availability: "P", actualPrice: 10 })], {
          shippingTax: 1,
          orderPayments: [orderPayment({}, { maxAmount: null, authAmount: 1 })],
        }),
        null,
        2,
      ),
    });
    // A name with nothing at all there is the command line's fault (exit 2, as lint's; test/files/systemErrorWords.test.ts); a broken link is the file's.
    symlinkSync("gone.json", join(dir, "link.json"));
    const cases: [string, RegExp][] = [
      ["custom.json", /split takes an order \(createOrder or importOrder\); this is an orderCustomData payload/],
      ["broken.json", /^oms-lint split: broken\.json: 1:\d+: /],
      ["repeated.json", /a key is repeated at \/externalOrderID/],
      ["noid.json", /it has no externalOrderID/],
      ["emptyid.json", /it has no externalOrderID/],
      ["invisibleid.json", /it has no externalOrderID \(a string that is not blank: white space, controls and characters that draw nothing, such as U\+200B or the braille blank U\+2800, alone are\)/],
      ["link.json", /cannot read the file: it is a broken symbolic link \(what it points to does not exist\) \(ENOENT\)/],
      ["unknowncode.json", /: orderItems 2 \(availability "X"\) has a product\.availability that is none of the documents' codes \(the schema's error\), so which order it belongs in cannot be told: fix that first$/m],
      ["notobject.json", /: orderItems 1 \("legacy-item"\), 3 \(null\) are no objects \(the schema's error: an order item is an object\), so which order they belong in cannot be told: fix that first$/m],
      // At the negative price's own line and column: the value -10, on line 31 of the file as written.
      [
        "tradein.json",
        /^oms-lint split: tradein\.json: 31:24: the order must be split, but child 1 \(orderItems 0\) would owe -10 before promotions and discounts: orderItems 0's actualPrice × quantity is -10 \(the documents give no line a negative price or quantity\)\. .* split writes no children that together could owe more than the whole order\. Write the credit as a promotions\[\] or discounts\[\] entry/,
      ],
    ];
    for (const [file, message] of cases) {
      const run = await runCli(["split", file], { cwd: dir });
      expect(run.code, file).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
    expect(readdirSync(dir).sort()).toEqual(["broken.json", "custom.json", "emptyid.json", "invisibleid.json", "link.json", "noid.json", "notobject.json", "repeated.json", "tradein.json", "unknowncode.json"]);
  });

  // Found by the audit of split and --fix: `split -f json` printed nothing on stdout for a file it could not split, and `| jq` read empty input.
  it("with --format json, a file that cannot be split is a JSON report on stdout that says it was not split and why, the same line on stderr, exit 1", async () => {
    const amountAsText = structuredClone(mixed);
    amountAsText.shippingTax = "2.03";
    const dir = folder({
      "amount.json": JSON.stringify(amountAsText, null, 2),
      "broken.json": "{ \"externalOrderID\": MFG_ID }",
      "custom.json": JSON.stringify({ name: "a", value: "b" }),
    });
    const cases: [string, RegExp][] = [
      ["amount.json", /^\d+:\d+: the order must be split, but \/shippingTax is no number/],
      ["broken.json", /^1:\d+: /],
      ["custom.json", /^split takes an order \(createOrder or importOrder\); this is an orderCustomData payload/],
    ];
    for (const [file, why] of cases) {
      const run = await runCli(["split", "-f", "json", file], { cwd: dir });
      expect(run.code, file).toBe(1);
      const report = JSON.parse(run.stdout) as { cannotSplit: string };
      expect(report, file).toEqual({ filePath: file, split: false, cannotSplit: expect.stringMatching(why), notes: [], children: [] });
      // The text format's line, word for word.
      expect(run.stderr, file).toBe(`oms-lint split: ${file}: ${report.cannotSplit}\n`);
      expect((await runCli(["split", file], { cwd: dir })).stderr, file).toBe(run.stderr);
    }
    expect(readdirSync(dir).sort()).toEqual(["amount.json", "broken.json", "custom.json"]);
  });

  it("prints a child's externalOrderID and file name with their invisible characters escaped, as it does \\u0085", async () => {
    const dir = folder({ "a\u200bb.json": JSON.stringify({ ...mixed, externalOrderID: "X\u200bY\u2060\u0085" }) });
    const run = await runCli(["split", "a\u200bb.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/[\u200b\u2060\u0085]/);
    expect(run.stdout).toMatch(/^a\\u200bb\.json: split into 5 orders\n/);
    expect(run.stdout).toContain('  a\\u200bb-1.json  externalOrderID "X\\u200bY\\u2060\\u0085-1"  (clean)\n');
    expect(read(join(dir, "a\u200bb-1.json")).externalOrderID).toBe("X\u200bY\u2060\u0085-1");
    const json = await runCli(["split", "-f", "json", "--force", "a\u200bb.json"], { cwd: dir });
    expect(json.stdout).not.toMatch(/[\u200b\u2060\u0085]/);
    expect(JSON.parse(json.stdout).children[0].externalOrderID).toBe("X\u200bY\u2060\u0085-1");
  });

  // The split audit: 12345678901234567.5 was called "the integer at …", which it is not; lint's unsafe-integer says "the number … is past 2^53 - 1".
  it.each([
    ["an integer past 2^53 - 1", "manufacturerID", "12345678901234567890", "is past 2^53 - 1 (9007199254740991)"],
    ["a number with a fraction past 2^53 - 1", "giftNumber", "12345678901234567.5", "is past 2^53 - 1 (9007199254740991)"],
    ["a number below -(2^53 - 1)", "giftNumber", "-12345678901234567890", "is below -(2^53 - 1) (-9007199254740991)"],
  ])("%s is refused at its line and column, as lint places it and in its words (found by the CLI audit: the pointer alone)", async (_, key, raw, where) => {
    const text = JSON.stringify({ ...mixed, [key]: 1 }, null, 2).replace(`"${key}": 1`, `"${key}": ${raw}`);
    const dir = folder({ "huge.json": text });
    const run = await runCli(["split", "huge.json"], { cwd: dir });
    const index = text.indexOf(raw);
    const line = text.slice(0, index).split("\n").length;
    const column = index - text.lastIndexOf("\n", index);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`oms-lint split: huge.json: ${line}:${column}: the number ${raw} at /${key} ${where} and would change when the children are written (fix it first)\n`);
    const lint = JSON.parse((await runCli(["--format", "json", "huge.json"], { cwd: dir })).stdout)[0].messages.find((m: { path: string; ruleId: string }) => m.path === `/${key}` && m.ruleId === "unsafe-integer");
    expect(lint.message).toMatch(new RegExp(`^the number ${raw.replace(".", "\\.")} ${where.replace(/[()^]/g, "\\$&")}`));
    expect([lint.line, lint.column]).toEqual([line, column]);
  });

  // The split audit: a card number written as a 19-digit integer was printed whole by split's refusal (and the editor's split advice), where lint redacts it.
  it.each([
    ["a card number past 2^53 - 1", "cardNumber", "4111111111111111111"],
    ["a security code a double does not hold as written", "cardSecurityCode", "123.00000000000000001"],
  ])("%s is refused without quoting it, by split and by the editor's split advice", async (_, field, raw) => {
    const order = structuredClone(mixed) as JsonObject & { orderPayments: { paymentMethod: JsonObject }[] };
    order.orderPayments[0]!.paymentMethod[field] = "RAW";
    const text = JSON.stringify(order, null, 2).replace('"RAW"', raw);
    expect(text).toContain(raw);
    const dir = folder({ "card.json": text });
    const run = await runCli(["split", "card.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^oms-lint split: card\.json: \d+:\d+: the number \[redacted\] (at \/orderPayments\/0\/paymentMethod\/cardNumber is past 2\^53 - 1|would be written as another number)/);
    const advice = splitAdvice(text, "card.json", {}, defaultStructureLimits);
    expect(advice).toContain("[redacted]");
    for (const shown of [run.stderr, advice]) expect(shown).not.toMatch(/4111|123\.0|1230/);
  });

  // The third audit of split: the text report printed an e-mail (or card-like) externalOrderID whole, where lint's messages redact it.
  it("prints a child's externalOrderID redacted where it looks like an e-mail address; the child's file keeps it", async () => {
    const dir = folder({ "mail.json": JSON.stringify({ ...mixed, externalOrderID: "jane.doe@example.com" }) });
    const run = await runCli(["split", "mail.json"], { cwd: dir });
    expect(run.code).toBe(0);
    // The original's part redacted, each child's own kept, so that the children stay apart.
    expect(run.stdout).toContain('mail-1.json  externalOrderID "[redacted]-1"');
    expect(run.stdout).toContain('mail-5.json  externalOrderID "[redacted]-5"');
    expect(run.stdout).not.toContain("jane.doe");
    expect(read(join(dir, "mail-1.json")).externalOrderID).toBe("jane.doe@example.com-1");
  });

  it("exit 2 for usage errors, in one line", async () => {
    const dir = folder({ "mixed.json": JSON.stringify(mixed), "sub/mixed.json": JSON.stringify(mixed) });
    const usage: [string[], RegExp][] = [
      [["split"], /split takes one file/],
      [["split", "a.json", "b.json"], /split takes one file: .*\(got 2\)/],
      [["split", "--id-template", "{id}", "mixed.json"], /--id-template: an ID template must contain \{n\}/],
      [["split", "--frobnicate", "mixed.json"], /Unknown option '--frobnicate'/],
      [["split", "--format", "xml", "mixed.json"], /unknown format "xml"; the formats are: text, json/],
      [["split", "--max-depth", "0", "mixed.json"], /--max-depth takes a whole number of at least 1, not "0"/],
      // Found by the audit of split and --fix: an empty --out-dir wrote the children into the working folder, as -o "" is refused.
      ...[["--out-dir", ""], ["--out-dir="]].map((given): [string[], RegExp] => [
        ["split", ...given, "sub/mixed.json"],
        /^oms-lint: split: --out-dir is empty: give the children's folder \(--out-dir orders\), or leave --out-dir out to write them beside the file\n$/,
      ]),
      // Left by the same audit: "" read the working folder as the config, "it is a folder (EISDIR)".
      [["split", "--config", "", "mixed.json"], /^oms-lint: split: --config takes a config file, not an empty name \(or --no-config for none\)\n$/],
      // Found by the audit of the CLI surfaces: a folder was "cannot read the file: it is a folder (EISDIR)", exit 1, where --help puts it under exit 2.
      [["split", "sub"], /^oms-lint: split: "sub" is a folder: split takes one order's file \(split <folder>\/<order>\.json\)\n$/],
      [["split", "."], /^oms-lint: split: "\." is a folder/],
    ];
    for (const [args, message] of usage) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^oms-lint: /);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
    expect(readdirSync(dir).sort()).toEqual(["mixed.json", "sub"]);
    expect(readdirSync(join(dir, "sub"))).toEqual(["mixed.json"]);
  });

  it("reads the file as lint does: the config's limits, or the command line's, refuse what lint refuses", async () => {
    const dir = folder({ "mixed.json": JSON.stringify(mixed, null, 2), "limited/oms-lint.config.json": JSON.stringify({ limits: { maxDepth: 3 } }) });
    writeFileSync(join(dir, "limited/mixed.json"), JSON.stringify(mixed, null, 2));
    const cases: [string, string[], RegExp][] = [
      ["limited", [], /^\d+:\d+: the JSON nests deeper than 3 levels here/],
      [".", ["--no-config", "--max-depth", "3"], /^\d+:\d+: the JSON nests deeper than 3 levels here/],
      [".", ["--no-config", "--max-entries", "4"], /^\d+:\d+: this object holds more than 4 members/],
      [".", ["--no-config", "--max-values", "50"], /^\d+:\d+: the JSON holds more than 50 values by this one/],
      [".", ["--no-config", "--max-file-size", "100"], /^the file is \d+ bytes, more than the 100 bytes oms-lint reads/],
    ];
    for (const [cwd, args, message] of cases) {
      const split = await runCli(["split", ...args, "mixed.json"], { cwd: join(dir, cwd) });
      expect(split.code, args.join(" ")).toBe(1);
      expect(split.stdout).toBe("");
      const said = split.stderr.replace(/^oms-lint split: mixed\.json: /, "").trimEnd();
      expect(said).toMatch(message);
      expect(said.split("\n")).toHaveLength(1);
      // lint, given the same config and arguments, refuses the file with the same words.
      const linted = await runCli(["--format", "json", ...args, "mixed.json"], { cwd: join(dir, cwd) });
      const [fault] = (JSON.parse(linted.stdout) as { messages: { message: string; fatal?: boolean }[] }[])[0]!.messages;
      expect(fault).toMatchObject({ fatal: true });
      expect(said.endsWith(fault!.message)).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(["limited", "mixed.json"]);
    expect(readdirSync(join(dir, "limited")).sort()).toEqual(["mixed.json", "oms-lint.config.json"]);
  });

  it("uses the config as lint does: an `overrides` entry's settings and rules for the file, which its children are linted with too", async () => {
    const dir = folder({
      "oms-lint.config.json": JSON.stringify({
        overrides: [
          { files: ["blocks/**"], settings: { onBlocks: true } },
          { files: ["mixed.json"], rules: { "unknown-property": "error" } },
          { files: ["**/mixed-*.json"], rules: { "unknown-property": "off" } },
        ],
      }),
      "blocks/mixed.json": JSON.stringify(mixed),
      "mixed.json": JSON.stringify({ ...mixed, extraField: 1 }),
    });
    const blocks = await runCli(["split", "blocks/mixed.json"], { cwd: dir });
    expect(blocks.code).toBe(0);
    // Under onBlocks only the preorders go apart.
    expect(blocks.stdout).toContain("blocks/mixed.json: split into 2 orders");
    // The children carry the unknown field: an error under the input's rules, which the split judges them by,
    // whatever an entry for the children's own names says (`oms-lint mixed-1.json` there finds nothing).
    const split = await runCli(["split", "--format", "json", "mixed.json"], { cwd: dir });
    expect(split.code).toBe(1);
    const children = (JSON.parse(split.stdout) as { children: { filePath: string; errorCount: number }[] }).children;
    expect(children).toHaveLength(5);
    for (const child of children) {
      expect(child.errorCount).toBe(1);
      const linted = JSON.parse((await runCli(["--format", "json", child.filePath], { cwd: dir })).stdout) as { errorCount: number; messages: { ruleId: string }[] }[];
      expect(linted[0]!.messages).toEqual([]);
    }
  });

  it("--help shows the split's own help", async () => {
    const run = await runCli(["split", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^oms-lint split \[options\] <file>/);
    // It said "into one order per class" of every tenant (split audit): under onBlocks only the preorders go apart.
    const oneLine = run.stdout.replace(/\s+/g, " ");
    expect(oneLine).not.toContain("into one order per class,");
    expect(oneLine).toContain(
      "into one order per class (all P; all D; all J; all I; all the rest), or, where the config's settings.onBlocks is true (the OMS splits D, J and I itself upon order placement), into two: the preorders, and all the rest, the orders the rules' messages name.",
    );
  });
});
