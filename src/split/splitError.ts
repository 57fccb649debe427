/** An order that must be split but cannot be (no externalOrderID to derive the children's from). */
export class SplitError extends Error {
  // Named here, not by its identifier: the library bundle minifies identifiers.
  static {
    Object.defineProperty(this, "name", { value: "SplitError" });
  }
  override readonly name = "SplitError";
}
