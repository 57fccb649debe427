import { describe, expect, it } from "vitest";
import { evidenceRows } from "../../codegen/evidence.js";
import { validate } from "../../src/builtIn/linter.js";
import { constraintPassageTable } from "../../src/generated/constraintPassages.js";
import type { Kind } from "../../src/kinds/kinds.js";
import { createOrder, importOrder } from "../support/payloads.js";

/**
 * What a finding quotes (SARIF's passage and document, the hover, docs/evidence.md) is its own
 * field's row, from the document of the payload's kind: Create Order's locale row is not the
 * import's, and shippingTaxRate's minimum is not shippingTax's row (found by the evidence audit).
 */
const passages = constraintPassageTable();
const bodies: Readonly<Record<"createOrder" | "importOrder", typeof createOrder>> = { createOrder, importOrder };

function quoted(kind: "createOrder" | "importOrder", field: string, value: unknown) {
  const found = validate(kind as Kind, bodies[kind]({ [field]: value as never })).diagnostics.filter((d) => d.path === `/${field}`);
  expect(found, `${kind} ${field}`).toHaveLength(1);
  return passages.get(found[0]!.constraint ?? "");
}

describe("a schema finding quotes its own field's row, from its kind's document", () => {
  it.each([
    ["createOrder", "locale", null, "Create Order (seeds/004)", "locale enum An Internet Engineering Task Force code indicating the location and language of the order."],
    ["importOrder", "locale", null, "Historic Order Import (seeds/003)", "locale string An Internet Engineering Task Force code identifier consisting of information about the manufacturer’s language or region."],
    ["createOrder", "orderID", 0, "Create Order (seeds/004)", "orderID integer A unique identifier for the order. This ID is set by OMS when created in the system"],
    ["importOrder", "orderID", 0, "Historic Order Import (seeds/003)", "orderID integer A unique identifier for the order. The minimum value is “1”."],
    ["createOrder", "shippingTaxRate", -1, "Create Order (seeds/004)", "shippingTaxRate number The shipping tax rate to be applied. The minimum value is “0”."],
    ["importOrder", "shippingTaxRate", -1, "Historic Order Import (seeds/003)", "shippingTaxRate number The shipping tax rate to be applied. The minimum value is “0”."],
  ] as const)("%s %s = %j", (kind, field, value, document, passage) => {
    const own = quoted(kind, field, value);
    expect(own?.document).toContain(document);
    expect(own?.passage.startsWith(passage)).toBe(true);
  });

  it("importedCreationDate's format quotes importedCreationDate's row, not expectedDeliveryDate's", () => {
    const row = evidenceRows().find((r) => r.constraint === "importOrder.json#/properties/importedCreationDate/format");
    expect(row?.passage).toMatch(/^importedCreationDate string The original date-time that the order was created/);
    expect(row?.document).toBe("Historic Order Import (seeds/003), Optional Parameters");
  });
});
