/**
 * Names a caller writes in the words the documents use for a field that the schemas spell
 * otherwise: no edit distance or abbreviation finds them (`emailAddress` is 7 edits from
 * email), yet the documents say what they stand for. unknown-property offers the field, quoting
 * the words. Only pairs the documents themselves make; a name a user might mean by guess
 * (`giftMessage` on the body, far from orderGift) is not here.
 */

/** What a document says of a field, in the words a caller's name uses. */
export interface DocumentsWords {
  readonly document: string;
  /** Where in the document the words stand: the field's own row, another field's, an example's value. */
  readonly where: string;
  readonly words: string;
}

/** One name the documents use for a field of one object. */
interface NameInDocuments {
  /** The object's place, `<n>` for an array's index ("" the body). */
  readonly at: string;
  /** The name as a caller writes it, compared without regard to case, `-`, `_` or spaces. */
  readonly written: string;
  readonly field: string;
  /** By kind: where the document says it. */
  readonly said: Readonly<Record<string, DocumentsWords>>;
}

const createOrder = "Create Order (seeds/004)";
const importOrder = "Historic Order Import (seeds/003)";

/** The order documents' table row for currency, word for word in both. */
const currencyRow = "A International Standards Organization code indicating the currency of the order.";
/** The order documents' table row for optInRetailer, the one place they call the customer's email an address. */
const emailRow = "Whether the retailer can use the customer’s email address for marketing purposes.";

const namesInDocuments: readonly NameInDocuments[] = [
  {
    at: "",
    written: "currencyCode",
    field: "currency",
    said: { createOrder: { document: createOrder, where: "its row", words: currencyRow }, importOrder: { document: importOrder, where: "its row", words: currencyRow } },
  },
  {
    at: "/customer",
    written: "emailAddress",
    field: "email",
    said: { createOrder: { document: createOrder, where: "the row for optInRetailer", words: emailRow }, importOrder: { document: importOrder, where: "the row for optInRetailer", words: emailRow } },
  },
  {
    at: "/orderGift",
    written: "giftMessage",
    field: "message",
    // The examples' orderGift: `"message": "this is the gift message"` (the import's ends 0001).
    said: { createOrder: { document: createOrder, where: "the example's orderGift message", words: "this is the gift message" }, importOrder: { document: importOrder, where: "the example's orderGift message", words: "this is the gift message0001" } },
  },
  {
    // The item's ID is the URL's {orderItemID} and the body's itemID: “/api/v2/orderItem/{orderItemID}/customData”,
    // “itemID integer A unique identifier for the order item that the data applies to.”
    at: "",
    written: "orderItemID",
    field: "itemID",
    said: { orderItemCustomData: { document: "Custom Order Item Data (seeds/001)", where: "the row for itemID", words: "A unique identifier for the order item that the data applies to." } },
  },
];

/** A name folded for comparison: lower case, without the `-`, `_` and spaces that join words. */
function folded(name: string): string {
  return name.toLowerCase().replace(/[-_ ]/g, "");
}

/** An object's pointer with its arrays' indexes as `<n>`, as the table places objects. */
function placeOf(objectPath: string): string {
  return objectPath.replace(/\/(0|[1-9][0-9]*)(?=\/|$)/g, "/<n>");
}

/** The field a key stands for in the documents' words at this object of this kind, and those words; undefined when none. */
export function documentsNameFor(kind: string, objectPath: string, key: string): { readonly field: string; readonly said: DocumentsWords } | undefined {
  const place = placeOf(objectPath);
  const name = folded(key);
  for (const entry of namesInDocuments) {
    const said = Object.hasOwn(entry.said, kind) ? entry.said[kind] : undefined;
    if (said !== undefined && entry.at === place && folded(entry.written) === name) return { field: entry.field, said };
  }
  return undefined;
}
