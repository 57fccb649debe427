/**
 * Names the schemas take only because a document's table gives them, for a field that the
 * documents' examples send under another name. Create Order's table lists "customerOrderDate
 * object A hash of custom data to be associated with order" (seeds/004, Optional Parameters),
 * where its own example, and the Historic Order Import's table and example (seeds/003), send
 * "customOrderData". The schema accepts both (a payload the OMS takes is never rejected on a
 * guess); a "did you mean" offers the name the examples send, never the table's lone spelling.
 * One entry: the documents give no other field two names.
 */
const spellingOfExamples: Readonly<Record<string, string>> = { customerOrderDate: "customOrderData" };

/** The name the documents' examples send for `name`, where that name is known here too; else `name`. */
export function examplesSpelling(name: string, known: readonly string[]): string {
  const sent = Object.hasOwn(spellingOfExamples, name) ? spellingOfExamples[name] : undefined;
  return sent !== undefined && known.includes(sent) ? sent : name;
}

/** Every name the documents give the field `name` names: itself, and its other spelling where it has one (customOrderData, customerOrderDate). */
export function namesOfOneField(name: string): readonly string[] {
  const others = Object.entries(spellingOfExamples).flatMap(([table, examples]) => (table === name ? [examples] : examples === name ? [table] : []));
  return [name, ...others];
}

/** A name only a document's table gives a field, and the name its examples send for it. */
export interface TableSpelling {
  readonly table: string;
  readonly examples: string;
}

/** Every name only a table gives, with the examples' name (Create Order's customerOrderDate, customOrderData). */
export const tableSpellings: readonly TableSpelling[] = Object.entries(spellingOfExamples).map(([table, examples]) => ({ table, examples }));
