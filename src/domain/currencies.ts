import { schemaFiles } from "../generated/jsonSchemas.js";

/**
 * The currency codes the documents list for an order ("currency": the 35 ISO codes of the
 * Create Order and import tables), read from the schema that encodes them, not copied: a
 * rule comparing an order's currency leaves any other value to the schema's one finding.
 */
export const documentedCurrencies: ReadonlySet<string> = new Set(
  (schemaFiles.OrderBody as { properties: { currency: { enum: readonly string[] } } }).properties.currency.enum,
);
