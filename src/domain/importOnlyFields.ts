/**
 * The body's fields only the Historic Order Import document names (seeds/003): its parameters
 * orderStatus, assignedLocation, useInventory and importedCreationDate, and the prose's
 * orderCreationDate ("If the order is imported without a specified orderCreationDate ...").
 * The Create Order document (seeds/004) names none of them, and the schemas know them on the
 * import alone (test/domain/importOnlyFields.test.ts holds the two to one list).
 */
export const importOnlyFields: readonly string[] = ["orderStatus", "assignedLocation", "useInventory", "importedCreationDate", "orderCreationDate"];
