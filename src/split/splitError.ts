/**
 * An order that must be split but cannot be: an item whose availability is none of the
 * documents' codes, no externalOrderID to derive the children's from, an amount split divides
 * that is no number, or one whose shares no JSON number holds as written, or a value nested
 * deeper than split copies and writes (maxWritableDepth). Where one value stops the split,
 * `pointer` is its JSON Pointer, which `oms-lint split` turns into the line and column it names.
 */
export class SplitError extends Error {
  // Named here, not by its identifier: the library bundle minifies identifiers.
  static {
    Object.defineProperty(this, "name", { value: "SplitError" });
  }
  override readonly name = "SplitError";
  /** The JSON Pointer of the value that stops the split, where one value does. */
  readonly pointer: string | undefined;

  constructor(message: string, options?: { readonly pointer?: string }) {
    super(message);
    this.pointer = options?.pointer;
  }
}
