import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import type { Kind } from "../../src/kinds/kinds.js";
import { importOrder, orderItem, orderWithItems, type Json, type JsonObject } from "../support/payloads.js";

/** Product fields to set; one set to undefined is left out. */
type ProductFields = { readonly [key: string]: Json | undefined };

/** An order item as the documents' example has it, with its product's fields replaced. */
function itemWithProduct(fields: ProductFields): JsonObject {
  const item = orderItem();
  const product: JsonObject = { ...(item.product as JsonObject) };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete product[key];
    else product[key] = value;
  }
  return { ...item, product };
}

interface Case {
  readonly name: string;
  readonly kind: Kind;
  readonly product: ProductFields;
  /** Every finding at the item's product: pointer, rule, severity. */
  readonly expected: readonly (readonly [string, string, string])[];
}

// Create Order (seeds/004), Order Items: "the crucial elements about line items include the Part
// Number, Price and Quantity, Name, and Availability". The import's Order Items (seeds/003) list
// "Part Number Price and Quantity Name": no Availability.
const cases: readonly Case[] = [
  { name: "Create Order, availability given: nothing", kind: "createOrder", product: { availability: "P" }, expected: [] },
  {
    name: "Create Order, availability absent: a warning, at the field",
    kind: "createOrder",
    product: { availability: undefined },
    expected: [["/orderItems/0/product/availability", "schema/line-item-crucial", "warning"]],
  },
  {
    name: "Create Order, availability null (no code): the same warning, not an error",
    kind: "createOrder",
    product: { availability: null },
    expected: [["/orderItems/0/product/availability", "schema/line-item-crucial", "warning"]],
  },
  {
    name: "Create Order, availability of another type: the schema's error alone (not a documented code), no crucial warning beside it",
    kind: "createOrder",
    product: { availability: 5 },
    expected: [["/orderItems/0/product/availability", "schema", "error"]],
  },
  {
    name: "Create Order, a product with none of its crucial fields: one finding at the product",
    kind: "createOrder",
    product: { partNumber: undefined, name: undefined, availability: undefined },
    expected: [["/orderItems/0/product", "schema/line-item-crucial", "warning"]],
  },
  { name: "import, availability absent: nothing (its document does not name it crucial)", kind: "importOrder", product: { availability: undefined }, expected: [] },
  { name: "import, availability null: nothing", kind: "importOrder", product: { availability: null }, expected: [] },
];

describe("schema/line-item-crucial: Create Order's availability", () => {
  for (const { name, kind, product, expected } of cases) {
    it(name, () => {
      const items = [itemWithProduct(product)];
      const payload = kind === "createOrder" ? orderWithItems(items) : importOrder({ orderItems: items });
      const found = validate(kind, payload).diagnostics.filter((d) => d.path.startsWith("/orderItems/0/product"));
      expect(found.map((d) => [d.path, d.ruleId, d.severity])).toEqual(expected);
      // Crucial, never required: no warning of this rule says the OMS refuses the item.
      for (const d of found.filter((x) => x.ruleId === "schema/line-item-crucial")) {
        expect(d.message).toMatch(/availability/);
        expect(d.message).toMatch(/does not say the OMS refuses/);
        expect(d.message).not.toMatch(/required/);
      }
    });
  }

  it("a misspelt availability key is named as the likely cause, once", () => {
    const found = validate("createOrder", orderWithItems([itemWithProduct({ availability: undefined, availabilty: "Y" })])).diagnostics.filter((d) => d.path.startsWith("/orderItems/0/product"));
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toBe("/orderItems/0/product/availabilty");
    expect(found[0]?.message).toMatch(/availabilty/);
  });
});
