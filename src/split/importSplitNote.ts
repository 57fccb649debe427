import type { Kind } from "../kinds/kinds.js";
import type { SplitResult } from "./splitOrder.js";

/**
 * The reasons a split gives are Create Order's sentences; the Historic Order Import document
 * states none of them (it is "very similar in structure to the standard Create Order API call"),
 * and create-order-only reports them on an import as warnings. Said where the user reads them:
 * `oms-lint split`'s report and the language server's split advice.
 */
export const importSplitNote =
  "this is a Historic Order Import: the reasons above are the Create Order document's, and the import document does not repeat them, so this split is our reading, not the import document's (create-order-only reports these mixes on an import as warnings)";

/** A split's result with the notes its kind calls for: on an import that is split, importSplitNote last. */
export function withKindNotes<R extends Pick<SplitResult<unknown>, "split" | "notes">>(kind: Kind | undefined, result: R): R {
  return kind === "importOrder" && result.split ? { ...result, notes: [...result.notes, importSplitNote] } : result;
}
