import { describe, expect, it } from "vitest";
import { splitOrder } from "../../src/split/splitOrder.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { createOrder, orderItem, orderPayment, orderWithItems, type Json, type JsonObject } from "../support/payloads.js";

const folder = scratchFolders("split-pre-authorisation");

/**
 * The documents' Create Order example (its payment: `"transactionID": "12123", "authorizationID":
 * "48484", "authAmount": 20`) with items Y, P and D: three children. `payment`'s fields are laid
 * over the example's payment (undefined: left out).
 */
function exampleOfThree(payment: { readonly [key: string]: Json | undefined } = {}): JsonObject {
  const order = createOrder();
  const [first] = order.orderItems as JsonObject[];
  const items = ["Y", "P", "D"].map((availability, i) => {
    const item = structuredClone(first!) as { product: JsonObject };
    item.product = { ...item.product, partNumber: `Product000${i + 1}`, availability };
    return item;
  });
  const [examplePayment] = order.orderPayments as JsonObject[];
  // A field given as undefined is left out, as JSON leaves it out.
  const merged = Object.entries({ ...examplePayment!, ...payment }).filter(([, value]) => value !== undefined);
  return { ...order, orderItems: items, orderPayments: [Object.fromEntries(merged) as JsonObject] };
}

/** What every note of a shared pre-authorisation says, whichever payment and children it names. */
const sharedWords = /, which the documents do not describe: re-authorise each child's payment, or check with the payment gateway that it accepts this \(our reading: Create Order lists transactionID, authorizationID and authAmount "for pre-authorized payments", one gateway authorisation for one amount\)$/;

const notesOf = (order: JsonObject) => splitOrder(order).report.map((child) => child.notes.filter((note) => note.includes("pre-authoris")));

// Found by the split audit: the example's one pre-authorisation went to three children, each with
// transactionID 12123 and authorizationID 48484 and a part of its authAmount, without a word.
describe("split and a pre-authorised payment", () => {
  it("tells each child that carries a pre-authorised payment that it shares the one authorisation, whose amount is divided", () => {
    const order = exampleOfThree();
    const { children } = splitOrder(order);
    const payments = children.map((child) => (child.orderPayments as JsonObject[])[0]!);
    expect(payments.map((payment) => [payment.transactionID, payment.authorizationID])).toEqual([["12123", "48484"], ["12123", "48484"], ["12123", "48484"]]);
    expect(notesOf(order)).toEqual([
      [expect.stringMatching(/^the original's orderPayments 0 is pre-authorised \(its transactionID and authorizationID are set\): this order shares that one pre-authorisation with children 2 and 3, and its authAmount is divided among them, which /)],
      [expect.stringMatching(/^the original's orderPayments 0 is pre-authorised \(its transactionID and authorizationID are set\): this order shares that one pre-authorisation with children 1 and 3, and its authAmount is divided among them, which /)],
      [expect.stringMatching(/^the original's orderPayments 0 is pre-authorised \(its transactionID and authorizationID are set\): this order shares that one pre-authorisation with children 1 and 2, and its authAmount is divided among them, which /)],
    ]);
    for (const [note] of notesOf(order)) expect(note).toMatch(sharedWords);
  });

  it.each([
    ["a transactionID alone", { authorizationID: null }, "its transactionID is set"],
    ["an authorizationID alone", { transactionID: null }, "its authorizationID is set"],
    ["an authorizationID, no transactionID field at all", { transactionID: undefined }, "its authorizationID is set"],
  ])("names what is set: %s", (_, payment, named) => {
    const notes = notesOf(exampleOfThree(payment));
    expect(notes.map((child) => child.length)).toEqual([1, 1, 1]);
    for (const [note] of notes) expect(note).toContain(`orderPayments 0 is pre-authorised (${named}): this order shares that one pre-authorisation`);
  });

  it("says so of a pre-authorised payment without an authAmount, which nothing divides", () => {
    const notes = notesOf(exampleOfThree({ authAmount: null }));
    expect(notes.map((child) => child.length)).toEqual([1, 1, 1]);
    for (const [note] of notes) {
      expect(note).toMatch(/this order shares that one pre-authorisation with children \d and \d \(it has no authAmount to divide\), which the documents do not describe/);
      expect(note).toMatch(sharedWords);
    }
  });

  it.each([
    ["both null", { transactionID: null, authorizationID: null }],
    ["both absent", { transactionID: undefined, authorizationID: undefined }],
  ])("says nothing of a payment whose transactionID and authorizationID are %s", (_, payment) => {
    expect(notesOf(exampleOfThree(payment))).toEqual([[], [], []]);
  });

  it("says nothing where the order needs no split, or where one child alone carries the pre-authorised payment", () => {
    expect(notesOf(createOrder())).toEqual([[]]);
    // A gift card of 0.01, pre-authorised, goes to the first child alone (the second's share of it rounds to 0); the card of no limit pays the rest.
    const giftCard = orderPayment({ paymentType: "GC", cardIssuer: "VI" }, { maxAmount: 0.01, transactionID: "T-1", authorizationID: "A-1", authAmount: 0.01 });
    const card = orderPayment({}, { maxAmount: null });
    const order = orderWithItems([orderItem({ availability: "Y", actualPrice: 10 }), orderItem({ availability: "P", actualPrice: 10 })], { orderPayments: [giftCard, card] });
    const { children } = splitOrder(order);
    expect(children.map((child) => (child.orderPayments as JsonObject[]).length)).toEqual([2, 1]);
    expect(notesOf(order)).toEqual([[], []]);
  });

  it("names each pre-authorised payment a child shares, in one note", () => {
    const second = orderPayment({}, { maxAmount: null, transactionID: "T-2", authorizationID: null, authAmount: 5 });
    const order = exampleOfThree();
    order.orderPayments = [...(order.orderPayments as JsonObject[]), orderPayment({}, { maxAmount: null }), second];
    const notes = notesOf(order);
    expect(notes.map((child) => child.length)).toEqual([1, 1, 1]);
    expect(notes[0]![0]).toMatch(/^the original's orderPayments 0, 2 are pre-authorised \(each has a transactionID or an authorizationID set\): this order shares each of these pre-authorisations with the other children that carry it \(children 2 and 3\), and each one's authAmount, where it has one, is divided among them, which /);
    expect(notes[0]![0]).toMatch(sharedWords);
  });

  it("oms-lint split says so under each child, in text and in the JSON report", async () => {
    const dir = folder({ "cart.json": JSON.stringify(exampleOfThree(), null, 2) + "\n" });
    const text = await runCli(["split", "cart.json", "--out-dir", "orders"], { cwd: dir });
    expect(text.stderr).toBe("");
    const noteLines = text.stdout.split("\n").filter((line) => line.includes("pre-authoris"));
    expect(noteLines).toHaveLength(3);
    for (const line of noteLines) {
      expect(line).toMatch(/^ {4}note: the original's orderPayments 0 is pre-authorised \(its transactionID and authorizationID are set\): this order shares that one pre-authorisation with children \d and \d, and its authAmount is divided among them, which /);
      expect(line).toMatch(sharedWords);
    }
    const json = await runCli(["split", "--force", "-f", "json", "cart.json", "--out-dir", "orders"], { cwd: dir });
    const report = JSON.parse(json.stdout) as { children: { notes: string[] }[] };
    expect(report.children.map((child) => child.notes.filter((note) => sharedWords.test(note)).length)).toEqual([1, 1, 1]);
  });
});
