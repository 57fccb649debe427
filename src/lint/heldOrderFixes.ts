import type { Diagnostic } from "../engine/diagnostic.js";
import { ownField } from "../engine/ownField.js";
import type { Kind } from "../kinds/kinds.js";

/**
 * Whether the fixes of a text whose kind was told from its content as `kind` are held: a Create
 * Order's content is also that of a Historic Order Import that lacks its own fields
 * (orderStatus, assignedLocation, useInventory, …: detection reads an import only from them),
 * and on an import Create Order's fixes change the order's data (README: "a historic order's
 * real shipping price is data"; the import document's own example has maxAmount -1, and gives
 * orderID as "integer … minimum value 1"). An import told from its content holds one of its own
 * fields: it is one. The import's reading of the same text makes no fix (none of the fixable
 * rules' findings is one of its), so every fix of such a Create Order is held: no second
 * validation is needed to know it (one cost a 50 MB order ~45% more time).
 */
export function holdsOrderFixes(kind: Kind): boolean {
  return kind === "createOrder";
}

/** Why a held finding's edit is not made, after its message (SPEC §1: a kind that cannot be told is said, never guessed in silence); `nameTheKind`: the audience's words. */
const heldNote = (nameTheKind: string) =>
  ` (not made as a fix: the file was read as a Create Order from its content, which a Historic Order Import without its orderStatus shares, and on an import the edit would change the order's data; to have it made, ${nameTheKind} (createOrder); if it is an import, add its orderStatus)`;

/**
 * The findings of a text whose kind was told from its content as a Create Order, with each fix
 * held: offered as the finding's suggestion, as an inferred finding's edit is, its message
 * saying why and how to have it made, in the words of whoever reads it (`nameTheKind`: the
 * command line's --kind or config, ESLint's settings, the library's kind option). What fix(),
 * --fix and the reports' fixes then make is safe on both order kinds (a byte order mark, which
 * is no finding, is stripped either way).
 */
export function withOrderFixesHeld(diagnostics: readonly Diagnostic[], nameTheKind: string): readonly Diagnostic[] {
  if (!diagnostics.some((d) => ownField(d, "fix") !== undefined)) return diagnostics;
  return diagnostics.map((d) => {
    const fix = ownField(d, "fix");
    if (fix === undefined) return d;
    const { fix: _held, ...rest } = d;
    return { ...rest, message: d.message + heldNote(nameTheKind), suggestion: fix };
  });
}
