/** An order that must be split but cannot be (no externalOrderID to derive the children's from). */
export class SplitError extends Error {
  override readonly name = "SplitError";
}
