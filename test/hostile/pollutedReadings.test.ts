import { describe, expect, it } from "vitest";
import { lintText, splitOrder, validate, type Kind } from "../../src/index.js";
import { importOrder, orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";
import { hostileValues, onObjectPrototype, withPolluted } from "../support/prototypePollution.js";

/**
 * The readings a rule makes of a payload are held in objects oms-lint makes, told apart by a
 * field one kind of reading holds and another lacks. Asked with `name in reading`, a polluted
 * Object.prototype answers for every one: the payloads here are those of the rules' own tables
 * that reach each such reading (the bundled examples reach none of them), and each must give the
 * findings a clean prototype gives, which say what the table says.
 */
interface Reading {
  /** The name the reading is told by. */
  readonly name: string;
  readonly kind: Kind;
  readonly text: string;
  /** Words of the clean prototype's findings, from the rule's table: the payload reaches the reading. */
  readonly says: string;
}

const readings: readonly Reading[] = [
  {
    // create-order-only's table: a literal is read exactly unless its exponent is past the bound (decimal.ts).
    name: "exponentPast",
    kind: "importOrder",
    text: JSON.stringify(importOrder({ orderItems: [orderItem({ actualPrice: 1, quantity: "5", itemTaxOverride: 5 })] })),
    says: 'quantity "5" read as 5',
  },
  {
    // tax-rate-cap-float-noise's table: a single spelt past its shortest form is quoted as written.
    name: "exponentPast",
    kind: "createOrder",
    text: JSON.stringify(orderWithItems([orderItem({ actualPrice: 0.01, quantity: 1, itemTaxOverride: 0 })])).replace('"itemTaxOverride":0', '"itemTaxOverride":0.00200000009499490261077880859375'),
    says: "by its tax 0.0020000000949949026, exactly a single-precision number of 17 significant digits",
  },
  {
    // preorder-mix's table: an item without an availability is placed in the plan apart from those with one (availabilityClasses.ts).
    name: "known",
    kind: "createOrder",
    text: JSON.stringify(orderWithItems([orderItem({ availability: "P", product: { partNumber: null } }), orderItem({ availability: "D", product: { partNumber: null } }), orderItem({ product: { availability: null, partNumber: null } })])),
    says: "orderItems 0, 2 (availability P, and orderItems 2 has none); orderItems 1 (availability D)",
  },
  {
    // unknown-property's table: a misspelt key is offered the schema's name, with the documents' words only where they speak of it.
    name: "said",
    kind: "createOrder",
    text: JSON.stringify(orderWithItems([orderItem()], { customer: { firstname: "Test", lastName: "Customer", email: "testemail@kibotest.com" } })),
    says: "did you mean firstName? The schema spells it firstName",
  },
  {
    // unknown-property's read-only fields are looked up by the payload's kind: a search has none listed.
    name: "orderItemSearch",
    kind: "orderItemSearch",
    text: JSON.stringify({ orderID: 1, pag: 2 }),
    says: 'unknown property "pag": did you mean page?',
  },
];

/** What a caller gets of the payload: validate()'s findings and lintText()'s messages. */
const findings = ({ kind, text }: Reading) => [validate(kind, JSON.parse(text)).diagnostics, lintText(text, { kind }).messages];

describe("a polluted Object.prototype does not change what a rule reads of a payload", () => {
  it.each(readings.flatMap((reading) => hostileValues.map((value) => ({ ...reading, value, label: value[0] }))))("Object.prototype.$name holding $label: the findings on the payload that says $says", async ({ value, ...reading }) => {
    const clean = findings(reading);
    expect(clean[0]!.map((finding) => finding.message)).toContainEqual(expect.stringContaining(reading.says));
    expect(await withPolluted([onObjectPrototype(reading.name, value)], () => findings(reading))).toEqual(clean);
  });

  it.each(hostileValues)("Object.prototype.known holding %s: `oms-lint split` places an item without an availability where a clean prototype places it", async (_label, value) => {
    const order: JsonObject = orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "D" }), orderItem({ product: { availability: null } })]);
    const clean = splitOrder(structuredClone(order));
    expect(clean.report.map((child) => child.reason)).toContainEqual(expect.stringMatching(/^orderItems 0, 2: /));
    expect(await withPolluted([onObjectPrototype("known", [_label, value])], () => splitOrder(structuredClone(order)))).toEqual(clean);
  });
});
