import type { DocumentsWords } from "./documentsWords.js";

/** A field of the import's body that only its document names, and the words that name it. */
export interface ImportOnlyField {
  readonly name: string;
  readonly said: DocumentsWords;
}

const importOrder = "Historic Order Import (seeds/003)";

/**
 * What the import document says of assignedLocation and useInventory; its next sentence names
 * them ("The Assigned Location is used to … and Use Inventory marks …"), but a message quotes
 * at most maxQuoted characters whole (src/engine/messageTemplate.ts), and this one says it all.
 */
const twoMoreVariables = "Note that two more variables are unique to the Historic Order Import and do not appear in the standard Create Order call.";

/**
 * The body's fields only the Historic Order Import document names (seeds/003): its parameters
 * orderStatus, assignedLocation, useInventory and importedCreationDate, and the prose's
 * orderCreationDate. The Create Order document (seeds/004) names none of them, and the schemas
 * know them on the import alone (test/domain/importOnlyFields.test.ts holds the two to one list).
 * Each with the import document's own words for it: that it differs from Create Order where the
 * document says so (orderStatus, the two variables), else only where the document names it
 * (the dates), so that a finding quoting them claims no more than the document does.
 */
export const importOnlyFields: readonly ImportOnlyField[] = [
  {
    name: "orderStatus",
    said: { document: importOrder, where: "Required Parameters", words: "Note that the required parameter “orderStatus” is one of the elements that differs from the standard Create Order call." },
  },
  { name: "assignedLocation", said: { document: importOrder, where: "Optional Parameters", words: twoMoreVariables } },
  { name: "useInventory", said: { document: importOrder, where: "Optional Parameters", words: twoMoreVariables } },
  {
    name: "importedCreationDate",
    said: { document: importOrder, where: "Optional Parameters", words: "importedCreationDate string The original date-time that the order was created, will override the import date as the created date for the order." },
  },
  {
    name: "orderCreationDate",
    said: { document: importOrder, where: "Optional Parameters", words: "If the order is imported without a specified orderCreationDate, then the date will be automatically set as the time of import." },
  },
];

/** The import's own field that a key of an order's body names (the import knows them on the body alone); undefined for any other key or place. */
export function importOnlyFieldAt(objectPath: string, key: string): ImportOnlyField | undefined {
  return objectPath === "" ? importOnlyFields.find(({ name }) => name === key) : undefined;
}
