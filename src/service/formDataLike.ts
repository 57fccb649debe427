import { isBlobLike, type BlobLike } from "./blobLike.js";

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
  if (value instanceof FormData) return true;
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Record<keyof FormDataLike | typeof Symbol.toStringTag, unknown>>;
  return (
    candidate[Symbol.toStringTag] === "FormData" && typeof candidate.append === "function" && typeof candidate.get === "function" && typeof candidate.entries === "function"
  );
}

/**
 * The bytes of the form's names and values, known without reading a file: a string's UTF-8
 * bytes, a Blob's size. Fetch writes each of them, and a boundary and headers around it, so
 * a form whose entries hold more than a limit is past it, and need not be read to say so.
 */
export function formEntriesSize(form: FormDataLike): number {
  let size = 0;
  for (const [name, value] of form.entries()) {
    size += Buffer.byteLength(name, "utf8") + (isBlobLike(value) ? value.size : Buffer.byteLength(String(value), "utf8"));
  }
  return size;
}

/**
 * The form as the global class, which the global Response writes out: another library's is
 * copied, each of its files read into a global Blob of the same bytes, name and type (the
 * global FormData takes no other library's Blob). Called once its size is within the limit.
 */
export async function globalFormData(form: FormDataLike): Promise<FormData> {
  if (form instanceof FormData) return form;
  const copy = new FormData();
  for (const [name, value] of form.entries()) {
    if (isBlobLike(value)) copy.append(name, await globalBlob(value), fileNameOf(value));
    else copy.append(name, String(value));
  }
  return copy;
}

async function globalBlob(blob: BlobLike): Promise<Blob> {
  return blob instanceof Blob ? blob : new Blob([await blob.arrayBuffer()], { type: blob.type });
}

/** A File's name (fetch-blob's File has one), else the name fetch gives a Blob in a form. */
function fileNameOf(blob: BlobLike): string {
  const { name } = blob as Partial<{ name: unknown }>;
  return typeof name === "string" ? name : "blob";
}
