import { orderItem, orderWithItems, type Json, type JsonObject } from "./payloads.js";

/**
 * The lines of a forced order (forceItemTaxOverride: true) that the long-list tests put past a
 * list's note, each with the problems its doc says (test/hostile/listGiveWay.test.ts,
 * test/hostile/listLineOwnDiagnostics.test.ts).
 */

/** A line with its tax: no finding of force-item-tax-override. */
export const taxedLine = (spec: Parameters<typeof orderItem>[0] = {}): JsonObject => orderItem({ itemTaxOverride: 0, ...spec });

/** A line without its tax: force-item-tax-override's finding at its itemTaxOverride. */
export const untaxedLine = (): JsonObject => orderItem({ itemTaxOverride: null });

/** The quantity put in the product: the missing field's finding at that key, which unknown-property's gives way to. */
export function misplacedQuantity(): JsonObject {
  const line = taxedLine();
  const specifics = line.itemSpecifics as JsonObject;
  (line.product as JsonObject).quantity = specifics.quantity as Json;
  delete specifics.quantity;
  return line;
}

/** itemSpecifics put in the product: the schema's missing itemSpecifics and force-item-tax-override's finding both claim that key. */
export function specificsInProduct(): JsonObject {
  const line = taxedLine();
  (line.product as JsonObject).itemSpecifics = line.itemSpecifics as Json;
  delete line.itemSpecifics;
  return line;
}

/** A Create Order of these lines with forceItemTaxOverride. */
export const forced = (lines: readonly Json[]) => orderWithItems(lines as JsonObject[], { forceItemTaxOverride: true });
