import { isBlobLike, type BlobLike } from "./blobLike.js";
import { isTaggedLike } from "./taggedLike.js";

/**
 * Form data as any fetch takes it: the global class's, or another library's (node-fetch's own
 * FormData, formdata-polyfill's), which is no instance of the global class. Tested by
 * instanceof, node-fetch's was refused unsent as an object fetch would send as
 * "[object FormData]", though node-fetch sends it as multipart (found by the audit of
 * 84a7536). What both share, as blobLike.ts tells a Blob: the tag "FormData" and the methods
 * append, get and entries.
 */
export interface FormDataLike {
  append(name: string, value: unknown, fileName?: string): void;
  get(name: string): unknown;
  entries(): IterableIterator<[string, unknown]>;
}

export function isFormDataLike(value: unknown): value is FormDataLike {
  return value instanceof FormData || isTaggedLike(value, ["FormData"], ["append", "get", "entries"]);
}

/** An entry of a form as it was read once: its value's text, or its Blob. */
export type FormEntry = readonly [name: string, value: string | BlobLike];

/** Where a form's entries passed the limit: what they held so far, and whether entries were left uncounted. */
export interface EntriesPastLimit {
  readonly bytes: number;
  readonly entriesLeft: boolean;
}

/**
 * The form's entries, read once, or where they pass `limit`. Their names' and values' bytes are
 * known without reading a file (a string's UTF-8 bytes, a Blob's size), and fetch writes each
 * of them, with a boundary and headers around it: a form whose entries hold more than the limit
 * is past it, and need not be read to say so. Summing stops there (entries() that never end
 * hung the summing: found by the audit of the last service fixes), and at more entries than the
 * limit's bytes, whatever they hold, since each entry's boundary line alone takes more than a
 * byte. One more entry is asked for, to say whether the bytes are the whole form's.
 */
export function formEntriesWithin(form: FormDataLike, limit: number): readonly FormEntry[] | EntriesPastLimit {
  const entries: FormEntry[] = [];
  let bytes = 0;
  const iterator = form.entries()[Symbol.iterator]();
  try {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const [named, given] = next.value;
      // Named as FormData.append names an entry, by its name's text (a hand-made form's entries()
      // may yield a number: counted as given, Node's own TypeError reached the caller).
      const name = `${named as string}`;
      const value = isBlobLike(given) ? given : String(given);
      bytes += Buffer.byteLength(name, "utf8") + (typeof value === "string" ? Buffer.byteLength(value, "utf8") : value.size);
      entries.push([name, value]);
      if (bytes > limit || entries.length > limit) return { bytes, entriesLeft: iterator.next().done !== true };
    }
  } finally {
    iterator.return?.();
  }
  return entries;
}

/**
 * The form as the global class, which the global Response writes out: another library's is
 * copied from its entries as they were read, each of its files read into a global Blob of the
 * same bytes, name and type (the global FormData takes no other library's Blob) by `bytesOf`,
 * which reads no further than the bytes left of the limit. Called once the entries are within it.
 */
export async function globalFormData(
  form: FormDataLike,
  entries: readonly FormEntry[],
  bytesOf: (blob: BlobLike, limit: number) => Promise<Uint8Array<ArrayBuffer>>,
  limit: number,
): Promise<FormData> {
  if (form instanceof FormData) return form;
  const copy = new FormData();
  let left = limit;
  for (const [name, value] of entries) {
    if (typeof value === "string") {
      copy.append(name, value);
      left -= Buffer.byteLength(value, "utf8");
    } else {
      const blob = value instanceof Blob ? value : new Blob([await bytesOf(value, left)], { type: value.type });
      copy.append(name, blob, fileNameOf(value));
      left -= blob.size;
    }
  }
  return copy;
}

/** A File's name (fetch-blob's File has one), else the name fetch gives a Blob in a form. */
function fileNameOf(blob: BlobLike): string {
  const { name } = blob as Partial<{ name: unknown }>;
  return typeof name === "string" ? name : "blob";
}
