import type { Diagnostic } from "../engine/diagnostic.js";
import type { JsonEdit } from "../engine/jsonEdit.js";
import { ownField } from "../engine/ownField.js";
import type { Kind } from "../kinds/kinds.js";

/**
 * The order kind whose reading a text's fixes must also have when its kind was told from its
 * content as `kind`: a Create Order's content is also that of a Historic Order Import that lacks
 * its own fields (orderStatus, assignedLocation, useInventory, …: detection reads an import only
 * from them), and on an import Create Order's fixes change the order's data (README: "a
 * historic order's real shipping price is data"; the import document's own example has
 * maxAmount -1, and gives orderID as "integer … minimum value 1"). An import told from its
 * content holds one of its own fields: it is one. undefined for any other kind.
 */
export function orderKindAlsoRead(kind: Kind): Kind | undefined {
  return kind === "createOrder" ? "importOrder" : undefined;
}

/** A JSON edit as a key: the same edit at the same place, whichever finding carries it. */
function editKey(edit: JsonEdit): string {
  return Object.hasOwn(edit, "remove") ? `${edit.path} remove` : `${edit.path} = ${JSON.stringify((edit as { readonly value: unknown }).value)}`;
}

/** Why a held finding's edit is not made, after its message (SPEC §1: a kind that cannot be told is said, never guessed in silence). */
const heldNote =
  " (--fix leaves this edit: the file was read as a Create Order from its content, which a Historic Order Import without its orderStatus shares, and on an import the edit would change the order's data; give --kind createOrder, or a config `files` glob, to have it made, or add the import's orderStatus)";

/**
 * The findings of a text whose kind was told from its content, with each fix that the other
 * order kind's reading (`alsoRead`, validated only when a finding carries a fix) does not make
 * held: offered as the finding's suggestion, as an inferred finding's edit is, and its message
 * saying why and how to have it made. What fix(), --fix and the reports' fixes then make is
 * safe on both order kinds (a byte order mark, which is no finding, is stripped either way).
 */
export function withOrderFixesHeld(diagnostics: readonly Diagnostic[], alsoRead: () => readonly Diagnostic[]): readonly Diagnostic[] {
  if (!diagnostics.some((d) => ownField(d, "fix") !== undefined)) return diagnostics;
  const made = new Set(alsoRead().flatMap((d) => {
    const fix = ownField(d, "fix");
    return fix === undefined ? [] : [editKey(fix)];
  }));
  return diagnostics.map((d) => {
    const fix = ownField(d, "fix");
    if (fix === undefined || made.has(editKey(fix))) return d;
    const { fix: _held, ...rest } = d;
    return { ...rest, message: d.message + heldNote, suggestion: fix };
  });
}
