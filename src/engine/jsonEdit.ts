/**
 * A fix, as data: what to do at one JSON Pointer of the payload. The engine never sees
 * text; fix(), --fix and the editor's quick fixes turn the same edit into a text edit
 * (src/fix/textEdits.ts), so that formatting and key order stay as they were.
 */
export type JsonEdit =
  /** Drop the property the pointer names. */
  | { readonly path: string; readonly remove: true }
  /** Replace the value the pointer names. */
  | { readonly path: string; readonly value: null | boolean | number | string };
